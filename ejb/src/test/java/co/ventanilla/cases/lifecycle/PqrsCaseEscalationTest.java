package co.ventanilla.cases.lifecycle;

import static co.ventanilla.cases.lifecycle.Cases.CALENDAR;
import static co.ventanilla.cases.lifecycle.Cases.RESPONSIBLE;
import static co.ventanilla.cases.lifecycle.Cases.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseEvent;
import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.Escalation;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.organization.StaffMember;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Escalation up the ladder of seed 001 §7.2, by hand and by share of the term elapsed. The case is
 * received Tuesday 2026-03-17 with 15 business days, due Friday 2026-04-10: on Monday 04-06 four
 * business days are left (73 %), on Tuesday 04-07 three (80 %), on 04-10 none (100 %).
 */
class PqrsCaseEscalationTest {

  private static Optional<Escalation> timer(PqrsCase c, int month, int day, double share) {
    LocalDate today = LocalDate.of(2026, month, day);
    return c.escalateForElapsedTerm(today, share, "sistema", today.atTime(6, 0), CALENDAR);
  }

  @Test
  void theElapsedShareCountsBusinessDaysOfTheTerm() {
    PqrsCase c = Cases.queja();

    assertEquals(0.0, c.elapsedShareOfTerm(LocalDate.of(2026, 3, 17), CALENDAR).getAsDouble());
    assertEquals(11.0 / 15, c.elapsedShareOfTerm(LocalDate.of(2026, 4, 6), CALENDAR).getAsDouble());
    assertEquals(0.8, c.elapsedShareOfTerm(LocalDate.of(2026, 4, 7), CALENDAR).getAsDouble(), 1e-9);
    assertEquals(1.0, c.elapsedShareOfTerm(LocalDate.of(2026, 4, 10), CALENDAR).getAsDouble());
  }

  @Test
  void aCaseIsEscalatedOneLevelWhenTheShareHasElapsed() {
    // given
    PqrsCase c = Cases.assigned();

    // when
    Optional<Escalation> before = timer(c, 4, 6, 0.8);
    Optional<Escalation> reached = timer(c, 4, 7, 0.8);

    // then
    assertTrue(before.isEmpty());
    Escalation escalation = reached.orElseThrow();
    assertEquals(1, escalation.fromLevel());
    assertEquals(2, escalation.toLevel());
    assertTrue(escalation.automatic());
    assertEquals(2, c.escalationLevel());
    assertEquals(CaseEvent.ESCALATED, c.history().get(c.history().size() - 1).event());
    assertEquals("sistema", c.history().get(c.history().size() - 1).actor());
    assertEquals(
        "Escalado automáticamente del nivel 1 al nivel 2: transcurrió el 80 % del término, que"
            + " vence el 10/04/2026.",
        escalation.reason());
  }

  @Test
  void aCaseIsEscalatedOnlyOncePerShare() {
    PqrsCase c = Cases.assigned();
    timer(c, 4, 7, 0.8);

    assertTrue(timer(c, 4, 8, 0.8).isEmpty());
    assertTrue(timer(c, 4, 9, 0.5).isEmpty(), "a smaller share was covered by the larger one");
    assertEquals(3, timer(c, 4, 10, 1.0).orElseThrow().toLevel());
    assertTrue(timer(c, 4, 13, 1.0).isEmpty());
    assertEquals(3, c.escalationLevel());
  }

  @Test
  void suspendedAnsweredAndTopLevelCasesAreLeftAlone() {
    PqrsCase waiting = Cases.assigned();
    waiting.requestInformation(RESPONSIBLE, day(3, 24), "Indique la fecha.", CALENDAR);
    assertTrue(timer(waiting, 4, 30, 0.8).isEmpty());

    PqrsCase answered = Cases.assigned();
    answered.draftAnswer(RESPONSIBLE, day(3, 18), "Respuesta.");
    answered.approveAnswer(StaffMember.user(Cases.LEADER), day(3, 19), null);
    answered.sendAnswer(RESPONSIBLE, day(3, 20));
    assertTrue(timer(answered, 4, 13, 0.8).isEmpty());

    PqrsCase top = Cases.assigned();
    top.escalate("directora.sig", day(3, 18), 4, "Hurto en el puesto.");
    assertTrue(timer(top, 4, 13, 0.8).isEmpty());
    assertEquals(4, top.escalationLevel());
  }

  @Test
  void anExtensionPushesTheEscalationBack() {
    PqrsCase c = Cases.assigned();
    c.extend(RESPONSIBLE, day(4, 6), LocalDate.of(2026, 4, 24), "Motivo.", CALENDAR);

    // 25 business days now: on 04-07 16 have elapsed (64 %)
    assertTrue(timer(c, 4, 7, 0.8).isEmpty());
  }

  @Test
  void byHandTheCaseGoesUpToTheLevelChosenWithItsReason() {
    PqrsCase c = Cases.assigned();

    Escalation escalation =
        c.escalate("directora.sig", day(3, 18), 3, "El cliente amenaza con cancelar el contrato.");

    assertEquals(1, escalation.fromLevel());
    assertEquals(3, escalation.toLevel());
    assertFalse(escalation.automatic());
    assertEquals(
        "Escalado del nivel 1 al nivel 3. El cliente amenaza con cancelar el contrato.",
        c.history().get(c.history().size() - 1).note());
  }

  @Test
  void byHandOnlyUpwardsAndAtMostToLevel4() {
    PqrsCase c = Cases.assigned();
    c.escalate("directora.sig", day(3, 18), 2, "Motivo.");

    assertEquals(
        "El caso ya está en el nivel 2: solo puede escalarse a un nivel mayor, hasta el 4.",
        assertThrows(CaseRuleViolation.class, () -> c.escalate("sig", day(3, 19), 2, "Otra vez."))
            .getMessage());
    assertThrows(CaseRuleViolation.class, () -> c.escalate("sig", day(3, 19), 5, "Motivo."));
    assertThrows(CaseRuleViolation.class, () -> c.escalate("sig", day(3, 19), 3, " "));
    assertEquals(2, c.escalationLevel());
  }
}
