package co.ventanilla.integration.mail;

import static co.ventanilla.testing.JpaTestSupport.read;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.PqrsCase;
import co.ventanilla.correspondence.MailDelivery;
import co.ventanilla.correspondence.MailLedger;
import co.ventanilla.correspondence.MailQuarantine;
import co.ventanilla.intake.IntakeRecords;
import co.ventanilla.testing.JpaTestSupport;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile mail against a real IMAP server (Dovecot, {@link Dovecot}), the real routes and the real
 * services on MariaDB: every message of the corpus in {@code src/test/resources/poison} ends as a
 * case, as ignored automatic mail, or in the quarantine with its reason (the file name says which),
 * each once; none is read forever, and the good mail behind them keeps flowing. The corpus has the
 * bounces from {@code MAILER-DAEMON <>} and the {@code From:} without a domain whose IMAP envelope
 * Jakarta Mail cannot load, absurd {@code Date:} headers (1998, year 0, 9999, unreadable, far
 * future), broken MIME, unknown charsets, 8-bit garbage, a 240 KB header and more.
 *
 * <p>Needs {@code dovecot-imapd} (installed by {@code .ci/run}); skipped without it, except on CI.
 */
class PoisonMailIT {

  private static final Clock CLOCK = Clock.system(ZoneId.of("America/Bogota"));
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final int MAX_ATTEMPTS = 2;

  private static Dovecot dovecot;
  private DefaultCamelContext camel;

  @BeforeAll
  static void startDovecot() throws Exception {
    if (!Dovecot.installed()) {
      if (System.getenv("CI") != null) {
        org.junit.jupiter.api.Assertions.fail("CI must install dovecot-imapd (see .ci/run)");
      }
      Assumptions.abort("dovecot-imapd is not installed");
    }
    dovecot = Dovecot.start(List.of("servicio", "norte"));
  }

  @AfterAll
  static void stopDovecot() throws Exception {
    if (dovecot != null) {
      dovecot.close();
    }
  }

  @BeforeEach
  void emptyDatabase() {
    JpaTestSupport.deleteAllCases();
  }

  @AfterEach
  void stopCamel() throws Exception {
    if (camel != null) {
      camel.close();
    }
  }

  @Test
  void everyHostileMailEndsAsACaseIgnoredOrQuarantinedOnceAndTheRestKeepsFlowing()
      throws Exception {
    // given: the corpus, with good mail before, between and after
    Map<String, byte[]> corpus = corpus();
    dovecot.deliver("servicio", good("antes"));
    int i = 0;
    for (byte[] raw : corpus.values()) {
      dovecot.deliver("servicio", raw);
      if (++i == corpus.size() / 2) {
        dovecot.deliver("servicio", good("en-medio"));
      }
    }
    dovecot.deliver("servicio", good("despues"));

    // when
    start("servicio");

    // then: the mailbox is drained (every mail flagged read or moved to the quarantine folder)
    await()
        .atMost(PATIENCE)
        .until(() -> unread("servicio") == 0 && JpaTestSupport.read(this::attemptsLeft) == 0);
    Map<String, String> wrong = new TreeMap<>();
    for (Map.Entry<String, byte[]> mail : corpus.entrySet()) {
      String expected = mail.getKey().substring(0, mail.getKey().indexOf('-'));
      String actual = outcome("servicio", mail.getValue());
      if (!expected.equals(actual)) {
        wrong.put(mail.getKey(), "expected " + expected + ", got " + actual);
      }
    }
    assertEquals(Map.of(), wrong, "what each hostile mail became");
    for (String good : List.of("antes", "en-medio", "despues")) {
      assertEquals("case", outcome("servicio", good(good)), good);
    }
    long expectedCases = corpus.keySet().stream().filter(n -> n.startsWith("case-")).count() + 3;
    assertEquals(expectedCases, cases(), "each mail once: no case twice");
    int year = LocalDate.now(CLOCK).getYear();
    assertTrue(
        read(em -> em.createQuery("SELECT c FROM PqrsCase c", PqrsCase.class).getResultList())
            .stream()
            .allMatch(c -> c.radicado().startsWith(year + "-")),
        "the sender's Date: never makes the radicado's year");
    for (MailQuarantine q : quarantined()) {
      assertFalse(q.error() == null || q.error().isBlank(), "quarantined with its reason");
    }
  }

  @Test
  void theSameMailInTwoOfOurMailboxesIsOneCaseNotedOnBoth() throws Exception {
    // given: To: servicio, Cc: norte; each copy with its own delivery headers; and one without a
    // Message-ID
    String body =
        String.join(
            "\r\n",
            "From: Pedro Salazar <pedro@example.com>",
            "To: servicio@empresa.co",
            "Cc: norte@empresa.co",
            "Subject: Queja por la porteria",
            "Date: Tue, 1 Dec 2026 10:00:00 -0500",
            "%s",
            "",
            "El guarda no estaba.",
            "");
    String withId = String.format(body, "Message-ID: <copia@example.com>");
    String withoutId = String.format(body, "X-Sin-Id: si").replace("porteria", "recepcion");
    for (String mail : List.of(withId, withoutId)) {
      dovecot.deliver("servicio", ("Delivered-To: servicio@empresa.co\r\n" + mail).getBytes());
      dovecot.deliver("norte", ("Delivered-To: norte@empresa.co\r\n" + mail).getBytes());
    }

    // when: both mailboxes read at the same time
    start("servicio", "norte");

    // then
    await().atMost(PATIENCE).until(() -> unread("servicio") == 0 && unread("norte") == 0);
    assertEquals(2, cases(), "one case per mail, not per mailbox");
    List<List<String>> mailboxes =
        read(
            em ->
                em
                    .createQuery("SELECT DISTINCT d.messageKey FROM MailDelivery d", String.class)
                    .getResultList()
                    .stream()
                    .map(
                        k ->
                            new MailLedger(em)
                                .deliveries(k).stream()
                                    .map(MailDelivery::mailbox)
                                    .sorted()
                                    .toList())
                    .toList());
    assertEquals(List.of(List.of("norte", "servicio"), List.of("norte", "servicio")), mailboxes);
  }

  @Test
  void aMailWhoseEnvelopeCannotBeLoadedIsStillReadWholeAndByUid() throws Exception {
    byte[] bounce = corpus().get("ignored-bounce-mailer-daemon-empty.eml");
    dovecot.deliver("norte", bounce);
    Store store = Session.getInstance(new Properties()).getStore("imap");
    store.connect("127.0.0.1", dovecot.port(), "norte", "secreto");
    try {
      org.eclipse.angus.mail.imap.IMAPFolder inbox =
          (org.eclipse.angus.mail.imap.IMAPFolder) store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      Message m = inbox.getMessage(inbox.getMessageCount());
      ((org.eclipse.angus.mail.imap.IMAPMessage) m).setPeek(true); // as the route's consumer does
      // what used to loop forever: Jakarta Mail cannot parse Dovecot's envelope of a "<>" sender
      jakarta.mail.MessagingException envelope =
          org.junit.jupiter.api.Assertions.assertThrows(
              jakarta.mail.MessagingException.class, m::getSize);
      assertTrue(envelope.getMessage().contains("envelope"), envelope.getMessage());
      org.junit.jupiter.api.Assertions.assertArrayEquals(bounce, RawMail.read(m));
      org.junit.jupiter.api.Assertions.assertArrayEquals(
          bounce, RawMail.fetchByUid(inbox, inbox.getUID(m)));
      assertEquals(null, RawMail.deliveredAt(m));
      assertFalse(m.isSet(jakarta.mail.Flags.Flag.SEEN), "read with PEEK: still unread");
      inbox.close(false);
    } finally {
      store.close();
    }
  }

  // ---------------------------------------------------------------------------------------------

  private void start(String... names) throws Exception {
    List<MailboxSettings> boxes = new ArrayList<>();
    for (String name : names) {
      boxes.add(
          MailIntakeSettings.from(
                  key ->
                      Optional.ofNullable(
                          switch (key.replace("intake.mail." + name + ".", "intake.mail.X.")) {
                            case "intake.mail.mailboxes" -> name;
                            case "intake.mail.X.url" -> "imap://127.0.0.1:" + dovecot.port();
                            case "intake.mail.X.user" -> name;
                            case "intake.mail.X.password" -> "secreto";
                            default -> null;
                          }))
              .mailboxes()
              .get(0)
              .withPollInterval(Duration.ofMillis(200)));
    }
    MailIntakeSettings settings = new MailIntakeSettings(boxes, MAX_ATTEMPTS, 25L * 1024 * 1024);
    camel = new DefaultCamelContext();
    camel.addRoutes(new MailIntakeRoutes(settings, new TransactionalMailIntake(CLOCK, null)));
    camel.start();
  }

  private static Map<String, byte[]> corpus() throws IOException, URISyntaxException {
    URL dir = PoisonMailIT.class.getResource("/poison");
    Map<String, byte[]> corpus = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      for (Path f : files.sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          corpus.put(f.getFileName().toString(), in.readAllBytes());
        }
      }
    }
    assertTrue(corpus.size() >= 40, "the corpus is there: " + corpus.size());
    return corpus;
  }

  private static byte[] good(String tag) {
    return ("From: Luz Pardo <luz@example.com>\r\nTo: servicio@empresa.co\r\nSubject: Sugerencia "
            + tag
            + "\r\nMessage-ID: <good-"
            + tag
            + "@example.com>\r\n\r\nAbrir a las 7.\r\n")
        .getBytes();
  }

  /** What {@code raw} became in {@code mailbox}: case, ignored, quarantine, or none. */
  private static String outcome(String mailbox, byte[] raw) {
    String key = MailTranslator.facts(mailbox, raw).sourceKey();
    return read(
        em -> {
          if (new IntakeRecords(em).findBySourceKey(key).isPresent()) {
            return "case";
          }
          MailLedger ledger = new MailLedger(em);
          if (ledger.ignored(key).isPresent()) {
            return "ignored";
          }
          return ledger.quarantined(key).isPresent() ? "quarantine" : "none";
        });
  }

  private long attemptsLeft(jakarta.persistence.EntityManager em) {
    return em.createQuery("SELECT COUNT(a) FROM MailAttempt a", Long.class).getSingleResult();
  }

  private static long cases() {
    return read(
        em -> em.createQuery("SELECT COUNT(c) FROM PqrsCase c", Long.class).getSingleResult());
  }

  private static List<MailQuarantine> quarantined() {
    return read(
        em ->
            em.createQuery("SELECT q FROM MailQuarantine q", MailQuarantine.class).getResultList());
  }

  /** Unread mail in {@code user}'s INBOX, as a mail client sees it. */
  private static int unread(String user) throws Exception {
    Store store = Session.getInstance(new Properties()).getStore("imap");
    store.connect("127.0.0.1", dovecot.port(), user, "secreto");
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      int unread = 0;
      for (Message m : inbox.getMessages()) {
        if (!m.isSet(jakarta.mail.Flags.Flag.SEEN) && !m.isSet(jakarta.mail.Flags.Flag.DELETED)) {
          unread++;
        }
      }
      inbox.close(false);
      return unread;
    } finally {
      store.close();
    }
  }
}
