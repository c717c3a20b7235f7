package co.ventanilla.cases.lifecycle;

import static co.ventanilla.cases.lifecycle.Cases.CALENDAR;
import static co.ventanilla.cases.lifecycle.Cases.LEADER;
import static co.ventanilla.cases.lifecycle.Cases.RECEIVED;
import static co.ventanilla.cases.lifecycle.Cases.RECEPTION;
import static co.ventanilla.cases.lifecycle.Cases.RESPONSIBLE;
import static co.ventanilla.cases.lifecycle.Cases.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseEvent;
import co.ventanilla.cases.CaseHistoryEntry;
import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.StaffMember;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case's states and history: assignment, the main line, the exits, links. */
class PqrsCaseLifecycleTest {

  private static List<String> steps(PqrsCase c) {
    return c.history().stream()
        .map(h -> h.event() + ":" + h.fromState() + "→" + h.toState())
        .toList();
  }

  private static CaseHistoryEntry last(PqrsCase c) {
    return c.history().get(c.history().size() - 1);
  }

  @Test
  void aFiledCaseHasOneHistoryEntry() {
    PqrsCase c = Cases.queja();

    assertEquals(CaseState.RADICADO, c.state());
    assertEquals(List.of("FILED:null→RADICADO"), steps(c));
    assertEquals("Radicado " + c.radicado(), c.history().get(0).note());
    assertEquals(1, c.escalationLevel());
  }

  @Test
  void assigningARadicadoCaseMakesItAsignadoAndRecordsWhoAndWhere() {
    // given
    PqrsCase c = Cases.queja();
    LocalDateTime at = RECEIVED.plusHours(2);

    // when
    c.assign(RECEPTION, at, Cases.operations(), RESPONSIBLE, "Le corresponde a seguridad.");

    // then
    assertEquals(CaseState.ASIGNADO, c.state());
    assertEquals("Operaciones", c.area().name());
    assertEquals(RESPONSIBLE, c.responsible());
    CaseHistoryEntry entry = last(c);
    assertEquals(CaseEvent.ASSIGNED, entry.event());
    assertEquals(RECEPTION, entry.actor());
    assertEquals(at, entry.occurredAt());
    assertEquals(CaseState.RADICADO, entry.fromState());
    assertEquals(CaseState.ASIGNADO, entry.toState());
    assertEquals(
        "Asignado a ana.rojas (proceso Operaciones). Le corresponde a seguridad.", entry.note());
  }

  @Test
  void reassigningDuringTheTramiteKeepsTheStateAndIsRecorded() {
    // given
    PqrsCase c = Cases.assigned();
    c.startProcessing(RESPONSIBLE, day(3, 18), null);
    Area humanResources = new Area("Talento Humano", "lucia.gomez", null);

    // when
    c.assign("directora.sig", day(3, 19), humanResources, "pedro.diaz", null);

    // then
    assertEquals(CaseState.EN_TRAMITE, c.state());
    assertEquals("pedro.diaz", c.responsible());
    assertEquals(CaseEvent.ASSIGNED, last(c).event());
    assertFalse(last(c).changedState());
  }

  @Test
  void noReassignmentOnceAnAnswerIsDrafted() {
    PqrsCase c = Cases.assigned();
    c.draftAnswer(RESPONSIBLE, day(3, 18), "Respuesta.");

    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> c.assign(RECEPTION, day(3, 19), Cases.operations(), "otro", null));

    assertEquals("No se puede asignar un caso en estado Respuesta proyectada.", e.getMessage());
  }

  @Test
  void anInactiveAreaTakesNoCases() {
    PqrsCase c = Cases.queja();
    Area closed = Cases.operations();
    closed.deactivate();

    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> c.assign(RECEPTION, day(3, 18), closed, RESPONSIBLE, null));

    assertEquals(
        "El proceso Operaciones está inactivo: no se le pueden asignar casos.", e.getMessage());
    assertEquals(CaseState.RADICADO, c.state());
  }

  @Test
  void everyTransitionOfAFullLifeAppendsOneEntryInOrder() {
    // given
    PqrsCase c = Cases.assigned();
    StaffMember leader = StaffMember.user(LEADER);

    // when
    c.startProcessing(RESPONSIBLE, day(3, 18), null);
    c.openInvestigation(RESPONSIBLE, day(3, 19), "Inspección en el puesto.");
    c.draftAnswer(RESPONSIBLE, day(3, 24), "Primera versión.");
    c.returnAnswer(leader, day(3, 25), "Falta el resultado de la inspección.");
    c.draftAnswer(RESPONSIBLE, day(3, 26), "Segunda versión.");
    c.approveAnswer(leader, day(3, 27), null);
    c.sendAnswer(RESPONSIBLE, day(3, 30));
    c.recordPetitionerResponse("directora.sig", day(4, 6), true, null);
    c.close("directora.sig", day(4, 7), null);

    // then
    assertEquals(
        List.of(
            "FILED:null→RADICADO",
            "ASSIGNED:RADICADO→ASIGNADO",
            "PROCESSING_STARTED:ASIGNADO→EN_TRAMITE",
            "INVESTIGATION_OPENED:EN_TRAMITE→EN_INVESTIGACION",
            "ANSWER_DRAFTED:EN_INVESTIGACION→RESPUESTA_PROYECTADA",
            "ANSWER_RETURNED:RESPUESTA_PROYECTADA→EN_TRAMITE",
            "ANSWER_DRAFTED:EN_TRAMITE→RESPUESTA_PROYECTADA",
            "ANSWER_APPROVED:RESPUESTA_PROYECTADA→RESPUESTA_APROBADA",
            "ANSWER_SENT:RESPUESTA_APROBADA→RESPONDIDO",
            "PETITIONER_RESPONSE:RESPONDIDO→RESPONDIDO",
            "CLOSED:RESPONDIDO→CERRADO"),
        steps(c));
    assertEquals(LEADER, c.history().get(5).actor());
    assertEquals(day(4, 7), c.closedAt());
    assertEquals(day(3, 30), c.answeredAt());
    assertTrue(c.history().stream().allMatch(h -> h.note() != null && h.actor() != null));
  }

  @Test
  void theHistoryCannotBeChangedFromOutside() {
    PqrsCase c = Cases.queja();

    assertThrows(UnsupportedOperationException.class, () -> c.history().clear());
    assertThrows(UnsupportedOperationException.class, () -> c.answers().clear());
    assertThrows(UnsupportedOperationException.class, () -> c.links().clear());
  }

  @Test
  void anIllegalMoveChangesNothing() {
    PqrsCase c = Cases.queja();

    IllegalTransitionException e =
        assertThrows(IllegalTransitionException.class, () -> c.close(RECEPTION, day(3, 18), null));

    assertEquals("No se puede pasar de Radicado a Cerrado.", e.getMessage());
    assertEquals(CaseState.RADICADO, c.state());
    assertEquals(1, c.history().size());
  }

  @Test
  void classificationSetsLevelFlagAndTheStricterTerm() {
    // given: a queja with 15 days; level 3 (queja mayor) has 8 in seed 002
    PqrsCase c = Cases.queja();

    // when
    c.classify(RECEPTION, RECEIVED.plusMinutes(30), 3, true, 8, CALENDAR);

    // then: 8 business days after 2026-03-17, skipping the weekends and San José (03-23)
    assertEquals(3, c.severityLevel());
    assertTrue(c.immediateAttention());
    assertEquals(8, c.termDays());
    assertEquals(LocalDate.of(2026, 3, 30), c.dueDate());
    assertEquals(CaseEvent.CLASSIFIED, last(c).event());
    assertEquals(
        "Nivel de severidad 3; atención inmediata: sí; término: 30/03/2026.", last(c).note());
  }

  @Test
  void severityGoesFrom1To4() {
    PqrsCase c = Cases.queja();

    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> c.classify(RECEPTION, RECEIVED, 5, false, null, CALENDAR));

    assertEquals("El nivel de severidad debe estar entre 1 y 4; se recibió 5.", e.getMessage());
  }

  // --- Exits -----------------------------------------------------------------------------------

  @Test
  void improcedenteClosesAtOnceAndKeepsEveryRecord() {
    // given
    PqrsCase c = Cases.queja();

    // when
    c.markImprocedente(RECEPTION, day(3, 18), "Insultos al personal, sin petición alguna.");

    // then
    assertEquals(CaseState.IMPROCEDENTE, c.state());
    assertEquals(day(3, 18), c.closedAt());
    assertEquals(2, c.history().size());
    assertEquals(
        "Clasificado como improcedente y cerrado sin trámite; se conservan todos los registros."
            + " Insultos al personal, sin petición alguna.",
        last(c).note());
    assertEquals(
        "La portería del conjunto estuvo sola más de una hora el sábado.", c.description());
  }

  @Test
  void improcedenteNeedsAReasonAndComesBeforeTheTramite() {
    PqrsCase fresh = Cases.queja();
    assertEquals(
        "Indique el motivo.",
        assertThrows(
                CaseRuleViolation.class, () -> fresh.markImprocedente(RECEPTION, day(3, 18), " "))
            .getMessage());

    PqrsCase working = Cases.assigned();
    working.startProcessing(RESPONSIBLE, day(3, 18), null);
    assertEquals(
        "No se puede pasar de En trámite a Improcedente.",
        assertThrows(
                IllegalTransitionException.class,
                () -> working.markImprocedente(RESPONSIBLE, day(3, 19), "Irrespetuosa"))
            .getMessage());
  }

  @Test
  void trasladoWithinFiveBusinessDaysRecordsTheCompetentAuthority() {
    // given: received Tuesday 2026-03-17; five business days end on 2026-03-25 (03-23 is a holiday)
    PqrsCase c = Cases.assigned();

    // when
    c.transfer(
        RESPONSIBLE,
        day(3, 25),
        "Superintendencia de Vigilancia y Seguridad Privada",
        null,
        CALENDAR);

    // then
    assertEquals(CaseState.TRASLADADO, c.state());
    assertEquals("Superintendencia de Vigilancia y Seguridad Privada", c.trasladoAuthority());
    assertEquals(
        "Trasladado por competencia a Superintendencia de Vigilancia y Seguridad Privada.",
        last(c).note());
    assertEquals(day(3, 25), c.closedAt());
  }

  @Test
  void trasladoAfterTheFifthBusinessDayIsRefused() {
    PqrsCase c = Cases.assigned();

    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> c.transfer(RESPONSIBLE, day(3, 26), "Policía Nacional", null, CALENDAR));

    assertTrue(
        e.getMessage()
            .startsWith("El traslado por competencia debía hacerse a más tardar el 25/03/2026"),
        e.getMessage());
    assertTrue(e.getMessage().contains("art. 21"));
    assertEquals(CaseState.ASIGNADO, c.state());
  }

  @Test
  void trasladoNeedsTheAuthority() {
    PqrsCase c = Cases.queja();

    assertEquals(
        "Indique la autoridad competente a la que se traslada la petición.",
        assertThrows(
                CaseRuleViolation.class,
                () -> c.transfer(RECEPTION, day(3, 18), "", null, CALENDAR))
            .getMessage());
  }

  @Test
  void finishedCasesRefuseEveryAction() {
    // given
    PqrsCase c = Cases.queja();
    c.markImprocedente(RECEPTION, day(3, 18), "Irrespetuosa.");
    String frozen =
        "El caso " + c.radicado() + " está Improcedente: un caso terminado no admite cambios.";

    // then
    assertEquals(
        frozen,
        assertThrows(
                CaseRuleViolation.class,
                () -> c.assign(RECEPTION, day(3, 19), Cases.operations(), RESPONSIBLE, null))
            .getMessage());
    assertEquals(
        frozen,
        assertThrows(CaseRuleViolation.class, () -> c.draftAnswer(RESPONSIBLE, day(3, 19), "x"))
            .getMessage());
    assertEquals(
        frozen,
        assertThrows(CaseRuleViolation.class, () -> c.escalate(RECEPTION, day(3, 19), 2, "x"))
            .getMessage());
    assertEquals(
        frozen,
        assertThrows(
                CaseRuleViolation.class,
                () -> c.extend(RECEPTION, day(3, 19), LocalDate.of(2026, 4, 20), "x", CALENDAR))
            .getMessage());
    assertEquals(
        frozen,
        assertThrows(
                CaseRuleViolation.class,
                () -> c.requestInformation(RECEPTION, day(3, 19), "x", CALENDAR))
            .getMessage());
    assertEquals(
        frozen,
        assertThrows(CaseRuleViolation.class, () -> c.close(RECEPTION, day(3, 19), null))
            .getMessage());
    assertEquals(2, c.history().size());
  }

  // --- Links -----------------------------------------------------------------------------------

  @Test
  void linksAreSymmetricWithTheirNote() {
    // given
    PqrsCase first = Cases.queja();
    PqrsCase second = Cases.queja();

    // when
    first.linkTo(second, RECEPTION, day(3, 18), "Mismo puesto, misma semana.");

    // then
    assertTrue(first.isLinkedTo(second.radicado()));
    assertTrue(second.isLinkedTo(first.radicado()));
    assertEquals(second.radicado(), first.links().get(0).linkedRadicado());
    assertEquals(first.radicado(), second.links().get(0).linkedRadicado());
    assertEquals("Mismo puesto, misma semana.", second.links().get(0).note());
    assertEquals(RECEPTION, second.links().get(0).linkedBy());
    assertEquals(CaseEvent.LINKED, last(first).event());
    assertEquals(CaseEvent.LINKED, last(second).event());
    assertEquals(
        "Vinculado con el caso " + first.radicado() + ". Mismo puesto, misma semana.",
        last(second).note());
    assertEquals(CaseState.RADICADO, first.state());
  }

  @Test
  void linkingTwiceOrToItselfIsRefused() {
    PqrsCase first = Cases.queja();
    PqrsCase second = Cases.queja();
    first.linkTo(second, RECEPTION, day(3, 18), null);

    assertEquals(
        "link.exists",
        assertThrows(
                CaseRuleViolation.class, () -> second.linkTo(first, RECEPTION, day(3, 19), null))
            .key());
    assertEquals(
        "Un caso no puede vincularse consigo mismo.",
        assertThrows(
                CaseRuleViolation.class, () -> first.linkTo(first, RECEPTION, day(3, 19), null))
            .getMessage());
    assertEquals(1, first.links().size());
    assertEquals(1, second.links().size());
  }

  @Test
  void aNewCaseCanBeLinkedToAClosedOne() {
    PqrsCase closed = Cases.queja();
    closed.markImprocedente(RECEPTION, day(3, 18), "Irrespetuosa.");
    PqrsCase fresh = Cases.queja();

    fresh.linkTo(closed, RECEPTION, day(3, 19), "Reincide.");

    assertTrue(closed.isLinkedTo(fresh.radicado()));
    assertEquals(CaseState.IMPROCEDENTE, closed.state());
    assertNull(fresh.area());
  }
}
