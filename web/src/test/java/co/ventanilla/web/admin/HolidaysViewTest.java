package co.ventanilla.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.calendar.ColombianHolidays;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HolidaysViewTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es-CO");

  @Test
  void theYearListsEighteenHolidaysEachWithItsWeekday() {
    List<HolidaysView.Row> rows = HolidaysView.rows(ColombianHolidays.shared().of(2026), SPANISH);

    assertEquals(18, rows.size());
    HolidaysView.Row immaculate =
        rows.stream().filter(r -> r.date().equals(LocalDate.of(2026, 12, 8))).findFirst().get();
    assertEquals("Inmaculada Concepción", immaculate.name());
    assertEquals("martes", immaculate.dayOfWeek());
    assertTrue(immaculate.weekday());
  }

  @Test
  void aHolidayOnASundayIsNotADayTheTermsSkip() {
    // 2026-03-29 is not a holiday; 2026-07-20 (Independencia) is a Monday; 2027-08-07 a Saturday
    HolidaysView.Row boyaca =
        HolidaysView.rows(ColombianHolidays.shared().of(2027), Locale.ENGLISH).stream()
            .filter(r -> r.date().equals(LocalDate.of(2027, 8, 7)))
            .findFirst()
            .get();

    assertEquals("Saturday", boyaca.dayOfWeek());
    assertFalse(boyaca.weekday());
  }
}
