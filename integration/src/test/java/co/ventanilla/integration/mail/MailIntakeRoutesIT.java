package co.ventanilla.integration.mail;

import static co.ventanilla.testing.JpaTestSupport.read;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.attachments.CaseAttachment;
import co.ventanilla.attachments.ContentStore;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.correspondence.AutomaticReason;
import co.ventanilla.correspondence.CaseMessage;
import co.ventanilla.correspondence.CaseMessages;
import co.ventanilla.correspondence.MailOutcome;
import co.ventanilla.correspondence.MailQuarantine;
import co.ventanilla.correspondence.MailQuarantineException;
import co.ventanilla.correspondence.QuarantineStatus;
import co.ventanilla.intake.IntakeRecords;
import co.ventanilla.testing.JpaTestSupport;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mail intake end to end: GreenMail in process on a dynamic port, the real {@link
 * MailIntakeRoutes} in a {@link DefaultCamelContext}, the real EJB services on MariaDB (each call
 * in its own transaction, as in the container). No sleeps: Awaitility waits for what the test
 * expects in the database and the mailbox.
 */
class MailIntakeRoutesIT {

  private static final Clock CLOCK = Clock.system(ZoneId.of("America/Bogota"));
  private static final String USER = "servicio@empresa.co";
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort()).withPerMethodLifecycle(true);

  private GreenMailUser user;
  private TransactionalMailIntake intake;
  private DefaultCamelContext camel;
  private MailIntakeSettings settings;

  @BeforeEach
  void emptyDatabaseAndMailbox() {
    JpaTestSupport.deleteAllCases();
    user = greenMail.setUser(USER, "servicio", "secreto");
    intake = new TransactionalMailIntake(CLOCK, null);
  }

  @AfterEach
  void stopCamel() throws Exception {
    if (camel != null) {
      camel.close();
    }
  }

  private void start(int maxAttempts) throws Exception {
    MailboxSettings servicio =
        MailIntakeSettings.from(
                key ->
                    java.util.Optional.ofNullable(
                        switch (key) {
                          case "intake.mail.mailboxes" -> "servicio";
                          case "intake.mail.servicio.url" ->
                              "imap://127.0.0.1:" + greenMail.getImap().getPort();
                          case "intake.mail.servicio.user" -> "servicio";
                          case "intake.mail.servicio.password" -> "secreto";
                          default -> null;
                        }))
            .mailboxes()
            .get(0)
            .withPollInterval(POLL);
    settings = new MailIntakeSettings(List.of(servicio), maxAttempts, 25L * 1024 * 1024);
    camel().addRoutes(new MailIntakeRoutes(settings, intake));
    camel.start();
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void aMailBecomesACaseWithItsAttachmentAndItsOriginalAndIsFlaggedReadOnlyAfterTheCommit()
      throws Exception {
    // given
    byte[] mail =
        mail(
            "<m1@example.com>",
            "Reclamo por cobro doble",
            "Me cobraron dos veces el servicio nocturno.",
            attachment("evidencia_año.pdf", "application/pdf", "%PDF-1.4 factura"));
    AtomicBoolean seenBeforeCommit = new AtomicBoolean(true);
    intake.beforeCommit = m -> seenBeforeCommit.set(inbox().get(0).isSet(Flags.Flag.SEEN));
    deliver(mail);

    // when
    start(3);

    // then
    await().atMost(PATIENCE).until(() -> cases() == 1 && allSeen(inbox()));
    assertFalse(seenBeforeCommit.get(), "read with BODY.PEEK: not \\Seen before the commit");
    read(
        em -> {
          PqrsCase c = em.createQuery("SELECT c FROM PqrsCase c", PqrsCase.class).getSingleResult();
          assertEquals(Channel.EMAIL, c.channel());
          assertEquals(PqrsType.RECLAMO, c.type(), "the subject's first word names the type");
          assertEquals("Reclamo por cobro doble", c.subject());
          assertEquals("Me cobraron dos veces el servicio nocturno.", c.description());
          assertEquals("pedro@example.com", c.petitioner().email());
          assertEquals("Pedro Salazar", c.petitioner().names());
          assertEquals("correo:servicio", c.history().get(0).actor());
          List<CaseAttachment> files =
              em.createNamedQuery(CaseAttachment.OF_CASE, CaseAttachment.class)
                  .setParameter("caseId", c.id())
                  .getResultList();
          assertEquals(1, files.size());
          assertEquals("evidencia_año.pdf", files.get(0).fileName());
          assertEquals("application/pdf", files.get(0).content().mediaType());
          var record =
              new IntakeRecords(em).findBySourceKey("mail:servicio:<m1@example.com>").orElseThrow();
          assertEquals("message/rfc822", record.original().mediaType());
          assertArrayEquals(mail, new ContentStore(em).read(record.original()));
          return null;
        });
  }

  @Test
  void aReplyQuotingTheRadicadoBecomesAnEntryOfThatCase() throws Exception {
    // given: a case filed from a first mail
    deliver(mail("<m2@example.com>", "Queja por la portería", "El guarda fue grosero."));
    start(3);
    await().atMost(PATIENCE).until(() -> cases() == 1);
    String radicado = onlyRadicado();

    // when: the petitioner answers our acknowledgement
    deliver(
        mail(
            "<m3@example.com>",
            "RE: Radicado " + radicado + " recibido",
            "Adjunto la foto que pidieron.\n\n> Su caso quedó radicado con el número " + radicado,
            attachment("foto.jpg", "image/jpeg", "\u00FF\u00D8\u00FF foto")));

    // then
    await().atMost(PATIENCE).until(() -> messagesOf(radicado).size() == 1 && allSeen(inbox()));
    assertEquals(1, cases(), "a reply is never a new case");
    read(
        em -> {
          CaseMessage entry = new CaseMessages(em).ofCase(radicado).get(0);
          assertEquals("mail:servicio:<m3@example.com>", entry.sourceKey());
          assertEquals("Pedro Salazar <pedro@example.com>", entry.from());
          assertTrue(entry.text().startsWith("Adjunto la foto que pidieron."));
          assertEquals("foto.jpg", entry.attachments().get(0).fileName());
          assertEquals("correo:servicio", entry.recordedBy());
          return null;
        });
  }

  @Test
  void anAutoReplyIsNeitherACaseNorAnEntryButIsCounted() throws Exception {
    // given: an out-of-office reply quoting a radicado that exists
    deliver(mail("<m4@example.com>", "Petición de copia", "Solicito copia del contrato."));
    start(3);
    await().atMost(PATIENCE).until(() -> cases() == 1);
    String radicado = onlyRadicado();

    // when
    deliver(
        withHeaders(
            mail(
                "<m5@example.com>",
                "Fuera de la oficina: Radicado " + radicado,
                "Vuelvo el lunes."),
            "Auto-Submitted: auto-replied"));
    deliver(
        withHeaders(
            mail("<m6@example.com>", "Boletín de marzo", "Novedades del conjunto."),
            "List-Id: <boletin.conjunto.example.com>"));

    // then
    await().atMost(PATIENCE).until(() -> allSeen(inbox()) && inbox().size() == 3);
    assertEquals(1, cases());
    assertTrue(messagesOf(radicado).isEmpty());
    assertEquals(
        java.util.Map.of(AutomaticReason.AUTO_REPLY, 1L, AutomaticReason.LIST_OR_BULK, 1L),
        intake.ignoredCounts("servicio"));
  }

  @Test
  void aPoisonMailIsQuarantinedAfterTheConfiguredAttemptsWhileTheMailBehindItIsFiled()
      throws Exception {
    // given: the service fails every time on one mail; a good mail comes after it
    byte[] poison = mail("<p1@example.com>", "VENENO", "Este correo hace fallar el servicio.");
    intake.failFor("VENENO", Integer.MAX_VALUE);
    deliver(poison);
    deliver(mail("<g1@example.com>", "Sugerencia de horarios", "Abrir la recepción a las 7."));
    NotifyBuilder twoFailedPolls = new NotifyBuilder(camel()).whenFailed(2).create();

    // when
    start(3);

    // then: the good mail goes through on the first poll; the poison is read on three polls, left
    // unread by the first two, quarantined by the third and moved to the quarantine folder
    await().atMost(PATIENCE).until(() -> cases() == 1);
    await().atMost(PATIENCE).until(() -> quarantined().size() == 1);
    assertTrue(twoFailedPolls.matches(), "two polls failed and left the mail unread");
    MailQuarantine q = quarantined().get(0);
    assertEquals(3, q.attempts());
    assertEquals("mail:servicio:<p1@example.com>", q.sourceKey());
    assertEquals("VENENO", q.subject());
    assertTrue(q.error().contains("Simulated failure"), q.error());
    assertEquals("Sugerencia de horarios", read(em -> onlyCase(em).subject()));
    await().atMost(PATIENCE).until(() -> folder("Cuarentena").size() == 1);
    await().atMost(PATIENCE).until(() -> inbox().size() == 1 && allSeen(inbox()));
    assertEquals(0L, count("SELECT COUNT(a) FROM MailAttempt a"));

    // and staff import it again once the cause is gone: it becomes a case, once
    intake.stopFailing("VENENO");
    MailQuarantineDesk desk =
        new MailQuarantineDesk(settings, new TransactionalQuarantine(CLOCK, null));
    assertArrayEquals(poison, desk.raw(q.id()));
    MailOutcome outcome = desk.reimport(q.id(), "analista");
    assertEquals(MailOutcome.Kind.CASE_CREATED, outcome.kind());
    assertEquals(2, cases());
    MailQuarantine done = desk.list(QuarantineStatus.REIMPORTED, 0, 10).get(0);
    assertEquals("analista", done.resolvedBy());
    assertEquals(outcome.radicado(), done.resultRadicado());
    assertEquals(0, desk.count(QuarantineStatus.PENDING));
    assertThrows(MailQuarantineException.class, () -> desk.discard(q.id(), "analista", "x"));
  }

  @Test
  void aMailThatFailsOnlyTransientlyIsFiledWithoutQuarantine() throws Exception {
    // given: the first two attempts fail (database busy, say); three are allowed
    intake.failFor("Petición de información", 2);
    deliver(mail("<t1@example.com>", "Petición de información", "¿Cuál es el horario?"));

    // when
    start(3);

    // then: read again while unread (peek: a failed attempt does not flag it), filed on the third
    await().atMost(PATIENCE).until(() -> cases() == 1 && allSeen(inbox()));
    assertTrue(quarantined().isEmpty());
    assertEquals(0L, count("SELECT COUNT(a) FROM MailAttempt a"), "attempts forgotten once filed");
  }

  @Test
  void theSameMailReadTwiceFilesOneCase() throws Exception {
    // given: a mail filed, and one without Message-ID (keyed by its hash)
    byte[] mail = mail("<d1@example.com>", "Queja", "Texto de la queja.");
    byte[] anonymousKey =
        raw("From: ana@example.com", "Subject: Reclamo sin id", "", "Texto sin Message-ID.");
    deliver(mail);
    deliver(anonymousKey);
    start(3);
    await().atMost(PATIENCE).until(() -> cases() == 2 && allSeen(inbox()));

    // when: the \Seen flag is lost (crash between commit and flag) and the mails are delivered
    // again
    NotifyBuilder fourMore = new NotifyBuilder(camel).whenCompleted(4).create();
    MailFolder inbox = inboxFolder();
    for (StoredMessage m : inbox.getMessages()) {
      inbox.setFlags(new Flags(Flags.Flag.SEEN), false, m.getUid(), null, false);
    }
    deliver(mail);
    deliver(anonymousKey);

    // then
    await().atMost(PATIENCE).until(() -> fourMore.matches() && allSeen(inbox()));
    assertEquals(2, cases());
    assertEquals(4, inbox().size());
  }

  @Test
  void aMailWithoutSubjectIsFiled() throws Exception {
    // CAMEL-24432: a mail without Subject broke the consumer in some 4.x versions
    deliver(raw("From: ana@example.com", "Message-ID: <s1@example.com>", "", "Sin asunto."));

    start(3);

    await().atMost(PATIENCE).until(() -> cases() == 1);
    assertEquals("(sin asunto)", read(em -> onlyCase(em).subject()));
  }

  @Test
  void theMailsOwnHeadersCannotDeleteOrMoveIt() throws Exception {
    // Camel's consumer obeys the message headers delete/moveTo/copyTo when it commits
    deliver(
        withHeaders(
            mail("<h1@example.com>", "Queja", "Texto."),
            "delete: true",
            "moveTo: Papelera",
            "copyTo: Papelera"));

    start(3);

    await().atMost(PATIENCE).until(() -> cases() == 1 && allSeen(inbox()));
    assertEquals(1, inbox().size());
    assertFalse(inbox().get(0).isSet(Flags.Flag.DELETED));
    assertTrue(folder("Papelera").isEmpty());
  }

  // ---------------------------------------------------------------------------------------------

  private DefaultCamelContext camel() {
    // NotifyBuilder needs the context before the routes start
    if (camel == null) {
      camel = new DefaultCamelContext();
    }
    return camel;
  }

  private static byte[] raw(String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private record File(String name, String type, String content) {}

  private static File attachment(String name, String type, String content) {
    return new File(name, type, content);
  }

  private static byte[] mail(String messageId, String subject, String text, File... files) {
    List<String> lines = new ArrayList<>();
    lines.add("From: Pedro Salazar <pedro@example.com>");
    lines.add("To: " + USER);
    lines.add("Subject: " + subject);
    lines.add("Message-ID: " + messageId);
    lines.add("Date: Tue, 17 Mar 2026 10:15:00 -0500");
    lines.add("MIME-Version: 1.0");
    if (files.length == 0) {
      lines.add("Content-Type: text/plain; charset=UTF-8");
      lines.add("Content-Transfer-Encoding: 8bit");
      lines.add("");
      lines.add(text);
      return raw(lines.toArray(String[]::new));
    }
    lines.add("Content-Type: multipart/mixed; boundary=\"limite\"");
    lines.add("");
    lines.add("--limite");
    lines.add("Content-Type: text/plain; charset=UTF-8");
    lines.add("Content-Transfer-Encoding: 8bit");
    lines.add("");
    lines.add(text);
    for (File f : files) {
      lines.add("--limite");
      lines.add("Content-Type: " + f.type());
      lines.add(
          "Content-Disposition: attachment; filename*=UTF-8''"
              + java.net.URLEncoder.encode(f.name(), StandardCharsets.UTF_8));
      lines.add("Content-Transfer-Encoding: base64");
      lines.add("");
      lines.add(
          Base64.getEncoder().encodeToString(f.content().getBytes(StandardCharsets.ISO_8859_1)));
    }
    lines.add("--limite--");
    return raw(lines.toArray(String[]::new));
  }

  /** {@code mail} with {@code headers} put first. */
  private static byte[] withHeaders(byte[] mail, String... headers) {
    return (String.join("\r\n", headers) + "\r\n" + new String(mail, StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Puts {@code raw} into the inbox as it is (IMAP APPEND), unread. */
  private void deliver(byte[] raw) throws Exception {
    MimeMessage message =
        new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    inboxFolder().appendMessage(message, new Flags(), new Date());
  }

  private MailFolder inboxFolder() {
    try {
      return greenMail.getManagers().getImapHostManager().getInbox(user);
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<StoredMessage> inbox() {
    return inboxFolder().getNonDeletedMessages();
  }

  private List<StoredMessage> folder(String name) {
    MailFolder folder = greenMail.getManagers().getImapHostManager().getFolder(user, name);
    return folder == null ? List.of() : folder.getNonDeletedMessages();
  }

  private static boolean allSeen(List<StoredMessage> messages) {
    return messages.stream().allMatch(m -> m.isSet(Flags.Flag.SEEN));
  }

  private static long count(String jpql) {
    return read(em -> em.createQuery(jpql, Long.class).getSingleResult());
  }

  private static long cases() {
    return count("SELECT COUNT(c) FROM PqrsCase c");
  }

  private static PqrsCase onlyCase(jakarta.persistence.EntityManager em) {
    return em.createQuery("SELECT c FROM PqrsCase c", PqrsCase.class).getSingleResult();
  }

  private static String onlyRadicado() {
    return read(em -> onlyCase(em).radicado());
  }

  private static List<CaseMessage> messagesOf(String radicado) {
    return read(em -> new CaseMessages(em).ofCase(radicado));
  }

  private static List<MailQuarantine> quarantined() {
    return read(
        em ->
            em.createQuery("SELECT q FROM MailQuarantine q", MailQuarantine.class).getResultList());
  }
}
