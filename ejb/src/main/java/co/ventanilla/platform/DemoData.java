package co.ventanilla.platform;

import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.config.ConfigKeys;
import co.ventanilla.intake.IntakeService;
import co.ventanilla.intake.Submission;
import co.ventanilla.organization.OrganizationRepository;
import co.ventanilla.staff.StaffDirectory;
import co.ventanilla.terms.TermPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with demo cases at start-up when {@code ventanilla.demo-data} is {@code
 * true} ({@code VENTANILLA_DEMO_DATA=true}): about three dozen PQRS of a private-security company,
 * of every type and channel, in the five sedes of seed 000 (Bogotá, Medellín, Cali, Pereira,
 * Manizales), received over the last two months. They are filed through {@link IntakeService}, as
 * any channel would, so they get real radicados and history.
 *
 * <p>With the first administrator's password set, the demo also has its people ({@link DemoTeam}):
 * four processes, one account per role with that password, and the cases moved along their lives
 * (assigned, answered, closed and rated; some overdue), so every screen has something to show.
 *
 * <p>The cases are data, not code: one line each in {@code demo-cases.txt} next to this class. A
 * database that already holds any case is left alone, so restarting with the flag on is harmless.
 * Everything is filed in one transaction: either all demo cases exist or none.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final String RESOURCE = "demo-cases.txt";
  private static final int FIELDS = 12;

  /** Channels served by staff at an office: they register on working days only. */
  private static final Set<Channel> OFFICE_CHANNELS =
      EnumSet.of(
          Channel.SUGGESTION_BOX, Channel.IN_PERSON, Channel.COORDINATOR_VISIT, Channel.LETTER);

  @EJB IntakeService intake;
  @EJB co.ventanilla.correspondence.MailIntakeService mailIntake;

  @Inject CaseRepository cases;

  @jakarta.persistence.PersistenceContext(unitName = "ventanilla")
  jakarta.persistence.EntityManager em;

  @Inject co.ventanilla.attachments.ContentStore contents;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = ConfigKeys.DEMO_DATA, defaultValue = "false")
  boolean enabled;

  @EJB StaffDirectory directory;
  @Inject OrganizationRepository organization;
  @Inject TermPolicy terms;

  /** The demo accounts get the first administrator's password; without it there are none. */
  @Inject
  @ConfigProperty(name = ConfigKeys.ADMIN_PASSWORD)
  Optional<String> password;

  /** How many siniestro investigations the demo opened in the last filling. */
  private int investigations;

  /** How many demo cases the demo team worked on in the last filling; -1 without a team. */
  private int worked = -1;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void start() {
    if (!enabled) {
      return;
    }
    int filed = fillIfEmpty();
    if (filed > 0) {
      LOG.info(
          "Demo data: "
              + filed
              + " cases filed"
              + (worked < 0 ? "" : "; " + worked + " worked on by the demo team of 10 accounts")
              + (investigations == 0 ? "" : "; " + investigations + " siniestro investigations"));
    } else {
      LOG.info("Demo data: the database already has cases; nothing filed");
    }
  }

  /**
   * Files the demo cases, oldest first, when there is no case at all.
   *
   * @return how many cases were filed (0 when the database already had cases)
   */
  int fillIfEmpty() {
    if (!cases.isEmpty()) {
      return 0;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    DemoTeam team =
        password.filter(p -> !p.isBlank()).isPresent()
            ? new DemoTeam(directory, organization, cases, terms.calendar())
            : null;
    if (team != null) {
      String refused = DemoTeam.refusal(password.get().toCharArray());
      if (refused == null) {
        team.hire(password.get().toCharArray());
      } else {
        LOG.warning("Demo data: no demo accounts, the password is refused: " + refused);
        team = null;
      }
    } else {
      LOG.warning("Demo data: no VENTANILLA_ADMIN_PASSWORD, so no demo accounts or work on cases");
    }
    // The sedes of seed 000 exist before the cases that name them are filed (and matched).
    new co.ventanilla.organization.AgencyDirectory(em)
        .addMissing(co.ventanilla.organization.AgencyPresets.RESERVIS);
    List<Submission> submissions = submissions(now);
    List<String> radicados = submissions.stream().map(s -> intake.register(s).radicado()).toList();
    worked = team == null ? -1 : team.work(radicados, now);
    // Before the investigations: the quarantine is written in transactions of its own, which must
    // not need a new block of content ids while this transaction holds the id generator's row
    // (the investigations' evidence uses up the block this transaction took).
    quarantineDemoMail(now);
    if (team != null) {
      java.util.Map<String, String> bySubject = new java.util.LinkedHashMap<>();
      for (int i = 0; i < submissions.size(); i++) {
        bySubject.put(submissions.get(i).subject(), radicados.get(i));
      }
      investigations = new DemoInvestigations(em, cases, contents).open(bySubject, now);
    }
    return submissions.size();
  }

  /**
   * Two mails in the quarantine, so that its screen has work on it: one whose sender can never be
   * answered (to discard with a reason) and one that failed three times while the database was down
   * (to reimport, which files it).
   */
  private void quarantineDemoMail(LocalDateTime now) {
    String mailbox = "servicioalcliente@example.co";
    mailIntake.recordFailure(
        new co.ventanilla.correspondence.MailFailure(
            mailbox,
            "mail:" + mailbox + ":<demo-cuarentena-1@intranet>",
            "Estado de mi solicitud",
            "pedro@intranet",
            demoMail(
                now.minusHours(20),
                "=?UTF-8?Q?Pedro_G=C3=B3mez?= <pedro@intranet>",
                "Estado de mi solicitud",
                "<demo-cuarentena-1@intranet>",
                "Buenos días, quiero saber en qué va mi solicitud del mes pasado."),
            "correo: El campo correo no es un correo electrónico válido.",
            true),
        1);
    for (int attempt = 0; attempt < 3; attempt++) {
      mailIntake.recordFailure(
          new co.ventanilla.correspondence.MailFailure(
              mailbox,
              "mail:" + mailbox + ":<demo-cuarentena-2@example.com>",
              "Reclamo por cobro doble del servicio de escolta",
              "luz.ortega@example.com",
              demoMail(
                  now.minusHours(3),
                  "Luz Marina Ortega <luz.ortega@example.com>",
                  "Reclamo por cobro doble del servicio de escolta",
                  "<demo-cuarentena-2@example.com>",
                  "En la factura de noviembre nos cobraron dos veces el servicio de escolta del"
                      + " 14 de noviembre. Solicito la nota crédito."),
              "No se pudo guardar el caso: la base de datos no respondió a tiempo.",
              false),
          3);
    }
  }

  private static byte[] demoMail(
      LocalDateTime sent, String from, String subject, String messageId, String body) {
    String mail =
        "Date: "
            + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                sent.atZone(java.time.ZoneId.of("America/Bogota")))
            + "\r\nFrom: "
            + from
            + "\r\nTo: servicioalcliente@example.co\r\nSubject: "
            + subject
            + "\r\nMessage-ID: "
            + messageId
            + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8"
            + "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + body
            + "\r\n";
    return mail.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The demo submissions as of {@code now} (Colombian time), sorted by reception so that radicados
   * follow the order in which the cases arrived.
   */
  static List<Submission> submissions(LocalDateTime now) {
    List<Submission> submissions = new ArrayList<>();
    InputStream in = DemoData.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("Demo data: resource " + RESOURCE + " is missing");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (!line.isBlank() && !line.startsWith("#")) {
          submissions.add(parse(line, lineNumber, now));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    submissions.sort(Comparator.comparing(Submission::receivedAt));
    return submissions;
  }

  private static Submission parse(String line, int lineNumber, LocalDateTime now) {
    String[] f = line.split("\\|", -1);
    if (f.length != FIELDS) {
      throw new IllegalStateException(
          RESOURCE + " line " + lineNumber + ": " + f.length + " fields, expected " + FIELDS);
    }
    PqrsType type =
        PqrsType.parse(f[2])
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        RESOURCE + " line " + lineNumber + ": unknown type " + f[2]));
    Channel channel = Channel.valueOf(f[3].strip());
    String agency = f[4];
    boolean anonymous = f[5].isBlank();
    String[] document = f[6].isBlank() ? new String[] {null, null} : f[6].strip().split(" ", 2);
    LocalDateTime receivedAt =
        receivedAt(now, Integer.parseInt(f[0].strip()), LocalTime.parse(f[1].strip()), channel);
    return Submission.builder(channel)
        .type(type)
        .anonymous(anonymous)
        .names(f[5])
        .document(document[0], document[1])
        .email(f[7])
        .phone(f[8])
        .address(f[9])
        .agency(agency)
        .subject(f[10])
        .description(f[11])
        .receivedAt(receivedAt)
        .sourceReference(sourceReference(channel, lineNumber))
        .actor(actor(channel, agency))
        .build();
  }

  /**
   * {@code daysAgo} days before {@code now} at {@code time}; a time of today not yet reached
   * becomes a few minutes ago (never before midnight), and office channels move off the weekend to
   * Friday.
   */
  static LocalDateTime receivedAt(LocalDateTime now, int daysAgo, LocalTime time, Channel channel) {
    LocalDate day = now.toLocalDate().minusDays(daysAgo);
    if (daysAgo > 0 && OFFICE_CHANNELS.contains(channel)) {
      while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        day = day.minusDays(1);
      }
    }
    LocalDateTime at = day.atTime(time);
    if (at.isAfter(now)) {
      LocalDateTime earlier = now.minusMinutes(5L + time.getMinute() % 20);
      LocalDateTime midnight = now.toLocalDate().atStartOfDay();
      at = earlier.isBefore(midnight) ? midnight : earlier;
    }
    return at;
  }

  private static String sourceReference(Channel channel, int lineNumber) {
    return switch (channel) {
      case EMAIL -> "<demo-" + lineNumber + "@servicioalcliente.example.co>";
      case SUGGESTION_BOX -> "buzon-GO-RG-04-demo.csv:" + lineNumber;
      default -> "demo:" + lineNumber;
    };
  }

  private static String actor(Channel channel, String agency) {
    return switch (channel) {
      case WEB -> "web";
      case EMAIL -> "servicioalcliente@example.co";
      default -> "recepcion." + slug(agency);
    };
  }

  private static String slug(String agency) {
    return java.text.Normalizer.normalize(agency, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z]+", "");
  }
}
