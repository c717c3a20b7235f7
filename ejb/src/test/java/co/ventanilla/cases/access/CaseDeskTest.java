package co.ventanilla.cases.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.calendar.ColombianHolidays;
import co.ventanilla.terms.CaseTerm;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseDeskTest {

  private static final BusinessCalendar CALENDAR = new BusinessCalendar(new ColombianHolidays());
  private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 17);

  @Test
  void theExtensionLimitIsTwiceTheTermWhileItRuns() {
    CaseTerm term = CaseTerm.start(RECEIVED, 15, CALENDAR);

    assertEquals(
        CaseTerm.start(RECEIVED, 30, CALENDAR).dueDate(),
        CaseDesk.extensionLimit(Optional.of(term)));
  }

  @Test
  void aTermSuspendedForThePetitionerHasNoExtensionLimitAndTheCaseStillOpens() {
    // Opening a case awaiting information (art. 17) once failed: the limit asked the suspended
    // term for its due date.
    CaseTerm suspended = CaseTerm.start(RECEIVED, 15, CALENDAR).suspend(RECEIVED.plusDays(2));

    assertNull(CaseDesk.extensionLimit(Optional.of(suspended)));
    assertNull(CaseDesk.extensionLimit(Optional.empty()));
  }
}
