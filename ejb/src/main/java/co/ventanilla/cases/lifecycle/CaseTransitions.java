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

import co.ventanilla.cases.CaseState;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of the states a case may move to from each state. Every change of state of a {@link
 * co.ventanilla.cases.PqrsCase} is checked here; nothing else decides it.
 *
 * <pre>
 * RADICADO             → ASIGNADO, IMPROCEDENTE, TRASLADADO, DESISTIDO
 * ASIGNADO             → EN_TRAMITE, IMPROCEDENTE, TRASLADADO, DESISTIDO
 * EN_TRAMITE           → EN_INVESTIGACION, RESPUESTA_PROYECTADA, TRASLADADO, DESISTIDO
 * EN_INVESTIGACION     → RESPUESTA_PROYECTADA, DESISTIDO
 * RESPUESTA_PROYECTADA → RESPUESTA_APROBADA, EN_TRAMITE (answer returned)
 * RESPUESTA_APROBADA   → RESPONDIDO (an approved answer is final: it is sent)
 * RESPONDIDO           → CERRADO
 * CERRADO, IMPROCEDENTE, TRASLADADO, DESISTIDO → nothing (final)
 * </pre>
 *
 * <p>Where the exits come from:
 *
 * <ul>
 *   <li>Main line: DOMAIN.md "The case and its life"; the answer is approved by the process leader
 *       before it goes out (seed 004 §3, "Líderes de proceso"); returned answers go back to work.
 *   <li>IMPROCEDENTE: a queja or reclamo that is plainly disrespectful is classified improcedente
 *       and closed at once without processing, keeping its records (seed 003 §5.3, Nota; Ley 1755
 *       de 2015, art. 19). It is decided when the case is classified, so only before work starts.
 *   <li>TRASLADADO: the company is not competent and transfers within five business days after the
 *       receipt (Ley 1755 de 2015, art. 21), so only before an answer is drafted.
 *   <li>DESISTIDO: the petitioner did not complete the petition within the month (art. 17); the
 *       request to complete is made within ten business days of the radicación, before any answer.
 * </ul>
 */
public final class CaseTransitions {

  private static final Map<CaseState, Set<CaseState>> ALLOWED = new EnumMap<>(CaseState.class);

  static {
    allow(RADICADO, ASIGNADO, IMPROCEDENTE, TRASLADADO, DESISTIDO);
    allow(ASIGNADO, EN_TRAMITE, IMPROCEDENTE, TRASLADADO, DESISTIDO);
    allow(EN_TRAMITE, EN_INVESTIGACION, RESPUESTA_PROYECTADA, TRASLADADO, DESISTIDO);
    allow(EN_INVESTIGACION, RESPUESTA_PROYECTADA, DESISTIDO);
    allow(RESPUESTA_PROYECTADA, RESPUESTA_APROBADA, EN_TRAMITE);
    allow(RESPUESTA_APROBADA, RESPONDIDO);
    allow(RESPONDIDO, CERRADO);
    allow(CERRADO);
    allow(IMPROCEDENTE);
    allow(TRASLADADO);
    allow(DESISTIDO);
  }

  private CaseTransitions() {}

  private static void allow(CaseState from, CaseState... to) {
    EnumSet<CaseState> targets = EnumSet.noneOf(CaseState.class);
    targets.addAll(java.util.List.of(to));
    ALLOWED.put(from, Collections.unmodifiableSet(targets));
  }

  /** The states a case in {@code from} may move to; empty for the final states. */
  public static Set<CaseState> from(CaseState from) {
    return ALLOWED.get(from);
  }

  /** Whether a case may move from {@code from} to {@code to}. */
  public static boolean allows(CaseState from, CaseState to) {
    return ALLOWED.get(from).contains(to);
  }

  /**
   * Checks the move of case {@code radicado} from {@code from} to {@code to}.
   *
   * @throws IllegalTransitionException with a Spanish message when the table does not allow it
   */
  public static void check(String radicado, CaseState from, CaseState to) {
    if (!allows(from, to)) {
      throw new IllegalTransitionException(radicado, from, to);
    }
  }
}
