package co.ventanilla.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.ventanilla.cases.PqrsType;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TermTableTest {

  private final TermTable legal = TermTable.legalDefaults();

  @ParameterizedTest
  @CsvSource({
    "PETICION, 15",
    "PETICION_PARTICULAR, 15",
    "SOLICITUD_INFORMACION, 10",
    "CONSULTA, 30",
    "QUEJA, 15",
    "RECLAMO, 15",
    "SUGERENCIA, 15",
    "FELICITACION, 15",
    "DENUNCIA, 15"
  })
  void legalDefaultsFollowLey1755Article14(PqrsType type, int days) {
    assertEquals(OptionalInt.of(days), legal.typeTerm(type));
    assertEquals(OptionalInt.of(days), legal.termFor(type, null));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void theLawHasNoSeverityLevels(int level) {
    assertEquals(OptionalInt.empty(), legal.levelTerm(level));
  }

  @Test
  void severityLevelDefaultsAreTheUpperBoundsOfSeed002() {
    // when
    TermTable table = legal.withSeverityLevelDefaults();

    // then
    assertEquals(OptionalInt.of(2), table.levelTerm(1));
    assertEquals(OptionalInt.of(3), table.levelTerm(2));
    assertEquals(OptionalInt.of(8), table.levelTerm(3));
    assertEquals(OptionalInt.empty(), table.levelTerm(4));
  }

  @ParameterizedTest
  @CsvSource({
    "QUEJA, 1, 2", // level stricter than the type's 15
    "QUEJA, 3, 8",
    "CONSULTA, 3, 8",
    "QUEJA, 4, 15", // level 4 has no term of its own: the type term still binds
    "RECLAMO, , 15" // no level
  })
  void theStricterOfTypeAndLevelApplies(PqrsType type, Integer level, int expected) {
    // given
    TermTable table = legal.withSeverityLevelDefaults();

    // when / then
    assertEquals(OptionalInt.of(expected), table.termFor(type, level));
  }

  @Test
  void aTypeTermStricterThanTheLevelWins() {
    // given quejas in 5 days (seed 003) and a level-3 queja mayor of 8 days
    TermTable table = legal.withSeverityLevelDefaults().withType(PqrsType.QUEJA, 5);

    // when / then
    assertEquals(OptionalInt.of(5), table.termFor(PqrsType.QUEJA, 3));
    assertEquals(OptionalInt.of(2), table.termFor(PqrsType.QUEJA, 1));
  }

  @Test
  void committeeCanSetLevel4() {
    TermTable table = legal.withSeverityLevelDefaults().withLevel(4, 20);

    assertEquals(OptionalInt.of(20), table.levelTerm(4));
    assertEquals(OptionalInt.of(15), table.termFor(PqrsType.QUEJA, 4));
  }

  @Test
  void copiesLeaveTheOriginalUnchanged() {
    // when
    TermTable changed = legal.withType(PqrsType.QUEJA, 5).withLevel(1, 1);

    // then
    assertEquals(OptionalInt.of(15), legal.typeTerm(PqrsType.QUEJA));
    assertEquals(OptionalInt.empty(), legal.levelTerm(1));
    assertEquals(OptionalInt.of(5), changed.typeTerm(PqrsType.QUEJA));
    assertEquals(OptionalInt.of(1), changed.levelTerm(1));
    assertEquals(TermTable.legalDefaults(), legal);
  }

  @Test
  void withoutLevelRemovesItsTerm() {
    TermTable table = legal.withSeverityLevelDefaults().withoutLevel(1);

    assertEquals(OptionalInt.empty(), table.levelTerm(1));
    assertEquals(OptionalInt.of(15), table.termFor(PqrsType.QUEJA, 1));
  }

  @Test
  void invalidLevelsAndTermsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> legal.withLevel(0, 2));
    assertThrows(IllegalArgumentException.class, () -> legal.withLevel(5, 2));
    assertThrows(IllegalArgumentException.class, () -> legal.termFor(PqrsType.QUEJA, 5));
    assertThrows(IllegalArgumentException.class, () -> legal.withType(PqrsType.QUEJA, 0));
    assertThrows(IllegalArgumentException.class, () -> legal.withLevel(1, -3));
  }
}
