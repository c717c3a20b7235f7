package co.ventanilla.intake;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.attachments.CaseAttachment;
import co.ventanilla.attachments.ContentStore;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.testing.JpaTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The intake service on MariaDB: what it keeps with a case, and that a channel's key files once.
 */
class IntakeServiceIT {

  private static final Clock CLOCK =
      Clock.fixed(
          ZonedDateTime.of(2026, 3, 17, 10, 0, 0, 0, ZoneId.of("America/Bogota")).toInstant(),
          ZoneId.of("America/Bogota"));

  @BeforeEach
  void emptyDatabase() {
    JpaTestSupport.deleteAllCases();
  }

  private static Submission.Builder mail(String messageId) {
    return Submission.builder(Channel.EMAIL)
        .type(PqrsType.RECLAMO)
        .names("Pedro Salazar")
        .email("pedro@example.com")
        .subject("Factura con cobro doble")
        .description("En la factura de febrero cobraron dos veces el servicio nocturno.")
        .sourceKey("mail:servicio:" + messageId)
        .actor("correo:servicio");
  }

  private static IntakeReceipt file(Submission s) {
    return inTransaction(em -> StandaloneIntake.on(em, CLOCK, null).register(s));
  }

  @Test
  void theSameSourceKeyTwiceFilesOneCaseAndAnswersWithTheFirstReceipt() {
    // given
    IntakeReceipt first = file(mail("<a1@example.com>").build());

    // when
    IntakeReceipt again = file(mail("<a1@example.com>").subject("otro asunto").build());
    IntakeReceipt other = file(mail("<a2@example.com>").build());

    // then
    assertFalse(first.alreadyFiled());
    assertTrue(again.alreadyFiled());
    assertEquals(first.radicado(), again.radicado());
    assertEquals(first.trackingCode(), again.trackingCode());
    assertFalse(other.alreadyFiled());
    long cases =
        read(em -> em.createQuery("SELECT COUNT(c) FROM PqrsCase c", Long.class).getSingleResult());
    assertEquals(2L, cases);
  }

  /**
   * Issue #18, item 5: with the agencies of the preset configured, the free text of intake is
   * matched to one of them (accents and case ignored) or the case waits for reception to choose.
   */
  @Test
  void theAgencyReceivedIsMatchedToAConfiguredOneOrFlaggedForReception() {
    // given: the sedes of Coop. Reservis CTA
    inTransaction(
        em ->
            new co.ventanilla.organization.AgencyDirectory(em)
                .addMissing(co.ventanilla.organization.AgencyPresets.RESERVIS));

    // when
    String matched = file(mail("<s1@example.com>").agency("sede medellin").build()).radicado();
    String unknown = file(mail("<s2@example.com>").agency("Puesto Unicentro").build()).radicado();
    String none = file(mail("<s3@example.com>").build()).radicado();

    // then
    read(
        em -> {
          PqrsCase m = byRadicado(em, matched);
          assertEquals("Medellín", m.agency());
          assertFalse(m.agencyUnconfirmed());
          PqrsCase u = byRadicado(em, unknown);
          assertEquals("Puesto Unicentro", u.agency(), "kept as received");
          assertTrue(u.agencyUnconfirmed());
          assertFalse(byRadicado(em, none).agencyUnconfirmed());
          return null;
        });
  }

  private static PqrsCase byRadicado(jakarta.persistence.EntityManager em, String radicado) {
    return em.createNamedQuery(PqrsCase.BY_RADICADO, PqrsCase.class)
        .setParameter("radicado", radicado)
        .getSingleResult();
  }

  @Test
  void aProtectedSubmissionFilesAProtectedCaseAndSaysSoInItsHistory() {
    // given: a denuncia from the whistle-blower box
    Submission denuncia =
        mail("<d1@example.com>").type(PqrsType.DENUNCIA).protectedCase(true).build();

    // when
    String radicado = file(denuncia).radicado();

    // then
    read(
        em -> {
          PqrsCase c =
              em.createNamedQuery(PqrsCase.BY_RADICADO, PqrsCase.class)
                  .setParameter("radicado", radicado)
                  .getSingleResult();
          assertTrue(c.isProtected());
          assertTrue(
              c.history().stream()
                  .anyMatch(h -> h.note() != null && h.note().startsWith("Caso protegido")),
              "history notes the protection");
          return null;
        });
    String ordinary = file(mail("<d2@example.com>").build()).radicado();
    boolean ordinaryIsProtected =
        read(
            em ->
                em.createNamedQuery(PqrsCase.BY_RADICADO, PqrsCase.class)
                    .setParameter("radicado", ordinary)
                    .getSingleResult()
                    .isProtected());
    assertFalse(ordinaryIsProtected);
  }

  @Test
  void attachmentsAndTheOriginalAreKeptWithTheCaseInChunks() {
    // given: a 2.5 MiB photo (three chunks) and the raw mail
    byte[] photo = new byte[ContentStore.CHUNK_SIZE * 5 / 2];
    new Random(42).nextBytes(photo);
    byte[] raw =
        "From: pedro@example.com\r\nSubject: Factura\r\n\r\ncuerpo"
            .getBytes(StandardCharsets.UTF_8);
    Submission s =
        mail("<a3@example.com>")
            .attach(new SubmittedFile("evidencia_año.jpg", "image/jpeg", photo))
            .original(new Original("message/rfc822", raw))
            .consent(new Consent("politica-2026-01", LocalDateTime.now(CLOCK)))
            .build();

    // when
    String radicado = file(s).radicado();

    // then
    read(
        em -> {
          PqrsCase c =
              em.createNamedQuery(PqrsCase.BY_RADICADO, PqrsCase.class)
                  .setParameter("radicado", radicado)
                  .getSingleResult();
          List<CaseAttachment> attachments =
              em.createNamedQuery(CaseAttachment.OF_CASE, CaseAttachment.class)
                  .setParameter("caseId", c.id())
                  .getResultList();
          assertEquals(1, attachments.size());
          CaseAttachment a = attachments.get(0);
          ContentStore store = new ContentStore(em);
          assertEquals("evidencia_año.jpg", a.fileName());
          assertEquals(photo.length, a.content().size());
          assertEquals(3, a.content().chunks());
          assertEquals(ContentStore.sha256(photo), a.content().sha256());
          assertArrayEquals(photo, store.read(a.content()));

          IntakeRecord record =
              new IntakeRecords(em).findBySourceKey("mail:servicio:<a3@example.com>").orElseThrow();
          assertEquals("politica-2026-01", record.consentPolicyVersion());
          assertEquals("message/rfc822", record.original().mediaType());
          assertArrayEquals(raw, store.read(record.original()));
          return null;
        });
  }
}
