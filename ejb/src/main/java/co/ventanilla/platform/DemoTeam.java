package co.ventanilla.platform;

import co.ventanilla.answers.SatisfactionRating;
import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.OrganizationRepository;
import co.ventanilla.organization.StaffMember;
import co.ventanilla.staff.NewStaffUser;
import co.ventanilla.staff.StaffDirectory;
import co.ventanilla.staff.StaffRole;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people of the demo and their work on the demo cases, so that every screen has something to
 * show: four processes with their leaders, one account for each role (password: the first
 * administrator's), and the demo cases moved along their lives as a real team would — assigned
 * within hours, answered within days, a few left overdue — with times after each case's receipt,
 * never after now.
 */
final class DemoTeam {

  /** The demo's accounts: user name, name, roles, area worked in (or null). */
  private record Person(String user, String name, Set<StaffRole> roles, String area) {}

  private static final List<String[]> AREAS =
      List.of(
          new String[] {"Operaciones", "carlos.mejia"},
          new String[] {"Talento Humano", "lina.ortiz"},
          new String[] {"Comercial", "marta.leon"},
          new String[] {"Gestión Integral", "directora.sig"});

  private static final List<Person> PEOPLE =
      List.of(
          new Person("recepcion", "Rosa Pérez", EnumSet.of(StaffRole.RECEPCION), null),
          new Person("ana.rojas", "Ana Rojas", EnumSet.of(StaffRole.RESPONSABLE), "Operaciones"),
          new Person(
              "jorge.diaz", "Jorge Díaz", EnumSet.of(StaffRole.RESPONSABLE), "Talento Humano"),
          new Person("pablo.rios", "Pablo Ríos", EnumSet.of(StaffRole.RESPONSABLE), "Comercial"),
          new Person("carlos.mejia", "Carlos Mejía", EnumSet.of(StaffRole.LIDER), null),
          new Person("lina.ortiz", "Lina Ortiz", EnumSet.of(StaffRole.LIDER), null),
          new Person("marta.leon", "Marta León", EnumSet.of(StaffRole.LIDER), null),
          new Person("directora.sig", "Claudia Restrepo", EnumSet.of(StaffRole.SIG), null),
          new Person("comite", "Comité de investigación", EnumSet.of(StaffRole.COMITE), null),
          new Person("gerente", "Germán Salazar", EnumSet.of(StaffRole.GERENCIA), null));

  private final StaffDirectory directory;
  private final OrganizationRepository organization;
  private final CaseRepository cases;
  private final BusinessCalendar calendar;

  DemoTeam(
      StaffDirectory directory,
      OrganizationRepository organization,
      CaseRepository cases,
      BusinessCalendar calendar) {
    this.directory = directory;
    this.organization = organization;
    this.cases = cases;
    this.calendar = calendar;
  }

  /**
   * Why {@code password} cannot be the demo accounts' password (it breaks the password rules for
   * one of their names), or null when it can. Checked before any account is created: a refusal
   * inside the transaction would undo the whole demo.
   */
  static String refusal(char[] password) {
    for (Person p : PEOPLE) {
      try {
        StaffDirectory.checkPassword(p.user(), password);
      } catch (co.ventanilla.cases.CaseRuleViolation e) {
        return p.user() + ": " + e.getMessage();
      }
    }
    return null;
  }

  /**
   * Creates the areas and the accounts that do not exist yet, before the cases are filed (the
   * receiver of protected cases must exist then).
   */
  void hire(char[] password) {
    Map<String, Long> areaIds = new HashMap<>();
    for (String[] a : AREAS) {
      Area area =
          organization
              .findArea(a[0])
              .orElseGet(
                  () -> {
                    Area created = new Area(a[0], a[1], a[1] + "@empresa.example");
                    organization.store(created);
                    return created;
                  });
      areaIds.put(a[0], area.id());
    }
    for (Person p : PEOPLE) {
      if (directory.find(p.user()).isPresent()) {
        continue;
      }
      Long area = p.area() == null ? null : areaIds.get(p.area());
      directory.create(
          new NewStaffUser(
              p.user(),
              p.name(),
              p.user() + "@empresa.example",
              p.roles(),
              area == null ? Set.of() : Set.of(area),
              password,
              false,
              p.user().equals("directora.sig")),
          "demo");
    }
  }

  /**
   * Moves each demo case along its life by its age: received in the last day, it waits; older, it
   * is assigned, worked, answered and, after three weeks, closed with a rating. Every seventh old
   * case is left in trámite, overdue, as inboxes are in real life.
   *
   * @return how many cases moved
   */
  int work(List<String> radicados, LocalDateTime now) {
    int moved = 0;
    for (int i = 0; i < radicados.size(); i++) {
      PqrsCase c = cases.findByRadicado(radicados.get(i)).orElseThrow();
      if (advance(c, i, now)) {
        cases.store(c);
        moved++;
      }
    }
    return moved;
  }

  private boolean advance(PqrsCase c, int index, LocalDateTime now) {
    LocalDateTime t = c.receivedAt();
    String[] area = areaOf(c.type());
    String responsible = responsibleOf(area[0]);
    Area process = organization.findArea(area[0]).orElseThrow();
    if (c.receivedAt().isAfter(now.minusDays(1))) {
      return false; // new: waiting for reception to triage it
    }
    t = t.plusHours(2);
    c.classify("recepcion", t, levelOf(c, index), c.type() == PqrsType.DENUNCIA, null, calendar);
    c.assign("recepcion", t, process, responsible, null);
    if (!step(t = t.plusDays(1), now)) {
      return true;
    }
    c.startProcessing(responsible, t, null);
    if (siniestro(c)) {
      return true; // level 4: the committee's investigation takes it from here (DemoInvestigations)
    }
    if (index % 7 == 3 && c.receivedAt().plusDays(20).isBefore(now)) {
      return true; // left behind: overdue in trámite
    }
    if (!step(t = t.plusDays(2), now) || c.petitioner().email() == null) {
      return true;
    }
    c.draftAnswer(responsible, t, answerFor(c));
    if (!step(t = t.plusDays(1), now)) {
      return true;
    }
    c.approveAnswer(StaffMember.user(area[1]), t, null);
    if (!step(t = t.plusHours(3), now)) {
      return true;
    }
    c.sendAnswer(responsible, t);
    if (!step(t = t.plusDays(10), now)) {
      return true;
    }
    c.recordPetitionerResponse(
        "directora.sig", t, index % 5 != 0, SatisfactionRating.ofScore(5 - index % 3));
    c.close("directora.sig", t.plusHours(1), null);
    return true;
  }

  private static boolean step(LocalDateTime at, LocalDateTime now) {
    return !at.isAfter(now);
  }

  /** A siniestro of the demo: its subject says so, as reception writes it. */
  static boolean siniestro(PqrsCase c) {
    return c.subject().startsWith("Siniestro");
  }

  private static Integer levelOf(PqrsCase c, int index) {
    if (siniestro(c)) {
      return 4; // novedad grave (seed 002, tabla MANEJO DE PQRS)
    }
    return switch (c.type()) {
      case QUEJA, RECLAMO -> 1 + index % 3;
      case DENUNCIA -> 4;
      default -> null;
    };
  }

  /** The process (and its leader) that handles a type. */
  private static String[] areaOf(PqrsType type) {
    return switch (type) {
      case QUEJA, RECLAMO, DENUNCIA -> AREAS.get(0);
      case PETICION, PETICION_PARTICULAR, SOLICITUD_INFORMACION -> AREAS.get(1);
      case CONSULTA -> AREAS.get(2);
      default -> AREAS.get(3);
    };
  }

  private static String responsibleOf(String area) {
    return switch (area) {
      case "Operaciones" -> "ana.rojas";
      case "Talento Humano" -> "jorge.diaz";
      case "Comercial" -> "pablo.rios";
      default -> "directora.sig";
    };
  }

  private static String answerFor(PqrsCase c) {
    return switch (c.type()) {
      case FELICITACION ->
          "Agradecemos su mensaje. Lo compartimos con el equipo del puesto y quedó en la hoja de"
              + " vida del guarda como reconocimiento.";
      case SUGERENCIA ->
          "Gracias por su sugerencia. La analizamos con el coordinador del contrato y la"
              + " incluimos en el plan de mejora del puesto.";
      default ->
          "Revisamos su caso con el coordinador del puesto y tomamos las medidas del caso. Le"
              + " informamos que la situación quedó corregida y haremos seguimiento durante el"
              + " próximo mes.";
    };
  }
}
