package co.ventanilla.correspondence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which radicados a mail quotes, and in which order they are tried. */
class RadicadoReferencesTest {

  @Test
  void subjectComesBeforeBodyAndEachNumberOnce() {
    List<String> found =
        RadicadoReferences.candidates(
            "RE: Radicado 2026-000042 - respuesta",
            "Como dije en 2025-000007 y en el 2026-000042 ...",
            null);

    assertEquals(List.of("2026-000042", "2025-000007"), found);
  }

  @Test
  void withAPrefixBothFormsAreCandidatesPrefixedFirst() {
    assertEquals(
        List.of("PQRS-2026-000042", "2026-000042"),
        RadicadoReferences.candidates("Radicado PQRS-2026-000042", null, "PQRS-"));
    assertEquals(
        List.of("PQRS-2026-000042", "2026-000042"),
        RadicadoReferences.candidates("caso 2026-000042", null, "PQRS-"));
  }

  @Test
  void onlyWholeNumbersCount() {
    assertTrue(RadicadoReferences.candidates("tel 12026-0000421", "x2026-000042", null).isEmpty());
    assertTrue(RadicadoReferences.candidates("2026-00004", "26-000042", null).isEmpty());
    assertEquals(
        List.of("2026-000042"), RadicadoReferences.candidates("(2026-000042).", null, null));
  }

  @Test
  void aCraftedMailCannotCauseManyLookups() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      body.append(String.format("2026-%06d ", i));
    }

    assertEquals(
        RadicadoReferences.MAX_CANDIDATES,
        RadicadoReferences.candidates(null, body.toString(), "P-").size());
  }
}
