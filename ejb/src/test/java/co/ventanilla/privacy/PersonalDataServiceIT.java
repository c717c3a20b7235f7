package co.ventanilla.privacy;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.access.StandaloneJournal;
import co.ventanilla.cases.outbox.JpaOutbox;
import co.ventanilla.cases.persistence.JpaCaseRepository;
import co.ventanilla.cases.persistence.RadicadoCounter;
import co.ventanilla.intake.Consent;
import co.ventanilla.intake.StandaloneIntake;
import co.ventanilla.intake.Submission;
import co.ventanilla.staff.RoleCheck;
import co.ventanilla.testing.JpaTestSupport;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's data through the V17 schema on MariaDB, each call in its own transaction as the
 * container runs it: found by document or email (and journaled), the reclamo legend while a
 * complete reclamo is open, rectification with the value before kept, anonymisation blocked by an
 * open investigation, a legal hold and the retention period, then done, and done again for nothing.
 */
class PersonalDataServiceIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);
  private static final Clock CLOCK = Clock.fixed(NOW.atZone(BOGOTA).toInstant(), BOGOTA);
  private static final String DOC = "52123456";
  private static final String EMAIL = "maria.rojas@example.com";
  private static final String NAME = "María Fernanda Rojas";

  private String queja;
  private String reclamo;

  @BeforeEach
  void twoCasesOfTheSamePerson() {
    JpaTestSupport.deleteAllCases();
    queja =
        file(
            PqrsType.QUEJA,
            new Petitioner(NAME, "CC", "52.123.456", EMAIL, "3001234567", "Calle 1 # 2-3", false),
            "Guarda ausente en portería",
            "Yo, " + NAME + ", vi la portería sin guarda. Llámenme al 3001234567.");
    reclamo =
        file(
            PqrsType.RECLAMO_DATOS,
            new Petitioner(NAME, "CC", DOC, "Maria.Rojas@example.com", null, null, false),
            "Supresión de mis datos de contacto",
            "No quiero recibir más correos.");
    inTransaction(
        em -> {
          PqrsCase c = new JpaCaseRepository(em).findByRadicado(queja).orElseThrow();
          return new ContentStore(em)
              .attach(
                  c,
                  "cedula.pdf",
                  "application/pdf",
                  "%PDF cédula de María".getBytes(StandardCharsets.UTF_8),
                  NOW.minusDays(3),
                  "web");
        });
  }

  private String file(PqrsType type, Petitioner p, String subject, String description) {
    return inTransaction(
        em -> {
          PqrsCase c =
              PqrsCase.file(
                  new RadicadoCounter(em).next("", 2026),
                  "TRACK" + type.ordinal(),
                  type,
                  Channel.WEB,
                  p,
                  "Bogotá",
                  subject,
                  description,
                  NOW.minusDays(3),
                  null,
                  "web");
          new JpaCaseRepository(em).store(c);
          return c.radicado();
        });
  }

  private static <T> T service(Function<PersonalDataService, T> work) {
    return inTransaction(em -> work.apply(service(em)));
  }

  private static PersonalDataService service(EntityManager em) {
    PersonalDataService s = new PersonalDataService();
    s.em = em;
    s.clock = CLOCK;
    s.roles = RoleCheck.system();
    s.journal = StandaloneJournal.on(em, CLOCK);
    s.retention = RetentionPolicy.fixed(5);
    return s;
  }

  private static long count(String sql) {
    return read(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  @Test
  void findsThePersonByDocumentOrEmailAndJournalsTheView() {
    DataSubjectFile byDocument =
        service(s -> s.find(SubjectKey.of("52-123-456", null), "oficial.datos"));
    assertEquals(2, byDocument.cases().size());
    assertEquals(1, byDocument.attachments().size());
    DataSubjectFile byEmail =
        service(s -> s.find(SubjectKey.of(null, "MARIA.ROJAS@example.com"), "oficial.datos"));
    assertEquals(2, byEmail.cases().size());
    assertEquals(
        4,
        count(
            "SELECT COUNT(*) FROM case_access_log WHERE user_name = 'oficial.datos' AND allowed"
                + " AND action = 'VIEW'"));
    PrivacyRuleViolation unknown =
        assertThrows(
            PrivacyRuleViolation.class,
            () -> service(s -> s.find(SubjectKey.of("999", null), "oficial.datos")));
    assertEquals(PrivacyRuleViolation.Kind.UNKNOWN, unknown.kind());
  }

  @Test
  void aCompleteReclamoNotYetDecidedPutsTheLegendOnThePersonsOtherCases() {
    ReclamoLegend legend = service(s -> s.legendOfCase(queja)).orElseThrow();
    assertEquals(reclamo, legend.radicado());
    assertEquals("Supresión de mis datos de contacto", legend.reason());
    JpaTestSupport.execute(
        "UPDATE pqrs_case SET state = 'RESPONDIDO' WHERE radicado = '" + reclamo + "'");
    assertTrue(service(s -> s.legendOfCase(queja)).isEmpty());
  }

  @Test
  void rectificationKeepsTheValueBeforeAndTellsTheHistory() {
    int changed =
        service(
            s ->
                s.rectify(
                    SubjectKey.of(DOC, null),
                    new PersonalDataService.Correction(
                        null, null, null, "maria.nueva@example.com", null, null),
                    "Solicitud del titular, reclamo " + reclamo,
                    "oficial.datos"));
    assertEquals(2, changed);
    // one per case: the value before compares without case (María wrote it both ways)
    assertEquals(
        2,
        count(
            "SELECT COUNT(*) FROM privacy_rectification WHERE field = 'correo' AND value_before ="
                + " 'maria.rojas@example.com' AND value_after = 'maria.nueva@example.com'"));
    assertEquals(
        2, count("SELECT COUNT(*) FROM case_history WHERE event = 'PERSONAL_DATA_RECTIFIED'"));
    assertEquals(
        2,
        count("SELECT COUNT(*) FROM pqrs_case WHERE petitioner_email = 'maria.nueva@example.com'"));
  }

  @Test
  void anOpenInvestigationALegalHoldAndTheRetentionPeriodBlockTheAnonymisation() {
    JpaTestSupport.execute(
        "INSERT INTO investigation (id, case_id, radicado, modality, reason, status, opened_by,"
            + " opened_at) SELECT 900, id, radicado, 'HURTO', 'prueba', 'ABIERTA', 'sig', NOW()"
            + " FROM pqrs_case WHERE radicado = '"
            + queja
            + "'");
    PrivacyRuleViolation investigated =
        assertThrows(
            PrivacyRuleViolation.class,
            () -> service(s -> s.anonymise(SubjectKey.of(DOC, null), "reclamo", Set.of(), "o")));
    assertEquals(PrivacyRuleViolation.Kind.BLOCKED, investigated.kind());
    assertTrue(investigated.getMessage().contains(queja), investigated.getMessage());
    assertTrue(investigated.getMessage().contains("investigación"), investigated.getMessage());
    JpaTestSupport.execute("UPDATE investigation SET status = 'CERRADA' WHERE id = 900");

    service(
        s -> {
          s.placeHold(queja, "Demanda laboral en curso", LocalDate.of(2027, 3, 31), "o");
          return null;
        });
    PrivacyRuleViolation held =
        assertThrows(
            PrivacyRuleViolation.class,
            () -> service(s -> s.anonymise(SubjectKey.of(DOC, null), "reclamo", Set.of(), "o")));
    assertEquals(LocalDate.of(2027, 3, 31), held.blocks().get(0).until());
    service(s -> s.releaseHolds(queja, "o"));

    JpaTestSupport.execute(
        "UPDATE pqrs_case SET state = 'CERRADO', closed_at = '2024-06-30 10:00:00' WHERE"
            + " radicado = '"
            + queja
            + "'");
    PrivacyRuleViolation retained =
        assertThrows(
            PrivacyRuleViolation.class,
            () -> service(s -> s.anonymise(SubjectKey.of(DOC, null), "reclamo", Set.of(), "o")));
    assertEquals(LocalDate.of(2029, 6, 30), retained.blocks().get(0).until());
    assertTrue(retained.getMessage().contains("30/06/2029"), retained.getMessage());
    assertEquals(
        NAME,
        read(em -> new JpaCaseRepository(em).findByRadicado(queja).orElseThrow())
            .petitioner()
            .names());
  }

  @Test
  void anonymisationRemovesThePersonKeepsTheStatisticsAndTwiceChangesNothing() {
    String statsBefore = stats();
    PersonalDataService.Anonymisation done =
        service(
            s ->
                s.anonymise(
                    SubjectKey.of(null, EMAIL),
                    "Reclamo " + reclamo + ": supresión pedida por el titular",
                    Set.of(),
                    "oficial.datos"));
    assertFalse(done.alreadyDone());
    assertEquals(2, done.cases());
    assertEquals(1, done.attachments());
    assertEquals(statsBefore, stats());
    PqrsCase after = read(em -> new JpaCaseRepository(em).findByRadicado(queja).orElseThrow());
    assertEquals(PersonalDataService.ANONYMISED_NAMES, after.petitioner().names());
    assertNull(after.petitioner().documentNumber());
    assertNull(after.petitioner().email());
    assertNull(after.petitioner().phone());
    assertFalse(after.description().contains("Rojas"), after.description());
    assertFalse(after.description().contains("3001234567"), after.description());
    assertEquals("Guarda ausente en portería", after.subject());
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM content_chunk k JOIN case_attachment a ON a.content_id ="
                + " k.content_id WHERE k.data LIKE '%María%'"));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM pqrs_case WHERE petitioner_names LIKE '%Rojas%' OR description"
                + " LIKE '%Rojas%' OR petitioner_email IS NOT NULL"));

    String historyBefore = String.valueOf(count("SELECT COUNT(*) FROM case_history"));
    PersonalDataService.Anonymisation again =
        service(
            s -> s.anonymise(SubjectKey.of(null, EMAIL), "otra vez", Set.of(), "oficial.datos"));
    assertTrue(again.alreadyDone());
    assertEquals(0, again.cases());
    assertEquals(historyBefore, String.valueOf(count("SELECT COUNT(*) FROM case_history")));
    assertEquals(statsBefore, stats());

    PrivacyRuleViolation unknown =
        assertThrows(
            PrivacyRuleViolation.class,
            () -> service(s -> s.anonymise(SubjectKey.of("1", null), "x", Set.of(), "o")));
    assertEquals(PrivacyRuleViolation.Kind.UNKNOWN, unknown.kind());
    assertTrue(unknown.getMessage().startsWith("No tenemos datos"), unknown.getMessage());
  }

  @Test
  void markedFreeTextIsSuppressedWhole() {
    service(
        s ->
            s.anonymise(
                SubjectKey.of(DOC, null),
                "reclamo",
                Set.of(FreeText.DESCRIPCION),
                "oficial.datos"));
    PqrsCase after = read(em -> new JpaCaseRepository(em).findByRadicado(reclamo).orElseThrow());
    assertEquals(Scrubber.SUPPRESSED_TEXT, after.description());
    assertArrayEquals(
        new Object[] {"Supresión de mis datos de contacto"}, new Object[] {after.subject()});
  }

  @Test
  void theRetentionRunListsExpiredCasesOnceAndAnonymisesThemOnlyWhenApproved() {
    JpaTestSupport.execute(
        "INSERT INTO staff_user (id, user_name, full_name, email, created_at, created_by) VALUES"
            + " (9101, 'oficial.datos', 'Oficial', 'oficial@example.com', NOW(), 'test'),"
            + " (9102, 'directora.sig', 'SIG', 'sig@example.com', NOW(), 'test')",
        "INSERT INTO staff_user_role (user_id, role) VALUES (9101, 'DATOS'), (9102, 'SIG')");
    JpaTestSupport.execute(
        "UPDATE pqrs_case SET state = 'CERRADO', closed_at = '2020-06-30 10:00:00' WHERE"
            + " radicado = '"
            + queja
            + "'");
    RetentionService.Run run =
        inTransaction(em -> retention(em).propose(NOW.toLocalDate(), "sistema")).orElseThrow();
    assertEquals("2026-11", run.period());
    assertEquals(1, run.cases());
    assertTrue(inTransaction(em -> retention(em).propose(NOW.toLocalDate(), "sistema")).isEmpty());
    assertEquals(
        NAME,
        read(em -> new JpaCaseRepository(em).findByRadicado(queja).orElseThrow())
            .petitioner()
            .names());
    // the officer (role datos, with an address) was told through the outbox; other roles not
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM outbox_message WHERE recipient = 'oficial@example.com' AND"
                + " subject LIKE 'Revisión de conservación 2026-11: 1 casos%'"));
    assertEquals(
        0, count("SELECT COUNT(*) FROM outbox_message WHERE recipient = 'sig@example.com'"));
    RetentionService.Run approved =
        inTransaction(em -> retention(em).approve("2026-11", "oficial.datos"));
    assertEquals(1, approved.anonymised());
    assertEquals("Anonimizado", read(em -> retention(em).items("2026-11")).get(0).outcome());
    // approved once: the second time is refused with who and when, and changes nothing
    PrivacyRuleViolation twice =
        assertThrows(
            PrivacyRuleViolation.class,
            () -> inTransaction(em -> retention(em).approve("2026-11", "otra.persona")));
    assertEquals(PrivacyRuleViolation.Kind.BLOCKED, twice.kind());
    assertTrue(
        twice.getMessage().contains("ya fue aprobada por oficial.datos"), twice.getMessage());
    assertEquals("oficial.datos", read(em -> retention(em).runs()).get(0).approvedBy());
    PqrsCase after = read(em -> new JpaCaseRepository(em).findByRadicado(queja).orElseThrow());
    assertEquals(PersonalDataService.ANONYMISED_NAMES, after.petitioner().names());
    PqrsCase untouched =
        read(em -> new JpaCaseRepository(em).findByRadicado(reclamo).orElseThrow());
    assertEquals(NAME, untouched.petitioner().names());
  }

  private static RetentionService retention(EntityManager em) {
    RetentionService r = new RetentionService();
    r.em = em;
    r.clock = CLOCK;
    r.roles = RoleCheck.system();
    r.retention = RetentionPolicy.fixed(5);
    r.data = service(em);
    r.outbox = new JpaOutbox(em);
    return r;
  }

  private static ConsentService consents(EntityManager em) {
    ConsentService c = new ConsentService();
    c.em = em;
    c.clock = CLOCK;
    c.roles = RoleCheck.system();
    return c;
  }

  @Test
  void policyVersionsArePublishedOnceAndEachConsentKeepsVersionHashChannelAndOrigin() {
    String text = "Sus datos se usan para tramitar su solicitud (Ley 1581 de 2012). Versión ñ.";
    ConsentService.PolicyVersion v =
        inTransaction(em -> consents(em).publish(" 2026-07 ", text, "admin"));
    assertEquals("2026-07", v.version());
    assertEquals(
        java.util.HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8))),
        v.sha256());
    // the paper form's text is published by name and never becomes the current version
    inTransaction(
        em -> consents(em).publish(ConsentService.PAPER_FORM_VERSION, "Texto impreso", "admin"));
    assertEquals("2026-07", read(em -> consents(em).current()).orElseThrow().version());
    assertEquals(2, read(em -> consents(em).versions()).size());
    // bad input: a clear Spanish reason, nothing stored
    for (String[] bad :
        new String[][] {
          {"2026-07", "otro texto"}, {"versión con espacios", "x"}, {"2026-08", " "}
        }) {
      PrivacyRuleViolation e =
          assertThrows(
              PrivacyRuleViolation.class,
              () -> inTransaction(em -> consents(em).publish(bad[0], bad[1], "admin")));
      assertEquals(PrivacyRuleViolation.Kind.INVALID, e.kind());
      assertTrue(e.getMessage().startsWith("La versión") || e.getMessage().startsWith("Escriba"));
    }
    assertEquals(2, count("SELECT COUNT(*) FROM privacy_policy_version"));

    // a consent through the form: version, hash, channel, origin; a verbal one without the hash
    // gets it from the published version; a CSV one from the paper form's
    Consent web = read(em -> consents(em).consent("formulario", "IP 10.0.0.7"));
    String byWeb = fileWithConsent("consent-web", web);
    String byPhone =
        fileWithConsent(
            "consent-verbal",
            new Consent("verbal:2026-07", NOW).from("verbal", "usuario recepcion.priv"));
    String byCsv =
        fileWithConsent(
            "consent-csv",
            new Consent(ConsentService.PAPER_FORM_VERSION, NOW)
                .from("csv", "importación 4, formulario 77"));
    assertEquals("2026-07|" + v.sha256() + "|formulario|IP 10.0.0.7", consentOf(byWeb));
    assertEquals(
        "verbal:2026-07|" + v.sha256() + "|verbal|usuario recepcion.priv", consentOf(byPhone));
    assertEquals(
        ConsentService.PAPER_FORM_VERSION
            + "|"
            + ConsentService.sha256("Texto impreso")
            + "|csv|importación 4, formulario 77",
        consentOf(byCsv));
    // the officer's file shows it; anonymising the person drops the origin, keeps the evidence
    DataSubjectFile file = service(s -> s.find(SubjectKey.of("71717171", null), "oficial.datos"));
    assertEquals(3, file.cases().size());
    assertEquals(v.sha256(), file.cases().get(0).consentPolicySha256());
    service(
        s ->
            s.anonymise(
                SubjectKey.of("71717171", null), "Supresión pedida", Set.of(), "oficial.datos"));
    assertEquals("2026-07|" + v.sha256() + "|formulario|null", consentOf(byWeb));
  }

  private String fileWithConsent(String key, Consent consent) {
    return inTransaction(
            em ->
                StandaloneIntake.on(em, CLOCK, null)
                    .register(
                        Submission.builder(Channel.WEB)
                            .type(PqrsType.PETICION)
                            .names("Julián Consentido")
                            .document("CC", "71717171")
                            .email("julian@example.com")
                            .subject("Certificado")
                            .description("Necesito un certificado de servicio.")
                            .sourceKey(key)
                            .consent(consent)
                            .actor("web")
                            .build()))
        .radicado();
  }

  private static String consentOf(String radicado) {
    return read(
        em ->
            em.createNativeQuery(
                    "SELECT CONCAT_WS('|', r.consent_policy_version, r.consent_policy_sha256,"
                        + " r.consent_channel, IFNULL(r.consent_origin, 'null')) FROM"
                        + " intake_record r JOIN pqrs_case c ON c.id = r.case_id WHERE"
                        + " c.radicado = ?")
                .setParameter(1, radicado)
                .getSingleResult()
                .toString());
  }

  private static boolean revoked(String email, String document) {
    Boolean answer = read(em -> consents(em).revoked(email, document));
    return answer;
  }

  private static java.security.MessageDigest sha256() {
    try {
      return java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRevocationIsKeptByHashOnlyAndAnsweredForByDocumentOrEmail() {
    assertFalse(revoked(EMAIL, DOC));
    PrivacyRuleViolation noReason =
        assertThrows(
            PrivacyRuleViolation.class,
            () ->
                inTransaction(
                    em ->
                        consents(em)
                            .revoke(SubjectKey.of(DOC, null), " ", reclamo, "oficial.datos")));
    assertEquals(PrivacyRuleViolation.Kind.INVALID, noReason.kind());
    inTransaction(
        em ->
            consents(em)
                .revoke(
                    SubjectKey.of("52.123.456", EMAIL),
                    "Reclamo de revocación decidido",
                    reclamo,
                    "oficial.datos"));
    assertTrue(revoked(null, "52-123-456"));
    assertTrue(revoked("MARIA.ROJAS@example.com", null));
    assertFalse(revoked("otra@example.com", "999"));
    assertFalse(revoked(null, null));
    // neither the document nor the email is stored, only their SHA-256
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM privacy_consent_revocation WHERE CONCAT_WS('|', doc_hash,"
                + " email_hash, reason) LIKE '%52123456%' OR CONCAT_WS('|', doc_hash, email_hash,"
                + " reason) LIKE '%maria%'"));
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM privacy_consent_revocation WHERE doc_hash = '"
                + ConsentService.sha256("doc:52123456")
                + "'"));
    java.util.List<ConsentService.Revocation> listed =
        read(em -> consents(em).revocations(SubjectKey.of(null, EMAIL)));
    assertEquals(1, listed.size());
    assertEquals(reclamo, listed.get(0).reclamo());
  }

  /** What the indicators read of the cases: type, channel, agency, dates, state. */
  private static String stats() {
    return read(
        em ->
            em.createNativeQuery(
                    "SELECT GROUP_CONCAT(CONCAT_WS('|', type, channel, agency, received_at,"
                        + " due_date, state, closed_at, term_days) ORDER BY id) FROM pqrs_case")
                .getSingleResult()
                .toString());
  }
}
