package co.ventanilla.integration.buzon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuzonDatesTest {

  @ParameterizedTest
  @ValueSource(strings = {"07/03/2026", "7/3/2026", " 07/3/2026 ", "2026-03-07"})
  void dayMonthYearAndIsoAreRead(String text) {
    assertEquals(Optional.of(LocalDate.of(2026, 3, 7)), BuzonDates.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"31/04/2026", "29/02/2026", "7/3/26", "2026/03/07", "03-07-2026", "marzo 7", ""})
  void anythingElseIsNoDate(String text) {
    assertTrue(BuzonDates.parse(text).isEmpty());
  }
}
