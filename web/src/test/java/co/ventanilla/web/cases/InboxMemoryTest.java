package co.ventanilla.web.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.PqrsType;
import org.junit.jupiter.api.Test;

class InboxMemoryTest {

  private static InboxMemory.Filters filters(String text, PqrsType type) {
    return new InboxMemory.Filters(
        text,
        CaseFilter.Scope.OPEN,
        type,
        null,
        null,
        null,
        null,
        null,
        false,
        CaseInboxView.Due.ANY,
        null,
        null,
        false);
  }

  @Test
  void aNewSessionHasNoFiltersAndStartsOnTheFirstPageOf25() {
    InboxMemory memory = new InboxMemory();

    assertTrue(memory.filters().isEmpty());
    assertEquals(0, memory.first());
    assertEquals(25, memory.rows());
  }

  @Test
  void thePageIsKeptForTheSameFiltersAndStartsOverForOthers() {
    InboxMemory memory = new InboxMemory();
    memory.remember(filters("guarda", null), 0, 25);

    assertEquals(50, memory.remember(filters("guarda", null), 50, 25));
    assertEquals(50, memory.first());
    assertEquals(0, memory.remember(filters("guarda", PqrsType.QUEJA), 50, 25));
    assertEquals(0, memory.first());
    assertEquals(filters("guarda", PqrsType.QUEJA), memory.filters().orElseThrow());
  }

  @Test
  void afterForgettingTheNextPageIsTheFirstWhateverTheTableWasOn() {
    InboxMemory memory = new InboxMemory();
    memory.remember(filters("guarda", null), 0, 25);
    memory.remember(filters("guarda", null), 50, 25);

    memory.forget();

    assertEquals(0, memory.remember(filters(null, null), 50, 25));
    assertEquals(50, memory.remember(filters(null, null), 50, 25));
  }

  @Test
  void theRowsPerPageAreKeptAndForgettingKeepsTheColumns() {
    InboxMemory memory = new InboxMemory();
    memory.remember(filters(null, null), 0, 100);
    memory.toggle("colType", false);

    memory.forget();

    assertTrue(memory.filters().isEmpty());
    assertEquals(100, memory.rows());
    assertFalse(memory.shows("colType", true));
  }

  @Test
  void aColumnFollowsItsDefaultUntilToggledThenTheLastToggle() {
    InboxMemory memory = new InboxMemory();

    assertFalse(memory.shows("colChannel", false));
    memory.toggle("colChannel", true);
    assertTrue(memory.shows("colChannel", false));
    memory.toggle("colChannel", false);
    assertFalse(memory.shows("colChannel", false));
    assertTrue(memory.shows("colArea", true));
  }
}
