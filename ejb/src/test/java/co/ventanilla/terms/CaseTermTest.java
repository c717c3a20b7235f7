package co.ventanilla.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.calendar.ColombianHolidays;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseTermTest {

  private static final BusinessCalendar CALENDAR = new BusinessCalendar(new ColombianHolidays());
  private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 17); // Tuesday

  private final CaseTerm fifteenDays = CaseTerm.start(RECEIVED, 15, CALENDAR);

  @Test
  void dueDateIsTheLastOfTheBusinessDaysAfterReceipt() {
    assertEquals(LocalDate.of(2026, 4, 10), fifteenDays.dueDate());
    assertEquals(LocalDate.of(2026, 4, 1), CaseTerm.start(RECEIVED, 10, CALENDAR).dueDate());
    assertEquals(LocalDate.of(2026, 5, 4), CaseTerm.start(RECEIVED, 30, CALENDAR).dueDate());
  }

  @Test
  void overdueOnlyAfterTheDueDate() {
    assertFalse(fifteenDays.isOverdue(LocalDate.of(2026, 4, 10)));
    assertTrue(fifteenDays.isOverdue(LocalDate.of(2026, 4, 11)));
    assertEquals(2, fifteenDays.businessDaysLeft(LocalDate.of(2026, 4, 8)));
    assertEquals(0, fifteenDays.businessDaysLeft(LocalDate.of(2026, 4, 10)));
    assertEquals(-1, fifteenDays.businessDaysLeft(LocalDate.of(2026, 4, 13)));
  }

  @Test
  void aTermOfLessThanOneDayIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> CaseTerm.start(RECEIVED, 0, CALENDAR));
  }

  @Test
  void trasladoIsDueFiveBusinessDaysAfterReceipt() {
    // 18, 19, 20, (23 San José), 24, 25
    assertEquals(LocalDate.of(2026, 3, 25), fifteenDays.trasladoDeadline());
  }

  // --- Suspension (art. 17) ---

  @Test
  void suspensionStopsTheClockAndResumeRunsTheRemainingDaysAfterCompletion() {
    // given a request to complete on Tuesday 2026-03-24: 18, 19, 20 consumed (23 is a holiday)
    CaseTerm suspended = fifteenDays.suspend(LocalDate.of(2026, 3, 24));

    // then the clock is stopped with 12 days to run
    assertTrue(suspended.isSuspended());
    assertEquals(12, suspended.businessDaysLeft(LocalDate.of(2026, 4, 20)));
    assertFalse(suspended.isOverdue(LocalDate.of(2026, 4, 20)));
    assertThrows(IllegalStateException.class, suspended::dueDate);

    // when the petitioner completes on Monday 2026-04-13
    CaseTerm resumed = suspended.resume(LocalDate.of(2026, 4, 13));

    // then the 12 days run from Tuesday 04-14: due Wednesday 2026-04-29
    assertFalse(resumed.isSuspended());
    assertEquals(LocalDate.of(2026, 4, 29), resumed.dueDate());
    assertEquals(LocalDate.of(2026, 4, 13), resumed.suspensions().get(0).completedOn());
    // and the original term is untouched (immutability)
    assertEquals(LocalDate.of(2026, 4, 10), fifteenDays.dueDate());
  }

  @Test
  void suspendingAndCompletingOnTheDayOfReceiptChangesNothing() {
    CaseTerm term = fifteenDays.suspend(RECEIVED).resume(RECEIVED);

    assertEquals(fifteenDays.dueDate(), term.dueDate());
  }

  @Test
  void aRequestOnTheDueDateLeavesOneDayAfterCompletion() {
    // given a 2-day term (level 1) due Thursday 2026-03-19
    CaseTerm twoDays = CaseTerm.start(RECEIVED, 2, CALENDAR);

    // when asked on the due date and completed on Friday 03-20
    CaseTerm resumed = twoDays.suspend(LocalDate.of(2026, 3, 19)).resume(LocalDate.of(2026, 3, 20));

    // then one day runs: Tuesday 03-24 (Monday 23 is San José)
    assertEquals(LocalDate.of(2026, 3, 24), resumed.dueDate());
  }

  @Test
  void suspensionAfterTheTenDayWindowIsRefused() {
    // the window ends ten business days after radicación: 2026-04-01
    assertEquals(LocalDate.of(2026, 4, 1), fifteenDays.informationRequestDeadline());
    fifteenDays.suspend(LocalDate.of(2026, 4, 1));

    TermRuleViolation violation =
        assertThrows(TermRuleViolation.class, () -> fifteenDays.suspend(LocalDate.of(2026, 4, 6)));
    assertTrue(violation.getMessage().contains("art. 17"), violation.getMessage());
  }

  @Test
  void suspensionAfterTheDueDateIsRefused() {
    CaseTerm twoDays = CaseTerm.start(RECEIVED, 2, CALENDAR); // due 2026-03-19

    assertThrows(TermRuleViolation.class, () -> twoDays.suspend(LocalDate.of(2026, 3, 20)));
  }

  @Test
  void suspensionBeforeReceiptOrTwiceIsRefused() {
    assertThrows(TermRuleViolation.class, () -> fifteenDays.suspend(RECEIVED.minusDays(1)));
    CaseTerm suspended = fifteenDays.suspend(LocalDate.of(2026, 3, 18));
    assertThrows(TermRuleViolation.class, () -> suspended.suspend(LocalDate.of(2026, 3, 19)));
    assertThrows(TermRuleViolation.class, () -> fifteenDays.resume(LocalDate.of(2026, 3, 19)));
    assertThrows(TermRuleViolation.class, () -> suspended.resume(LocalDate.of(2026, 3, 17)));
  }

  // --- Desistimiento tácito (art. 17) ---

  @Test
  void thePetitionerHasOneCalendarMonthToComplete() {
    // given a request on 2026-03-24
    CaseTerm suspended = fifteenDays.suspend(LocalDate.of(2026, 3, 24));

    // then
    assertEquals(LocalDate.of(2026, 4, 24), suspended.desistimientoDeadline());
    assertFalse(suspended.isDesisted(LocalDate.of(2026, 4, 24)));
    assertTrue(suspended.isDesisted(LocalDate.of(2026, 4, 25)));
  }

  @Test
  void completingAfterTheMonthIsRefusedAsDesistimiento() {
    CaseTerm suspended = fifteenDays.suspend(LocalDate.of(2026, 3, 24));

    TermRuleViolation violation =
        assertThrows(TermRuleViolation.class, () -> suspended.resume(LocalDate.of(2026, 4, 27)));
    assertTrue(violation.getMessage().contains("desisti"), violation.getMessage());
  }

  @Test
  void aMonthEndingOnAHolidayEndsOnTheNextBusinessDay() {
    // given received Friday 2026-02-27, request Monday 2026-03-02; 2026-04-02 is Jueves Santo
    CaseTerm suspended =
        CaseTerm.start(LocalDate.of(2026, 2, 27), 15, CALENDAR).suspend(LocalDate.of(2026, 3, 2));

    // then
    assertEquals(LocalDate.of(2026, 4, 6), suspended.desistimientoDeadline());
  }

  @Test
  void theInformationPeriodCanBeExtendedOnceBeforeItEnds() {
    // given
    CaseTerm suspended = fifteenDays.suspend(LocalDate.of(2026, 3, 24));

    // when asked on 2026-04-20
    CaseTerm extended = suspended.extendInformationPeriod(LocalDate.of(2026, 4, 20));

    // then two months from the request: 2026-05-24 is a Sunday, so Monday 05-25
    assertEquals(LocalDate.of(2026, 5, 25), extended.desistimientoDeadline());
    assertFalse(extended.isDesisted(LocalDate.of(2026, 5, 25)));
    assertTrue(extended.isDesisted(LocalDate.of(2026, 5, 26)));
    assertEquals(LocalDate.of(2026, 5, 21), extended.resume(LocalDate.of(2026, 5, 4)).dueDate());
    // only once
    assertThrows(
        TermRuleViolation.class, () -> extended.extendInformationPeriod(LocalDate.of(2026, 5, 4)));
  }

  @Test
  void extendingTheInformationPeriodAfterItEndedIsRefused() {
    CaseTerm suspended = fifteenDays.suspend(LocalDate.of(2026, 3, 24));

    assertThrows(
        TermRuleViolation.class,
        () -> suspended.extendInformationPeriod(LocalDate.of(2026, 4, 27)));
    assertThrows(
        TermRuleViolation.class,
        () -> fifteenDays.extendInformationPeriod(LocalDate.of(2026, 3, 25)));
  }

  @Test
  void aRunningTermHasNoDesistimiento() {
    assertFalse(fifteenDays.isDesisted(LocalDate.of(2027, 1, 1)));
    assertThrows(IllegalStateException.class, fifteenDays::desistimientoDeadline);
  }

  // --- Ampliación (art. 14 parágrafo) ---

  @Test
  void anExtensionBeforeExpiryMovesTheDueDate() {
    // when notified on 2026-04-08, due 2026-04-10
    CaseTerm extended =
        fifteenDays.extend(
            LocalDate.of(2026, 4, 8),
            LocalDate.of(2026, 4, 24),
            "Se requiere visita de inspección al puesto");

    // then
    assertEquals(LocalDate.of(2026, 4, 24), extended.dueDate());
    assertEquals(10, extended.extensionDays());
    assertEquals(1, extended.extensions().size());
    assertEquals(LocalDate.of(2026, 4, 10), extended.extensions().get(0).previousDue());
  }

  @Test
  void anExtensionOnTheDueDateIsStillInTime() {
    CaseTerm extended =
        fifteenDays.extend(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 13), "Motivo");

    assertEquals(LocalDate.of(2026, 4, 13), extended.dueDate());
  }

  @Test
  void anExtensionAfterExpiryIsRefused() {
    TermRuleViolation violation =
        assertThrows(
            TermRuleViolation.class,
            () ->
                fifteenDays.extend(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 24), "Motivo"));
    assertTrue(violation.getMessage().contains("venció"), violation.getMessage());
  }

  @Test
  void anExtensionBeyondTwiceTheOriginalTermIsRefused() {
    // the cap is 30 business days after receipt: 2026-05-04
    assertEquals(LocalDate.of(2026, 5, 4), fifteenDays.maxExtendedDueDate());
    LocalDate notified = LocalDate.of(2026, 4, 8);

    assertEquals(
        LocalDate.of(2026, 5, 4),
        fifteenDays.extend(notified, LocalDate.of(2026, 5, 4), "Motivo").dueDate());
    TermRuleViolation violation =
        assertThrows(
            TermRuleViolation.class,
            () -> fifteenDays.extend(notified, LocalDate.of(2026, 5, 5), "Motivo"));
    assertTrue(violation.getMessage().contains("04/05/2026"), violation.getMessage());
  }

  @Test
  void severalExtensionsAreAllowedWithinTheCap() {
    // given a first extension to 2026-04-24 (10 days)
    CaseTerm once =
        fifteenDays.extend(LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 24), "Motivo 1");

    // when a second reaches the cap exactly (5 more days)
    CaseTerm twice = once.extend(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 4), "Motivo 2");

    // then
    assertEquals(LocalDate.of(2026, 5, 4), twice.dueDate());
    assertEquals(15, twice.extensionDays());
    assertThrows(
        TermRuleViolation.class,
        () -> twice.extend(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5), "Motivo 3"));
  }

  @Test
  void theExtensionCapMovesWithASuspension() {
    // given the suspension example: due 2026-04-29 after the petitioner completed
    CaseTerm resumed =
        fifteenDays.suspend(LocalDate.of(2026, 3, 24)).resume(LocalDate.of(2026, 4, 13));

    // then 15 more business days at most: 2026-05-22 (05-01 and 05-18 are holidays)
    assertEquals(LocalDate.of(2026, 5, 22), resumed.maxExtendedDueDate());
    assertEquals(
        LocalDate.of(2026, 5, 22),
        resumed.extend(LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 22), "Motivo").dueDate());
    assertThrows(
        TermRuleViolation.class,
        () -> resumed.extend(LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 25), "Motivo"));
  }

  @Test
  void anExtensionNeedsAReasonALaterDateAndABusinessDay() {
    LocalDate notified = LocalDate.of(2026, 4, 8);

    assertThrows(
        TermRuleViolation.class,
        () -> fifteenDays.extend(notified, LocalDate.of(2026, 4, 24), " "));
    assertThrows(
        TermRuleViolation.class,
        () -> fifteenDays.extend(notified, LocalDate.of(2026, 4, 24), null));
    assertThrows(
        TermRuleViolation.class,
        () -> fifteenDays.extend(notified, LocalDate.of(2026, 4, 10), "Motivo"));
    assertThrows(
        TermRuleViolation.class,
        () -> fifteenDays.extend(notified, LocalDate.of(2026, 4, 11), "Motivo")); // Saturday
  }

  @Test
  void aSuspendedTermCannotBeExtended() {
    CaseTerm suspended = fifteenDays.suspend(LocalDate.of(2026, 3, 24));

    assertThrows(
        TermRuleViolation.class,
        () -> suspended.extend(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 4, 24), "Motivo"));
  }
}
