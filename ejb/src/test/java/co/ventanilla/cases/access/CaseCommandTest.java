package co.ventanilla.cases.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CaseCommandTest {

  @Test
  void everyWorkspaceActionHasACommandOfItsOwnNameSoTheApiCoversTheScreen() {
    Set<CaseAction> covered =
        Arrays.stream(CaseCommand.values()).map(CaseCommand::action).collect(Collectors.toSet());
    Set<CaseAction> expected = EnumSet.allOf(CaseAction.class);
    expected.removeAll(Set.of(CaseAction.VIEW, CaseAction.DOWNLOAD, CaseAction.INVESTIGATE));
    assertEquals(expected, covered);
    assertEquals(
        CaseCommand.values().length,
        Arrays.stream(CaseCommand.values()).map(CaseCommand::apiName).distinct().count());
  }

  @Test
  void requiredInputsAreInputsOfTheCommand() {
    for (CaseCommand c : CaseCommand.values()) {
      for (CaseCommand.Input i : CaseCommand.Input.values()) {
        assertTrue(!c.requires(i) || c.takes(i), c + " requires " + i + " it does not take");
      }
    }
  }

  @Test
  void namesAreReadAsTheApiWritesThem() {
    assertEquals(CaseCommand.AMPLIAR_TERMINO, CaseCommand.named(" Ampliar-Termino ").orElseThrow());
    assertTrue(CaseCommand.named("archivar").isEmpty());
    assertTrue(CaseCommand.named(null).isEmpty());
  }

  @Test
  void aMissingRequiredInputIsNamedAndTheDeskIsNeverCalled() {
    CaseCommandInvalid e =
        assertThrows(
            CaseCommandInvalid.class,
            () ->
                CaseCommand.AMPLIAR_TERMINO.run(
                    null,
                    "2026-000001",
                    new CaseCommand.Values(
                        " ", null, null, null, null, null, null, null, null, null, null)));
    assertEquals(List.of(CaseCommand.Input.TEXTO, CaseCommand.Input.FECHA), e.missing());
  }

  @Test
  void theActionsAllowedOpenTheirCommandsOnly() {
    assertEquals(
        List.of(CaseCommand.APROBAR_RESPUESTA, CaseCommand.DEVOLVER_RESPUESTA),
        CaseCommand.allowedBy(EnumSet.of(CaseAction.REVIEW, CaseAction.VIEW)));
  }
}
