package co.ventanilla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

  private static final LocalDate TUESDAY_2026_03_17 = LocalDate.of(2026, 3, 17);

  private final BusinessCalendar calendar = new BusinessCalendar(new ColombianHolidays());
  private final BusinessCalendar withSaturdays =
      new BusinessCalendar(new ColombianHolidays(), true);

  @ParameterizedTest
  @CsvSource({
    "1, 2026-03-18",
    "3, 2026-03-20",
    "4, 2026-03-24",
    "10, 2026-04-01",
    "11, 2026-04-06",
    "15, 2026-04-10",
    "30, 2026-05-04"
  })
  void termsSkipWeekendsSanJoseSemanaSantaAndLabourDay(int days, LocalDate expectedDue) {
    // given a petition received on Tuesday 2026-03-17
    // when
    LocalDate due = calendar.addBusinessDays(TUESDAY_2026_03_17, days);

    // then day 1 is the next business day and holidays are not counted
    assertEquals(expectedDue, due);
  }

  @Test
  void receiptOnSaturdayCountsFromTheNextBusinessDay() {
    // given Saturday 2026-03-21, and Monday 2026-03-23 is San José
    LocalDate saturday = LocalDate.of(2026, 3, 21);

    // when / then
    assertEquals(LocalDate.of(2026, 3, 24), calendar.addBusinessDays(saturday, 1));
    assertEquals(LocalDate.of(2026, 4, 15), calendar.addBusinessDays(saturday, 15));
  }

  @Test
  void receiptOnAHolidayCountsFromTheNextBusinessDay() {
    // given Jueves Santo 2026-04-02 (and Viernes Santo the day after)
    LocalDate juevesSanto = LocalDate.of(2026, 4, 2);

    // when / then
    assertEquals(LocalDate.of(2026, 4, 6), calendar.addBusinessDays(juevesSanto, 1));
    assertEquals(LocalDate.of(2026, 4, 24), calendar.addBusinessDays(juevesSanto, 15));
  }

  @Test
  void receiptOnABusinessDayIsNotCounted() {
    // the day of receipt is day 0, whatever hour the petition arrived
    assertEquals(TUESDAY_2026_03_17, calendar.addBusinessDays(TUESDAY_2026_03_17, 0));
    assertEquals(LocalDate.of(2026, 3, 18), calendar.addBusinessDays(TUESDAY_2026_03_17, 1));
  }

  @Test
  void saturdaysCountWhenTheOrganizationWorksThem() {
    // given Friday 2026-03-20; Sunday 22 and Monday 23 (San José) are not business days
    LocalDate friday = LocalDate.of(2026, 3, 20);

    // when / then
    assertEquals(LocalDate.of(2026, 3, 21), withSaturdays.addBusinessDays(friday, 1));
    assertEquals(LocalDate.of(2026, 3, 24), withSaturdays.addBusinessDays(friday, 2));
    assertEquals(LocalDate.of(2026, 3, 24), calendar.addBusinessDays(friday, 1));
    // the worked example shortens by the Saturdays it crosses
    assertEquals(LocalDate.of(2026, 3, 30), withSaturdays.addBusinessDays(TUESDAY_2026_03_17, 10));
  }

  @Test
  void aHolidayOnSaturdayIsNotABusinessDayEvenWhenSaturdaysAre() {
    // given Navidad 2027 is a Saturday
    LocalDate christmas = LocalDate.of(2027, 12, 25);

    // when / then
    assertFalse(withSaturdays.isBusinessDay(christmas));
    assertTrue(withSaturdays.isBusinessDay(LocalDate.of(2027, 12, 18)));
    assertEquals(
        LocalDate.of(2027, 12, 27), withSaturdays.addBusinessDays(LocalDate.of(2027, 12, 24), 1));
  }

  @Test
  void sundaysAreNeverBusinessDays() {
    LocalDate sunday = LocalDate.of(2026, 3, 15);

    assertFalse(calendar.isBusinessDay(sunday));
    assertFalse(withSaturdays.isBusinessDay(sunday));
  }

  @Test
  void weekdaysThatAreNotHolidaysAreBusinessDays() {
    assertTrue(calendar.isBusinessDay(TUESDAY_2026_03_17));
    assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 3, 23)));
    assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 3, 21)));
  }

  @Test
  void negativeTermsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> calendar.addBusinessDays(TUESDAY_2026_03_17, -1));
  }

  @Test
  void businessDaysBetweenIsTheInverseOfAddBusinessDays() {
    for (LocalDate start = LocalDate.of(2025, 12, 20);
        start.isBefore(LocalDate.of(2026, 1, 20));
        start = start.plusDays(1)) {
      for (int days = 0; days <= 40; days++) {
        LocalDate due = calendar.addBusinessDays(start, days);
        assertEquals(days, calendar.businessDaysBetween(start, due), start + " + " + days);
      }
    }
  }

  @Test
  void businessDaysBetweenCountsAfterFromUpToAndIncludingTo() {
    // 18, 19, 20, (21-23 not business), 24
    assertEquals(4, calendar.businessDaysBetween(TUESDAY_2026_03_17, LocalDate.of(2026, 3, 24)));
    assertEquals(0, calendar.businessDaysBetween(TUESDAY_2026_03_17, TUESDAY_2026_03_17));
    assertEquals(0, calendar.businessDaysBetween(TUESDAY_2026_03_17, LocalDate.of(2026, 3, 1)));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-04-07, 3",
    "2026-04-09, 1",
    "2026-04-10, 0",
    "2026-04-11, 0",
    "2026-04-13, -1",
    "2026-04-14, -2"
  })
  void businessDaysLeftIsNegativeWhenOverdue(LocalDate today, int expected) {
    // given a due date on Friday 2026-04-10
    LocalDate due = LocalDate.of(2026, 4, 10);

    // when / then
    assertEquals(expected, calendar.businessDaysLeft(today, due));
  }

  @Test
  void customHolidaysCanBeAdded() {
    // given a company closure on Wednesday 2026-03-18 on top of the public holidays
    ColombianHolidays publicHolidays = new ColombianHolidays();
    BusinessCalendar withClosure =
        new BusinessCalendar(
            d -> publicHolidays.isHoliday(d) || d.equals(LocalDate.of(2026, 3, 18)), false);

    // when / then
    assertEquals(LocalDate.of(2026, 3, 19), withClosure.addBusinessDays(TUESDAY_2026_03_17, 1));
  }

  @Test
  void nextBusinessDayFromSkipsHolidaysAndWeekends() {
    assertEquals(LocalDate.of(2026, 4, 6), calendar.nextBusinessDayFrom(LocalDate.of(2026, 4, 2)));
    assertEquals(TUESDAY_2026_03_17, calendar.nextBusinessDayFrom(TUESDAY_2026_03_17));
  }
}
