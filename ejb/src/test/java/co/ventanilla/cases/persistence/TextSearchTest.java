package co.ventanilla.cases.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSearchTest {

  private static String condition(String text, boolean withPetitioner, List<Object> params) {
    return TextSearch.parse(text, withPetitioner).condition(params);
  }

  @Test
  void aRadicadoOrItsBeginningSearchesThePrefixOfTheRadicado() {
    List<Object> params = new ArrayList<>();
    assertEquals("c.radicado LIKE ? ESCAPE '!'", condition("2026-0001", true, params));
    assertEquals(List.of("2026-0001%"), params);
    assertEquals("c.radicado LIKE ? ESCAPE '!'", condition("PQRS-2026-", true, new ArrayList<>()));
  }

  @Test
  void aRadicadoTypedWithoutDashesOrWithSpacesFindsThatRadicado() {
    List<Object> params = new ArrayList<>();
    assertEquals(
        "(c.radicado IN (?, ?) OR c.petitioner_document_number = ?)",
        TextSearch.parse("2026000037", true, "PQRS-").condition(params));
    assertEquals(List.of("2026-000037", "PQRS-2026-000037", "2026000037"), params);

    List<Object> lettered = new ArrayList<>();
    assertEquals(
        "c.radicado IN (?, ?)", TextSearch.parse("pqrs2026000037", false, "").condition(lettered));
    assertEquals(List.of("2026-000037", "PQRS-2026-000037"), lettered);

    List<Object> spaced = new ArrayList<>();
    assertEquals(
        "c.radicado LIKE ? ESCAPE '!'",
        TextSearch.parse(" 2026 - 000037 ", true, "").condition(spaced));
    assertEquals(List.of("2026-000037%"), spaced);
  }

  @Test
  void anEmailOrADocumentNumberIsLookedUpExactlyByWhoMaySeePetitioners() {
    List<Object> params = new ArrayList<>();
    assertEquals("c.petitioner_email = ?", condition("ana@example.co", true, params));
    assertEquals(
        "c.petitioner_document_number = ?", condition("52431876", true, new ArrayList<>()));
    assertEquals(List.of("ana@example.co"), params);
  }

  @Test
  void whoMayNotSeePetitionersSearchesTheSubjectOnly() {
    assertEquals(
        "MATCH(c.subject) AGAINST (? IN BOOLEAN MODE)",
        condition("52431876", false, new ArrayList<>()));
    assertEquals(
        "MATCH(c.subject) AGAINST (? IN BOOLEAN MODE)",
        condition("Martha Rodríguez", false, new ArrayList<>()));
    assertEquals(
        "MATCH(c.subject, c.petitioner_names) AGAINST (? IN BOOLEAN MODE)",
        condition("Martha Rodríguez", true, new ArrayList<>()));
  }

  @Test
  void everyWordIsRequiredAndTheLastIsAlsoABeginning() {
    assertEquals("+guarda +portería*", TextSearch.booleanQuery("Guarda  portería"));
    assertEquals("+guarda +porteria*", TextSearch.booleanQuery("guarda porteria"));
  }

  @Test
  void shortWordsStopwordsAndOperatorsAreLeftOut() {
    assertEquals("+guarda +noche*", TextSearch.booleanQuery("el guarda de la noche"));
    assertEquals("+cobro*", TextSearch.booleanQuery("the cobro"));
    assertEquals("+hurto +bodega*", TextSearch.booleanQuery("+hurto -bodega\"*"));
  }

  @Test
  void textWithOnlyShortWordsScansTheSubjectLiterally() {
    List<Object> params = new ArrayList<>();
    assertEquals("c.subject LIKE ? ESCAPE '!'", condition("5%_a", true, params));
    assertEquals(List.of("%5!%!_a%"), params);
  }
}
