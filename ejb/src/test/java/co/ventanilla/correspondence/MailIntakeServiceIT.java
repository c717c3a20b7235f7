package co.ventanilla.correspondence;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.outbox.JpaOutbox;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.intake.InvalidSubmissionException;
import co.ventanilla.intake.SubmittedFile;
import co.ventanilla.testing.JpaTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mail intake's decisions and the quarantine, on MariaDB, with the mails built by hand (the
 * IMAP side and the translation are tested in the integration module).
 */
class MailIntakeServiceIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final Clock CLOCK =
      Clock.fixed(ZonedDateTime.of(2026, 3, 17, 10, 0, 0, 0, BOGOTA).toInstant(), BOGOTA);
  private static final Mailbox SERVICIO = new Mailbox("servicio", null, "Sede Centro");
  private static final Mailbox DENUNCIAS = new Mailbox("denuncias", PqrsType.DENUNCIA, null);

  private String prefix;

  @BeforeEach
  void emptyDatabase() {
    JpaTestSupport.deleteAllCases();
    prefix = null;
  }

  private static IncomingMail mail(Mailbox mailbox, String id, String subject, String text) {
    return mail(mailbox, id, subject, text, 0, null);
  }

  private static IncomingMail mail(
      Mailbox mailbox,
      String id,
      String subject,
      String text,
      long maxSize,
      AutomaticReason automatic,
      SubmittedFile... files) {
    byte[] raw =
        ("Message-ID: " + id + "\r\nSubject: " + subject + "\r\n\r\n" + text)
            .getBytes(StandardCharsets.UTF_8);
    return new IncomingMail(
        mailbox,
        IncomingMail.sourceKey(mailbox.name(), id, raw),
        id,
        "pedro@example.com",
        "Pedro Salazar",
        "servicio@empresa.co",
        subject,
        text,
        Instant.parse("2026-03-16T20:30:00Z"),
        List.of(files),
        raw,
        maxSize,
        automatic);
  }

  private MailOutcome receive(IncomingMail mail) {
    return inTransaction(
        em -> StandaloneCorrespondence.mailIntake(em, CLOCK, prefix).receive(mail));
  }

  private FailureOutcome fail(IncomingMail mail, boolean permanent) {
    MailFailure failure =
        new MailFailure(
            mail.mailbox().name(),
            mail.sourceKey(),
            mail.subject(),
            mail.fromAddress(),
            mail.raw(),
            "NullPointerException: boom",
            permanent);
    return inTransaction(
        em -> StandaloneCorrespondence.mailIntake(em, CLOCK, prefix).recordFailure(failure, 3));
  }

  private static <T> T quarantine(java.util.function.Function<MailQuarantineService, T> work) {
    return inTransaction(em -> work.apply(StandaloneCorrespondence.quarantine(em, CLOCK, null)));
  }

  private static PqrsCase theCase(String radicado) {
    return read(
        em ->
            em.createNamedQuery(PqrsCase.BY_RADICADO, PqrsCase.class)
                .setParameter("radicado", radicado)
                .getSingleResult());
  }

  private static long count(String entity) {
    return read(
        em ->
            em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult());
  }

  @Test
  void aNewMailIsACaseReceivedWhenOurServerReceivedIt() {
    // when: sent (Date:) long before our server received it
    MailOutcome outcome =
        receive(
            mail(SERVICIO, "<n1@x>", "Queja: portería", "El guarda...")
                .withDeliveredAt(Instant.parse("2026-03-16T20:30:00Z")));

    // then
    assertEquals(MailOutcome.Kind.CASE_CREATED, outcome.kind());
    PqrsCase c = theCase(outcome.radicado());
    assertEquals(PqrsType.QUEJA, c.type());
    assertEquals("Sede Centro", c.agency());
    assertEquals(
        LocalDateTime.of(2026, 3, 16, 15, 30), c.receivedAt(), "INTERNALDATE in Colombian time");
    assertEquals("Message-ID <n1@x>", c.sourceReference());
  }

  @Test
  void aDateInTheFutureIsNotBelieved() {
    IncomingMail future = mail(SERVICIO, "<f1@x>", "Reclamo", "texto");
    future =
        new IncomingMail(
            future.mailbox(),
            future.sourceKey(),
            future.messageId(),
            future.fromAddress(),
            future.fromName(),
            future.to(),
            future.subject(),
            future.text(),
            Instant.parse("2030-01-01T00:00:00Z"),
            future.attachments(),
            future.raw(),
            0,
            null);

    MailOutcome outcome = receive(future);

    assertEquals(LocalDateTime.now(CLOCK), theCase(outcome.radicado()).receivedAt());
  }

  @Test
  void theSendersDateDecidesNothingAbsurdOrOldDatesFileNow() {
    // a Date: of 1998 used to make the radicado's year 1998: "year out of range: 1998"
    for (String sent :
        List.of("1998-05-01T10:00:00Z", "0000-01-01T00:00:00Z", "9999-01-01T00:00:00Z")) {
      IncomingMail m = mail(SERVICIO, "<d" + sent + "@x>", "Reclamo " + sent, "texto");
      IncomingMail absurd =
          new IncomingMail(
              m.mailbox(),
              m.sourceKey(),
              m.messageId(),
              m.fromAddress(),
              m.fromName(),
              m.to(),
              m.subject(),
              m.text(),
              Instant.parse(sent),
              m.attachments(),
              m.raw(),
              0,
              null);

      MailOutcome outcome = receive(absurd);

      assertEquals(MailOutcome.Kind.CASE_CREATED, outcome.kind(), sent);
      assertEquals(LocalDateTime.now(CLOCK), theCase(outcome.radicado()).receivedAt(), sent);
      assertTrue(outcome.radicado().startsWith("2026-"), outcome.radicado());
    }
    // nor does a delivery date a server cannot have seen as a reception (a migrated mailbox)
    MailOutcome old =
        receive(
            mail(SERVICIO, "<old@x>", "Reclamo viejo", "texto")
                .withDeliveredAt(Instant.parse("1998-05-01T10:00:00Z")));
    assertEquals(LocalDateTime.now(CLOCK), theCase(old.radicado()).receivedAt());
  }

  @Test
  void theSameMailInTwoOfOurMailboxesIsOneCaseNotedOnBoth() {
    // given: To: servicio, Cc: the Norte agency's mailbox; each server copy has its own headers
    Mailbox norte = new Mailbox("norte", null, "Sede Norte");
    IncomingMail toServicio = mail(SERVICIO, "<both@x>", "Queja: portería", "El guarda...");
    IncomingMail toNorte = mail(norte, "<both@x>", "Queja: portería", "El guarda...");

    // when
    MailOutcome first = receive(toServicio);
    MailOutcome second = receive(toNorte);
    MailOutcome again = receive(toNorte);

    // then
    assertEquals(MailOutcome.Kind.CASE_CREATED, first.kind());
    assertEquals(MailOutcome.Kind.DUPLICATE, second.kind());
    assertEquals(first.radicado(), second.radicado());
    assertEquals(MailOutcome.Kind.DUPLICATE, again.kind());
    assertEquals(1L, count("PqrsCase"));
    assertEquals(
        List.of("norte", "servicio"),
        read(em -> new MailLedger(em).deliveries(toServicio.messageKey())).stream()
            .map(MailDelivery::mailbox)
            .sorted()
            .toList());
    PqrsCase c = theCase(first.radicado());
    assertEquals(
        1,
        c.history().stream()
            .filter(h -> h.note() != null && h.note().contains("buzón norte"))
            .count(),
        "noted once in the case's history");
  }

  @Test
  void withoutMessageIdTheSharedContentMakesTheKey() {
    byte[] raw = "Subject: x\r\n\r\nhola".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        IncomingMail.messageKey(null, "a@x", raw), IncomingMail.messageKey(null, "b@x", raw));
    assertFalse(
        IncomingMail.messageKey("<1@x>", "a@x", raw)
            .equals(IncomingMail.messageKey("<1@x>", "intruso@x", raw)),
        "a stranger reusing a Message-ID is another mail");
  }

  @Test
  void theWhistleBlowerBoxFilesDenuncias() {
    MailOutcome outcome =
        receive(mail(DENUNCIAS, "<w1@x>", "Hechos en la sede Norte", "Vi cómo sacaban equipos."));

    assertEquals(PqrsType.DENUNCIA, theCase(outcome.radicado()).type());
    assertEquals("denuncia", outcome.detail());
  }

  @Test
  void aReplyQuotingTheRadicadoIsAnEntryOnceWithItsFiles() {
    // given
    prefix = "PQRS-";
    String radicado = receive(mail(SERVICIO, "<r0@x>", "Reclamo", "Cobro doble.")).radicado();
    assertTrue(radicado.startsWith("PQRS-2026-"));
    String core = radicado.substring("PQRS-".length());
    IncomingMail reply =
        mail(
            SERVICIO,
            "<r1@x>",
            "RE: su solicitud",
            "Como pidieron, adjunto la factura del caso " + core + ".",
            0,
            null,
            new SubmittedFile("factura.pdf", "application/pdf", "%PDF".getBytes()));

    // when
    MailOutcome first = receive(reply);
    MailOutcome again = receive(reply);

    // then
    assertEquals(MailOutcome.Kind.ENTRY_APPENDED, first.kind());
    assertEquals(radicado, first.radicado());
    assertEquals(MailOutcome.Kind.DUPLICATE, again.kind());
    assertEquals(radicado, again.radicado());
    assertEquals(1L, count("PqrsCase"));
    read(
        em -> {
          List<CaseMessage> entries = new CaseMessages(em).ofCase(radicado);
          assertEquals(1, entries.size());
          CaseMessage entry = entries.get(0);
          assertEquals(MessageDirection.IN, entry.direction());
          assertEquals("Pedro Salazar <pedro@example.com>", entry.from());
          assertEquals("factura.pdf", entry.attachments().get(0).fileName());
          assertArrayEquals(reply.raw(), new ContentStore(em).read(entry.original()));
          return null;
        });
  }

  @Test
  void aRadicadoThatIsNoCaseOpensANewCase() {
    MailOutcome outcome =
        receive(mail(SERVICIO, "<x1@x>", "Sobre el radicado 2020-999999", "¿Qué pasó?"));

    assertEquals(MailOutcome.Kind.CASE_CREATED, outcome.kind());
  }

  @Test
  void automaticMailIsRecordedOnceAndNeverFiled() {
    String radicado = receive(mail(SERVICIO, "<a0@x>", "Petición", "texto")).radicado();
    IncomingMail outOfOffice =
        mail(
            SERVICIO, "<a1@x>", "Fuera de oficina: " + radicado, "", 0, AutomaticReason.AUTO_REPLY);

    MailOutcome first = receive(outOfOffice);
    MailOutcome again = receive(outOfOffice);

    assertEquals(MailOutcome.Kind.IGNORED, first.kind());
    assertEquals(MailOutcome.Kind.DUPLICATE, again.kind());
    assertEquals(1L, count("PqrsCase"));
    assertEquals(0L, count("CaseMessage"));
    assertEquals(
        Map.of(AutomaticReason.AUTO_REPLY, 1L),
        read(em -> new MailLedger(em).ignoredByReason("servicio")));
  }

  @Test
  void anOversizedMailIsFiledWithANoteAndTheSenderIsTold() {
    // given: a limit of 10 bytes, so any mail is over it
    IncomingMail big = mail(SERVICIO, "<b1@x>", "Video del hurto", "Adjunto el video.", 10, null);

    // when
    MailOutcome outcome = receive(big);

    // then
    PqrsCase c = theCase(outcome.radicado());
    assertTrue(c.description().startsWith("Adjunto el video."));
    assertTrue(c.description().contains("supera el límite"), c.description());
    List<OutboxMessage> notices =
        read(em -> new JpaOutbox(em).forCase(outcome.radicado())).stream()
            .filter(m -> m.subject().contains("tamaño máximo"))
            .toList();
    assertEquals(1, notices.size());
    assertEquals("pedro@example.com", notices.get(0).recipient());
    assertTrue(notices.get(0).subject().contains(outcome.radicado()));
    assertEquals(OutboxMessage.AUTO_REPLIED, notices.get(0).autoSubmitted());
  }

  @Test
  void aSenderThatIsNoValidAddressFailsTheWholeMail() {
    IncomingMail mail = mail(SERVICIO, "<i1@x>", "Queja", "texto");
    IncomingMail invalid =
        new IncomingMail(
            mail.mailbox(),
            mail.sourceKey(),
            mail.messageId(),
            "pedro@localhost",
            null,
            null,
            mail.subject(),
            mail.text(),
            null,
            List.of(),
            mail.raw(),
            0,
            null);

    assertThrows(InvalidSubmissionException.class, () -> receive(invalid));
    assertEquals(0L, count("PqrsCase"));
  }

  @Test
  void failuresAreCountedAndTheMailIsQuarantinedWithItsRawAtTheLimit() {
    IncomingMail poison = mail(SERVICIO, "<p1@x>", "VENENO", "texto");

    FailureOutcome first = fail(poison, false);
    FailureOutcome second = fail(poison, false);
    FailureOutcome third = fail(poison, false);
    FailureOutcome afterwards = fail(poison, false);

    assertFalse(first.quarantined());
    assertEquals(1, first.attempts());
    assertFalse(second.quarantined());
    assertTrue(third.quarantined());
    assertEquals(3, third.attempts());
    assertTrue(afterwards.quarantined(), "already quarantined: the mailbox may flag it again");
    assertEquals(0L, count("MailAttempt"));
    MailQuarantine q = quarantine(s -> s.list(QuarantineStatus.PENDING, 0, 10)).get(0);
    assertEquals(1L, (long) quarantine(s -> s.count(QuarantineStatus.PENDING)));
    assertEquals("servicio", q.mailbox());
    assertEquals("VENENO", q.subject());
    assertEquals(LocalDateTime.now(CLOCK), q.quarantinedAt());
    assertArrayEquals(poison.raw(), quarantine(s -> s.raw(q.id())));
    assertEquals(
        MailOutcome.Kind.DUPLICATE,
        receive(poison).kind(),
        "a pending quarantined mail is not read");
  }

  @Test
  void aPermanentFailureIsQuarantinedAtOnceAndASuccessForgetsEarlierAttempts() {
    IncomingMail invalid = mail(SERVICIO, "<q1@x>", "Queja", "texto");
    IncomingMail transient_ = mail(SERVICIO, "<q2@x>", "Reclamo", "texto");

    assertTrue(fail(invalid, true).quarantined());
    assertFalse(fail(transient_, false).quarantined());
    receive(transient_);

    assertEquals(0L, count("MailAttempt"));
    assertEquals(1L, count("MailQuarantine"));
  }

  @Test
  void staffReimportOrDiscardAndTheRecordStays() {
    // given two quarantined mails
    IncomingMail one = mail(SERVICIO, "<s1@x>", "Reclamo", "texto uno");
    IncomingMail two = mail(SERVICIO, "<s2@x>", "Queja", "texto dos");
    fail(one, true);
    fail(two, true);
    List<MailQuarantine> pending = quarantine(s -> s.list(QuarantineStatus.PENDING, 0, 10));
    long oneId =
        pending.stream()
            .filter(q -> q.sourceKey().equals(one.sourceKey()))
            .findFirst()
            .orElseThrow()
            .id();
    long twoId =
        pending.stream()
            .filter(q -> q.sourceKey().equals(two.sourceKey()))
            .findFirst()
            .orElseThrow()
            .id();

    // when
    MailOutcome reimported = quarantine(s -> s.reimport(oneId, one, "analista"));
    quarantine(
        s -> {
          s.discard(twoId, "coordinadora", "Correo de prueba del proveedor");
          return null;
        });

    // then
    assertEquals(MailOutcome.Kind.CASE_CREATED, reimported.kind());
    MailQuarantine done = quarantine(s -> s.get(oneId));
    assertEquals(QuarantineStatus.REIMPORTED, done.status());
    assertEquals(reimported.radicado(), done.resultRadicado());
    assertEquals("analista", done.resolvedBy());
    MailQuarantine discarded = quarantine(s -> s.get(twoId));
    assertEquals(QuarantineStatus.DISCARDED, discarded.status());
    assertEquals("coordinadora", discarded.resolvedBy());
    assertEquals(LocalDateTime.now(CLOCK), discarded.resolvedAt());
    assertEquals("Correo de prueba del proveedor", discarded.resolutionNote());
    assertArrayEquals(two.raw(), quarantine(s -> s.raw(twoId)), "the raw mail is kept");
    MailQuarantineException twice =
        assertThrows(
            MailQuarantineException.class, () -> quarantine(s -> s.reimport(twoId, two, "x")));
    assertEquals("quarantine.not_pending", twice.key());
    assertTrue(twice.message(CorrespondenceTexts.SPANISH).contains("ya fue atendido"));
  }

  @Test
  void aReimportThatFailsAgainLeavesTheMailPending() {
    IncomingMail mail = mail(SERVICIO, "<v1@x>", "Queja", "texto");
    IncomingMail stillInvalid =
        new IncomingMail(
            mail.mailbox(),
            mail.sourceKey(),
            mail.messageId(),
            "no-es-correo",
            null,
            null,
            mail.subject(),
            mail.text(),
            null,
            List.of(),
            mail.raw(),
            0,
            null);
    fail(mail, true);
    long id = quarantine(s -> s.list(QuarantineStatus.PENDING, 0, 1)).get(0).id();

    assertThrows(
        InvalidSubmissionException.class,
        () -> quarantine(s -> s.reimport(id, stillInvalid, "analista")));

    assertEquals(QuarantineStatus.PENDING, quarantine(s -> s.get(id)).status());
    assertEquals(0L, count("PqrsCase"));
  }

  /**
   * The log carries no personal data at INFO (issue 16): the lines of an ignored, a filed and a
   * quarantined mail name the mailbox and the mail's key, never its sender's address.
   */
  @Test
  void theLogLinesOfMailsCarryNoSenderAddress() {
    java.util.logging.Logger product = java.util.logging.Logger.getLogger("co.ventanilla");
    List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler capture =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord r) {
            if (r.getLevel().intValue() >= java.util.logging.Level.INFO.intValue()) {
              lines.add(new java.util.logging.SimpleFormatter().formatMessage(r));
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    product.addHandler(capture);
    try {
      receive(mail(SERVICIO, "<l1@x>", "Petición", "texto"));
      receive(mail(SERVICIO, "<l2@x>", "Fuera de oficina", "", 0, AutomaticReason.AUTO_REPLY));
      IncomingMail poison = mail(SERVICIO, "<l3@x>", "VENENO", "texto");
      fail(poison, true);
    } finally {
      product.removeHandler(capture);
    }
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("Automatic mail ignored")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("quarantined")), lines.toString());
    for (String line : lines) {
      assertFalse(
          line.matches("(?s).*[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z.]+.*"),
          "an email address in the log: " + line);
    }
  }
}
