package co.ventanilla.cases.lifecycle;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.CaseState;

/**
 * A change of state that {@link CaseTransitions} does not allow, e.g. "No se puede pasar de
 * Radicado a Respuesta aprobada." From a final state the message says the case is finished.
 */
public class IllegalTransitionException extends CaseRuleViolation {

  private static final long serialVersionUID = 1L;

  private final CaseState from;
  private final CaseState to;

  public IllegalTransitionException(String radicado, CaseState from, CaseState to) {
    super(
        from.isFinal() ? "case.final" : "transition.illegal",
        from.isFinal() ? new Object[] {radicado, from} : new Object[] {from, to});
    this.from = from;
    this.to = to;
  }

  public CaseState from() {
    return from;
  }

  public CaseState to() {
    return to;
  }
}
