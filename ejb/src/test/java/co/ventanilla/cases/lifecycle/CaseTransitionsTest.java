package co.ventanilla.cases.lifecycle;

import static co.ventanilla.cases.CaseState.ASIGNADO;
import static co.ventanilla.cases.CaseState.CERRADO;
import static co.ventanilla.cases.CaseState.DESISTIDO;
import static co.ventanilla.cases.CaseState.EN_INVESTIGACION;
import static co.ventanilla.cases.CaseState.EN_TRAMITE;
import static co.ventanilla.cases.CaseState.IMPROCEDENTE;
import static co.ventanilla.cases.CaseState.RADICADO;
import static co.ventanilla.cases.CaseState.RESPONDIDO;
import static co.ventanilla.cases.CaseState.RESPUESTA_APROBADA;
import static co.ventanilla.cases.CaseState.RESPUESTA_PROYECTADA;
import static co.ventanilla.cases.CaseState.TRASLADADO;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseState;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CaseTransitionsTest {

  /** The table as the issue states it, written out independently of the class under test. */
  static Stream<Arguments> legalTransitions() {
    return Stream.of(
        Arguments.of(RADICADO, ASIGNADO),
        Arguments.of(RADICADO, IMPROCEDENTE),
        Arguments.of(RADICADO, TRASLADADO),
        Arguments.of(RADICADO, DESISTIDO),
        Arguments.of(ASIGNADO, EN_TRAMITE),
        Arguments.of(ASIGNADO, IMPROCEDENTE),
        Arguments.of(ASIGNADO, TRASLADADO),
        Arguments.of(ASIGNADO, DESISTIDO),
        Arguments.of(EN_TRAMITE, EN_INVESTIGACION),
        Arguments.of(EN_TRAMITE, RESPUESTA_PROYECTADA),
        Arguments.of(EN_TRAMITE, TRASLADADO),
        Arguments.of(EN_TRAMITE, DESISTIDO),
        Arguments.of(EN_INVESTIGACION, RESPUESTA_PROYECTADA),
        Arguments.of(EN_INVESTIGACION, DESISTIDO),
        Arguments.of(RESPUESTA_PROYECTADA, RESPUESTA_APROBADA),
        Arguments.of(RESPUESTA_PROYECTADA, EN_TRAMITE),
        Arguments.of(RESPUESTA_APROBADA, RESPONDIDO),
        Arguments.of(RESPONDIDO, CERRADO));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("legalTransitions")
  void everyLegalTransitionIsAllowed(CaseState from, CaseState to) {
    assertTrue(CaseTransitions.allows(from, to));
    assertDoesNotThrow(() -> CaseTransitions.check("2026-000001", from, to));
  }

  @Test
  void theTableAllowsNothingElse() {
    long legal = legalTransitions().count();
    long allowed =
        Arrays.stream(CaseState.values()).mapToLong(s -> CaseTransitions.from(s).size()).sum();
    assertEquals(legal, allowed);
  }

  static Stream<Arguments> illegalTransitions() {
    return Stream.of(
        Arguments.of(RADICADO, RESPUESTA_APROBADA, "Radicado", "Respuesta aprobada"),
        Arguments.of(RADICADO, EN_TRAMITE, "Radicado", "En trámite"),
        Arguments.of(ASIGNADO, RESPUESTA_PROYECTADA, "Asignado", "Respuesta proyectada"),
        Arguments.of(ASIGNADO, RESPONDIDO, "Asignado", "Respondido"),
        Arguments.of(EN_TRAMITE, CERRADO, "En trámite", "Cerrado"),
        Arguments.of(EN_TRAMITE, IMPROCEDENTE, "En trámite", "Improcedente"),
        Arguments.of(EN_INVESTIGACION, TRASLADADO, "En investigación", "Trasladado"),
        Arguments.of(RESPUESTA_PROYECTADA, RESPONDIDO, "Respuesta proyectada", "Respondido"),
        Arguments.of(RESPUESTA_PROYECTADA, DESISTIDO, "Respuesta proyectada", "Desistido"),
        Arguments.of(RESPUESTA_APROBADA, EN_TRAMITE, "Respuesta aprobada", "En trámite"),
        Arguments.of(RESPUESTA_APROBADA, CERRADO, "Respuesta aprobada", "Cerrado"),
        Arguments.of(
            RESPUESTA_APROBADA, RESPUESTA_PROYECTADA, "Respuesta aprobada", "Respuesta proyectada"),
        Arguments.of(RESPONDIDO, EN_TRAMITE, "Respondido", "En trámite"),
        Arguments.of(RESPONDIDO, RESPUESTA_PROYECTADA, "Respondido", "Respuesta proyectada"),
        Arguments.of(ASIGNADO, ASIGNADO, "Asignado", "Asignado"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("illegalTransitions")
  void illegalTransitionsAreRefusedInSpanish(
      CaseState from, CaseState to, String fromName, String toName) {
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class, () -> CaseTransitions.check("2026-000001", from, to));

    assertEquals("No se puede pasar de " + fromName + " a " + toName + ".", e.getMessage());
    assertEquals("transition.illegal", e.key());
    assertEquals(from, e.from());
    assertEquals(to, e.to());
  }

  @Test
  void theMessageIsAlsoAvailableInEnglish() {
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () -> CaseTransitions.check("2026-000001", RADICADO, RESPUESTA_APROBADA));

    assertEquals("A case cannot move from Filed to Answer approved.", e.message(Locale.ENGLISH));
    assertEquals(e.getMessage(), e.message(Locale.forLanguageTag("es-CO")));
  }

  @ParameterizedTest
  @EnumSource(names = {"CERRADO", "IMPROCEDENTE", "TRASLADADO", "DESISTIDO"})
  void finalStatesAreFrozen(CaseState terminal) {
    assertTrue(terminal.isFinal());
    assertTrue(CaseTransitions.from(terminal).isEmpty());
    for (CaseState to : CaseState.values()) {
      assertFalse(CaseTransitions.allows(terminal, to), terminal + " → " + to);
      IllegalTransitionException e =
          assertThrows(
              IllegalTransitionException.class,
              () -> CaseTransitions.check("2026-000007", terminal, to));
      assertEquals("case.final", e.key());
      assertTrue(e.getMessage().startsWith("El caso 2026-000007 está "), e.getMessage());
      assertTrue(e.getMessage().endsWith(": un caso terminado no admite cambios."));
    }
  }

  @Test
  void theClosedCaseMessageNamesTheState() {
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () -> CaseTransitions.check("2026-000007", CERRADO, ASIGNADO));

    assertEquals(
        "El caso 2026-000007 está Cerrado: un caso terminado no admite cambios.", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(CaseState.class)
  void noStateMovesToItself(CaseState state) {
    assertFalse(CaseTransitions.allows(state, state));
  }

  @ParameterizedTest
  @EnumSource(
      value = CaseState.class,
      names = {"CERRADO", "IMPROCEDENTE", "TRASLADADO", "DESISTIDO"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyOpenStateCanStillReachTheEndOfTheMainLine(CaseState open) {
    Set<CaseState> reached = EnumSet.of(open);
    Deque<CaseState> todo = new ArrayDeque<>(reached);
    while (!todo.isEmpty()) {
      for (CaseState next : CaseTransitions.from(todo.pop())) {
        if (reached.add(next)) {
          todo.push(next);
        }
      }
    }
    assertTrue(reached.contains(CERRADO), open + " cannot reach CERRADO");
  }

  @Test
  void theAllowedSetsCannotBeChangedByCallers() {
    assertThrows(
        UnsupportedOperationException.class, () -> CaseTransitions.from(RADICADO).add(CERRADO));
  }
}
