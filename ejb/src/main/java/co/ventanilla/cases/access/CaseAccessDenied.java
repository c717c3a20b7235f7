package co.ventanilla.cases.access;

import co.ventanilla.cases.CaseTexts;
import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * The caller may not see the case, or may not take the action on it. Screens answer 403 and say so
 * in Spanish; the refusal is journaled ({@link CaseAccessJournal}). The message never tells whether
 * the case exists.
 */
@ApplicationException(rollback = true)
public class CaseAccessDenied extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String radicado;
  private final CaseAction action;

  public CaseAccessDenied(String radicado, CaseAction action) {
    super(CaseTexts.spanish(key(action), radicado));
    this.radicado = radicado;
    this.action = action;
  }

  private static String key(CaseAction action) {
    return action == CaseAction.VIEW ? "access.denied" : "access.action_denied";
  }

  public String radicado() {
    return radicado;
  }

  public CaseAction action() {
    return action;
  }

  /** The message in {@code locale}. */
  public String message(Locale locale) {
    return CaseTexts.format(locale, key(action), radicado);
  }
}
