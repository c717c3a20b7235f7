package co.ventanilla.cases.lifecycle;

import static co.ventanilla.cases.lifecycle.Cases.CALENDAR;
import static co.ventanilla.cases.lifecycle.Cases.RECEIVED;
import static co.ventanilla.cases.lifecycle.Cases.RESPONSIBLE;
import static co.ventanilla.cases.lifecycle.Cases.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseEvent;
import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.terms.CaseTerm;
import co.ventanilla.terms.TermRuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The term kept on the case: ampliación (art. 14 parágrafo), request to complete, prórroga and
 * desistimiento (art. 17). The arithmetic is {@link CaseTerm}'s; these tests check that the case
 * records the events, rebuilds the same term and keeps its due date and flag in step. Dates: a case
 * received Tuesday 2026-03-17 with 15 business days is due Friday 2026-04-10 (San José on 03-23 and
 * Holy Thursday and Friday on 04-02 and 04-03 are holidays).
 */
class PqrsCaseTermTest {

  private static final LocalDate DUE = LocalDate.of(2026, 4, 10);

  @Test
  void theTermStartsWithTheCase() {
    PqrsCase c = Cases.queja();

    assertEquals(DUE, c.dueDate());
    assertEquals(15, c.termDays());
    assertEquals(DUE, c.term(CALENDAR).orElseThrow().dueDate());
  }

  @Test
  void anExtensionBeforeExpiryMovesTheDueDate() {
    // given
    PqrsCase c = Cases.assigned();
    LocalDate newDue = LocalDate.of(2026, 4, 24);

    // when
    CaseTerm.Extension extension =
        c.extend(RESPONSIBLE, day(4, 8), newDue, "Esperamos el informe del supervisor.", CALENDAR);

    // then
    assertEquals(newDue, c.dueDate());
    assertEquals(DUE, extension.previousDue());
    assertEquals(10, extension.businessDays());
    assertEquals(CaseState.ASIGNADO, c.state());
    assertEquals(CaseEvent.TERM_EXTENDED, c.history().get(c.history().size() - 1).event());
    assertEquals(
        "Término ampliado del 10/04/2026 al 24/04/2026. Esperamos el informe del supervisor.",
        c.history().get(c.history().size() - 1).note());
    // and the stored events rebuild the same term
    CaseTerm rebuilt = c.term(CALENDAR).orElseThrow();
    assertEquals(newDue, rebuilt.dueDate());
    assertEquals(10, rebuilt.extensionDays());
  }

  @Test
  void anExtensionOnTheLastDayIsStillInTime() {
    PqrsCase c = Cases.assigned();

    c.extend(RESPONSIBLE, DUE.atTime(17, 0), LocalDate.of(2026, 4, 20), "Motivo.", CALENDAR);

    assertEquals(LocalDate.of(2026, 4, 20), c.dueDate());
  }

  @Test
  void anExtensionAfterExpiryIsRefusedWithTheLawsMessage() {
    // given
    PqrsCase c = Cases.assigned();

    // when
    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> c.extend(RESPONSIBLE, day(4, 13), LocalDate.of(2026, 4, 24), "Tarde.", CALENDAR));

    // then
    assertEquals(
        "El término venció el 10/04/2026: la ampliación debe informarse antes del vencimiento"
            + " (Ley 1755 de 2015, art. 14, parágrafo).",
        e.getMessage());
    assertTrue(e.getCause() instanceof TermRuleViolation);
    assertEquals(DUE, c.dueDate());
    assertTrue(c.termEvents().isEmpty());
  }

  @Test
  void anExtensionBeyondTwiceTheTermIsRefused() {
    // 15 more business days from 04-10 end on 2026-05-04 (1 May is a holiday)
    PqrsCase c = Cases.assigned();

    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> c.extend(RESPONSIBLE, day(4, 8), LocalDate.of(2026, 5, 5), "Motivo.", CALENDAR));

    assertTrue(e.getMessage().contains("la fecha máxima es el 04/05/2026"), e.getMessage());
  }

  @Test
  void aRequestForInformationSuspendsTheTermAndFlagsTheCase() {
    // given
    PqrsCase c = Cases.assigned();

    // when
    LocalDate deadline =
        c.requestInformation(
            RESPONSIBLE, day(3, 24), "Indique la fecha y hora del hecho.", CALENDAR);

    // then
    assertTrue(c.awaitingInformation());
    assertEquals(CaseState.ASIGNADO, c.state());
    assertEquals(LocalDate.of(2026, 4, 24), deadline);
    assertEquals(DUE, c.dueDate(), "keeps the last known due date while suspended");
    assertTrue(c.term(CALENDAR).orElseThrow().isSuspended());
    assertEquals(CaseEvent.INFORMATION_REQUESTED, c.history().get(c.history().size() - 1).event());
  }

  @Test
  void theInformationReceivedResumesTheTermWithTheDaysLeft() {
    // given: the worked example of CaseTerm — 12 days left when asked on 03-24
    PqrsCase c = Cases.assigned();
    c.requestInformation(RESPONSIBLE, day(3, 24), "Indique la fecha.", CALENDAR);

    // when
    LocalDate due = c.informationReceived(RESPONSIBLE, day(4, 13), "Llegó por correo.", CALENDAR);

    // then
    assertEquals(LocalDate.of(2026, 4, 29), due);
    assertEquals(due, c.dueDate());
    assertFalse(c.awaitingInformation());
    assertEquals(due, c.term(CALENDAR).orElseThrow().dueDate());
  }

  @Test
  void noAnswerIsDraftedWhileWaitingForThePetitioner() {
    PqrsCase c = Cases.assigned();
    c.requestInformation(RESPONSIBLE, day(3, 24), "Indique la fecha.", CALENDAR);

    CaseRuleViolation e =
        assertThrows(CaseRuleViolation.class, () -> c.draftAnswer(RESPONSIBLE, day(3, 25), "R."));

    assertEquals(
        "El caso espera la información pedida al peticionario el 24/03/2026: registre la"
            + " información recibida antes de proyectar la respuesta.",
        e.getMessage());
  }

  @Test
  void theRequestMustComeWithinTenBusinessDays() {
    PqrsCase c = Cases.assigned();

    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> c.requestInformation(RESPONSIBLE, day(4, 6), "Tarde.", CALENDAR));

    assertTrue(e.getMessage().contains("hasta el 01/04/2026"), e.getMessage());
    assertFalse(c.awaitingInformation());
  }

  @Test
  void desistimientoOnlyAfterTheInformationPeriodRanOut() {
    // given: asked on 03-24, the petitioner has until Friday 04-24
    PqrsCase c = Cases.assigned();
    c.requestInformation(RESPONSIBLE, day(3, 24), "Indique la fecha.", CALENDAR);

    // then: not on the last day
    CaseRuleViolation early =
        assertThrows(CaseRuleViolation.class, () -> c.desist(RESPONSIBLE, day(4, 24), CALENDAR));
    assertEquals(
        "El peticionario aún puede completar la petición hasta el 24/04/2026: el desistimiento"
            + " tácito solo procede después (Ley 1755 de 2015, art. 17).",
        early.getMessage());

    // when: the next business day
    c.desist(RESPONSIBLE, day(4, 27), CALENDAR);

    // then
    assertEquals(CaseState.DESISTIDO, c.state());
    assertEquals(CaseEvent.DESISTIMIENTO, c.history().get(c.history().size() - 1).event());
  }

  @Test
  void theProrrogaGivesAnotherMonth() {
    PqrsCase c = Cases.assigned();
    c.requestInformation(RESPONSIBLE, day(3, 24), "Indique la fecha.", CALENDAR);

    LocalDate deadline = c.extendInformationPeriod(RESPONSIBLE, day(4, 20), CALENDAR);

    assertEquals(LocalDate.of(2026, 5, 25), deadline);
    assertThrows(CaseRuleViolation.class, () -> c.desist(RESPONSIBLE, day(4, 27), CALENDAR));
  }

  @Test
  void noDesistimientoWithoutARequest() {
    PqrsCase c = Cases.assigned();

    assertEquals(
        "El caso no está a la espera de información del peticionario.",
        assertThrows(CaseRuleViolation.class, () -> c.desist(RESPONSIBLE, day(6, 1), CALENDAR))
            .getMessage());
  }

  @Test
  void aCaseFiledWithOnlyADueDateGetsItsTermBack() {
    // given: filed as IntakeService does, with a due date and no term length
    PqrsCase c = Cases.filed(RECEIVED, "cliente@example.co");
    c.setDueDate(DUE);

    // when
    c.extend("sig", day(4, 8), LocalDate.of(2026, 4, 24), "Motivo.", CALENDAR);

    // then
    assertEquals(15, c.termDays());
    assertEquals(LocalDate.of(2026, 4, 24), c.dueDate());
  }

  @Test
  void aCaseWithoutTermCannotBeExtended() {
    PqrsCase c = Cases.filed(RECEIVED, "cliente@example.co");

    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> c.extend("sig", day(4, 8), LocalDate.of(2026, 4, 24), "Motivo.", CALENDAR));

    assertEquals("term.none", e.key());
  }

  @Test
  void theTermCannotBeResetAfterItsEvents() {
    PqrsCase c = Cases.assigned();
    c.extend(RESPONSIBLE, day(4, 8), LocalDate.of(2026, 4, 24), "Motivo.", CALENDAR);

    assertEquals(
        "term.already_running",
        assertThrows(CaseRuleViolation.class, () -> c.startTerm(10, CALENDAR)).key());
  }
}
