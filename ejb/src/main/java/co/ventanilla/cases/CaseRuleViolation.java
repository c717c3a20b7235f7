package co.ventanilla.cases;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * An action the rules of a case do not allow: an illegal transition, an answer edited after its
 * approval, an approval by someone who is not the area's leader, a rating outside 1–5, an
 * ampliación after the term expired. The message is Spanish ({@link #getMessage()}) and can be
 * shown as it is; {@link #message(Locale)} gives it in another language of the bundle.
 *
 * <p>An application exception: it reaches the caller of an EJB as it is and rolls the transaction
 * back, so nothing half-done is stored.
 */
@ApplicationException(rollback = true)
public class CaseRuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] args;

  public CaseRuleViolation(String key, Object... args) {
    super(CaseTexts.spanish(key, args));
    this.key = key;
    this.args = args.clone();
  }

  /** Wraps a rule of the term ({@link co.ventanilla.terms.TermRuleViolation}), Spanish only. */
  CaseRuleViolation(RuntimeException termRule) {
    super(termRule.getMessage(), termRule);
    this.key = "term.rule";
    this.args = new Object[] {termRule.getMessage()};
  }

  /** The bundle key of the rule, e.g. {@code transition.illegal}: stable, for tests and screens. */
  public String key() {
    return key;
  }

  /** The message in {@code locale} (Spanish when the bundle has no such language). */
  public String message(Locale locale) {
    return args == null ? getMessage() : CaseTexts.format(locale, key, args);
  }
}
