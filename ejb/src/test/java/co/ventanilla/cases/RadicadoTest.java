package co.ventanilla.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RadicadoTest {

  @Test
  void withoutPrefixTheValueIsTheYearAndTheNumberPaddedToSixDigits() {
    assertEquals("2026-000042", new Radicado("", 2026, 42).value());
    assertEquals("2026-000001", new Radicado(null, 2026, 1).value());
    assertEquals("2031-999999", new Radicado("", 2031, 999_999).value());
  }

  @Test
  void thePrefixGoesBeforeTheYearAsConfigured() {
    assertEquals("PQRS-2026-000042", new Radicado("PQRS-", 2026, 42).value());
    assertEquals("VT2026-000042", new Radicado("VT", 2026, 42).value());
  }

  @Test
  void spacesAroundThePrefixAreDropped() {
    // given
    Radicado radicado = new Radicado("  PQRS-\t", 2026, 7);

    // then
    assertEquals("PQRS-", radicado.prefix());
    assertEquals("PQRS-2026-000007", radicado.value());
  }

  @Test
  void aNumberBeyondSixDigitsWidensInsteadOfBeingCut() {
    assertEquals("2026-1234567", new Radicado("", 2026, 1_234_567).value());
  }

  @Test
  void toStringIsThePrintedValue() {
    assertEquals("PQRS-2026-000042", new Radicado("PQRS-", 2026, 42).toString());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1})
  void numbersStartAtOne(long number) {
    assertThrows(IllegalArgumentException.class, () -> new Radicado("", 2026, number));
  }

  @ParameterizedTest
  @ValueSource(ints = {1999, 10_000})
  void theYearHasFourDigitsFrom2000(int year) {
    assertThrows(IllegalArgumentException.class, () -> new Radicado("", year, 1));
  }
}
