package co.ventanilla.investigations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules an investigation keeps by itself, without a database. */
class InvestigationTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 9, 0);
  private static long nextId = 1;

  private static Investigation opened() {
    Investigation i =
        Investigation.open(
            7L,
            "PQRS-2026-000007",
            true,
            Modality.HURTO,
            "Hurto en el conjunto",
            "sig",
            CommitteeRole.SIG,
            AT);
    i.addMember("ana.rojas", CommitteeRole.OPERACIONES, false, "sig", AT);
    i.addMember("lina.ortiz", CommitteeRole.GESTION_HUMANA, false, "sig", AT);
    return i;
  }

  /** What the database does on flush: gives new parts their ids. */
  private static <T> T withId(T entity) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, nextId++);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aCaseWithoutLevelFourOrDenunciaOpensOnlyWhenTheModalityAllegesABreach() {
    assertThrows(
        InvestigationRuleViolation.class,
        () ->
            Investigation.open(1L, "R1", false, Modality.OTRO, "x", "sig", CommitteeRole.SIG, AT));
    Investigation i =
        Investigation.open(
            1L, "R1", false, Modality.AGRESION, "golpe", "sig", CommitteeRole.SIG, AT);
    assertEquals(InvestigationStatus.ABIERTA, i.status());
    assertTrue(i.isChair("sig"), "the opener chairs until another is named");
  }

  @Test
  void openingNeedsModalityAndReasonNamedByField() {
    InvestigationRuleViolation noModality =
        assertThrows(
            InvestigationRuleViolation.class,
            () -> Investigation.open(1L, "R1", true, null, "x", "sig", CommitteeRole.SIG, AT));
    assertEquals("modalidad", noModality.field());
    InvestigationRuleViolation noReason =
        assertThrows(
            InvestigationRuleViolation.class,
            () ->
                Investigation.open(
                    1L, "R1", true, Modality.HURTO, " ", "sig", CommitteeRole.SIG, AT));
    assertEquals("motivo", noReason.field());
  }

  @Test
  void theCommitteeHasExactlyOneChair() {
    Investigation i = opened();
    i.makeChair("ana.rojas", "sig", AT);
    assertTrue(i.isChair("ana.rojas"));
    assertFalse(i.isChair("sig"));
    assertEquals(1, i.members().stream().filter(CommitteeMember::chair).count());
    assertThrows(
        InvestigationRuleViolation.class,
        () -> i.addMember("ANA.ROJAS", CommitteeRole.INVITADO, false, "sig", AT));
  }

  @Test
  void netLossIsLossesMinusRecoveriesAndAmountsMustBePositive() {
    Investigation i = opened();
    i.addLoss(false, "Televisor 55 pulgadas", new BigDecimal("2800000"), "ana.rojas", AT);
    i.addLoss(false, "Bicicleta", new BigDecimal("1200000"), "ana.rojas", AT);
    i.addLoss(
        true, "Bicicleta recuperada por la policía", new BigDecimal("1200000"), "ana.rojas", AT);
    assertEquals(new BigDecimal("4000000"), i.totalLost());
    assertEquals(new BigDecimal("2800000"), i.netLoss());
    InvestigationRuleViolation e =
        assertThrows(
            InvestigationRuleViolation.class,
            () -> i.addLoss(false, "Nada", BigDecimal.ZERO, "ana.rojas", AT));
    assertEquals("valor", e.field());
  }

  @Test
  void aProtectedPartyIsSeenOnlyByTheChairSigAndWhomItWasDisclosedTo() {
    Investigation i = opened();
    withId(i.addParty(PartyKind.TESTIGO, "Pedro Páez", null, null, null, false, "sig", AT));
    Party protectedWitness =
        withId(i.addParty(PartyKind.TESTIGO, "Mario Gil", "CC 1", null, null, true, "sig", AT));
    assertEquals("Testigo 2", protectedWitness.label());
    assertTrue(i.seesIdentity(protectedWitness, "sig", false), "the chair");
    assertTrue(i.seesIdentity(protectedWitness, "someone", true), "the Dirección SIG");
    assertFalse(i.seesIdentity(protectedWitness, "ana.rojas", false));

    assertThrows(
        InvestigationRuleViolation.class,
        () ->
            i.disclose(
                protectedWitness.id(), "ana.rojas", "Necesita citarlo", false, "lina.ortiz", AT));
    assertThrows(
        InvestigationRuleViolation.class,
        () -> i.disclose(protectedWitness.id(), "ana.rojas", " ", true, "sig", AT));
    i.disclose(protectedWitness.id(), "ana.rojas", "Debe tomarle la declaración", true, "sig", AT);
    assertTrue(i.seesIdentity(protectedWitness, "ana.rojas", false));
    assertFalse(i.seesIdentity(protectedWitness, "lina.ortiz", false));
  }

  @Test
  void theFileMasksProtectedPartiesAndTheTimelineNeverNamesThem() {
    Investigation i = withId(opened());
    withId(i.addParty(PartyKind.TESTIGO, "Mario Gil", "CC 1", "300", null, true, "sig", AT));
    InvestigationFile forMember =
        InvestigationFile.of(i, "ana.rojas", false, false, AT.toLocalDate());
    InvestigationFile.PartyView p = forMember.parties().get(0);
    assertTrue(p.masked());
    assertEquals("Testigo 1", p.names());
    assertEquals(null, p.document());
    assertTrue(forMember.timeline().stream().noneMatch(t -> t.text().contains("Mario")));
    InvestigationFile forChair = InvestigationFile.of(i, "sig", false, false, AT.toLocalDate());
    assertEquals("Mario Gil", forChair.parties().get(0).names());
  }

  @Test
  void evidenceIsNumberedAndOnlySupersededWithAReason() {
    Investigation i = opened();
    EvidenceFile file = new EvidenceFile("foto.jpg", "image/jpeg", 10, 3L, "ab".repeat(32));
    Evidence first =
        withId(i.addEvidence(EvidenceKind.FOTO, "Puerta forzada", "guarda", file, "ana.rojas", AT));
    Evidence second =
        withId(
            i.addEvidence(
                EvidenceKind.INSPECCION_OCULAR, "Inspección", null, null, "ana.rojas", AT));
    assertEquals(1, first.number());
    assertEquals(2, second.number());
    assertThrows(
        InvestigationRuleViolation.class,
        () -> i.supersedeEvidence(first.id(), "", "ana.rojas", AT));
    i.supersedeEvidence(first.id(), "Foto borrosa, se tomó otra", "ana.rojas", AT);
    assertTrue(first.superseded());
    assertEquals(2, i.evidence().size(), "nothing is deleted");
    i.transferCustody(first.id(), "Guarda", "Analista de riesgos", "Análisis", "ana.rojas", AT);
    assertEquals(1, first.custody().size());
  }

  @Test
  void anApprovedActaIsFrozenWithItsHashAndACorrectionIsANewVersion() {
    Investigation i = opened();
    ActaContent content =
        new ActaContent(
            LocalDate.of(2026, 11, 21),
            List.of("sig", "ana.rojas"),
            "Revisión de hechos",
            "Se revisó la minuta",
            "Citar al guarda",
            List.of(
                new ActaContent.Task("Citar al guarda", "ana.rojas", LocalDate.of(2026, 11, 25))));
    CommitteeSession s = withId(i.newSession(content, "sig", AT));
    i.approveSession(s.id(), "sig", AT);
    assertEquals(s.contentHash(), s.contentSha256());
    assertEquals(64, s.contentSha256().length());
    InvestigationRuleViolation frozen =
        assertThrows(
            InvestigationRuleViolation.class, () -> i.editSession(s.id(), content, "sig", AT));
    assertEquals("session.frozen", frozen.key());

    CommitteeSession v2 = withId(i.correctSession(s.id(), "Fecha de la tarea errada", "sig", AT));
    assertEquals(2, v2.version());
    assertEquals(CommitteeSession.Status.REEMPLAZADA, s.status());
    assertEquals(
        1,
        i.overdueTasks(LocalDate.of(2026, 11, 30)).size(),
        "the replaced acta's task is not counted");
    i.completeTask(v2.id(), 0, "ana.rojas", AT);
    assertEquals(0, i.overdueTasks(LocalDate.of(2026, 11, 30)).size());
    i.approveSession(v2.id(), "sig", AT);
    assertNotEquals(s.contentSha256(), v2.contentSha256(), "the version is part of the content");
  }

  @Test
  void onlyTheChairClosesWithAMajorityInFavourAndThenNothingChanges() {
    Investigation i = opened();
    Cause cause = new Cause("FALLA_CONTROL_ACCESO", "Falla en el control de acceso");
    assertThrows(InvestigationRuleViolation.class, () -> i.vote("ana.rojas", true, null, AT));
    InvestigationRuleViolation amount =
        assertThrows(
            InvestigationRuleViolation.class,
            () ->
                i.conclude(
                    cause, null, null, null, ClaimDecision.ACEPTADA, null, List.of(), "sig", AT));
    assertEquals("valorReconocido", amount.field());
    i.conclude(
        cause,
        "Guarda",
        "Llamado de atención",
        "Reforzar ronda",
        ClaimDecision.ACEPTADA,
        new BigDecimal("2800000"),
        List.of("Capacitar en control de acceso", " "),
        "sig",
        AT);
    assertEquals(List.of("Capacitar en control de acceso"), i.improvements());
    i.vote("sig", true, null, AT);
    assertThrows(
        InvestigationRuleViolation.class, () -> i.close("sig", AT), "1 of 3 is no majority");
    i.vote("ana.rojas", true, null, AT);
    assertThrows(InvestigationRuleViolation.class, () -> i.close("ana.rojas", AT), "not the chair");
    assertThrows(InvestigationRuleViolation.class, () -> i.vote("gerente", true, null, AT));
    i.close("sig", AT);
    assertTrue(i.isClosed());
    InvestigationRuleViolation closed =
        assertThrows(
            InvestigationRuleViolation.class,
            () -> i.addLoss(false, "Otro", BigDecimal.TEN, "sig", AT));
    assertEquals("closed", closed.key());
  }

  @Test
  void requestedDocumentsCountAsReceivedWhenAllArrive() {
    Investigation i = opened();
    List<DocumentRequest> docs =
        i.requestDocuments(List.of("Denuncia penal", "Facturas", ""), "sig", AT);
    assertEquals(2, docs.size());
    docs.forEach(InvestigationTest::withId);
    i.receiveDocument(docs.get(0).id(), null, "sig", AT);
    assertFalse(i.allDocumentsReceived());
    i.receiveDocument(docs.get(1).id(), null, "sig", AT);
    assertTrue(i.allDocumentsReceived());
    assertThrows(
        InvestigationRuleViolation.class,
        () -> i.receiveDocument(docs.get(1).id(), null, "sig", AT));
  }

  @Test
  void factsCannotBeInTheFuture() {
    Investigation i = opened();
    InvestigationRuleViolation e =
        assertThrows(
            InvestigationRuleViolation.class,
            () ->
                i.recordFacts(
                    new SiniestroFacts(
                        AT.plusDays(1), "Medellín", "Conjunto", "Portería", "x", null, null),
                    null,
                    "sig",
                    AT));
    assertEquals("fecha", e.field());
  }

  @Test
  void everyMessageKeyExistsInBothLanguages() throws Exception {
    java.util.Properties es = new java.util.Properties();
    java.util.Properties en = new java.util.Properties();
    try (var a = getClass().getResourceAsStream("InvestigationMessages.properties");
        var b = getClass().getResourceAsStream("InvestigationMessages_en.properties")) {
      es.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
      en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertEquals(es.keySet(), en.keySet());
  }
}
