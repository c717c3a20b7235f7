package co.ventanilla.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseQueryServiceTest {

  @Test
  void aRadicadoThatLostItsDashIsStillFound() {
    assertEquals(
        List.of("2026000037", "2026-000037"), CaseQueryService.typedRadicados(" 2026000037 ", ""));
    assertEquals(
        List.of("2026- 000037", "2026-000037"),
        CaseQueryService.typedRadicados("2026- 000037", ""));
    assertEquals(
        List.of("pqrs2026000037", "2026-000037", "PQRS-2026-000037"),
        CaseQueryService.typedRadicados("pqrs2026000037", ""));
    assertEquals(
        List.of("2026000037", "2026-000037", "PQRS-2026-000037"),
        CaseQueryService.typedRadicados("2026000037", "PQRS-"));
  }

  @Test
  void aDashedRadicadoOrSomethingElseIsTakenAsTyped() {
    assertEquals(List.of("2026-000037"), CaseQueryService.typedRadicados("2026-000037", ""));
    assertEquals(List.of("hola"), CaseQueryService.typedRadicados("hola", "PQRS-"));
  }
}
