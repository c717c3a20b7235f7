package co.ventanilla.improvement;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An ACPM action the rules refuse, bad input, or a refusal of access, with a Spanish message from
 * the bundle {@code co.ventanilla.improvement.ImprovementMessages}. Bad input names its field;
 * {@link #forbidden()} is a refusal of access (the API answers 403), {@code not_found} an unknown
 * entry (404), any other key a rule (409). Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class AcpmRuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;
  static final Locale SPANISH = Locale.forLanguageTag("es-CO");
  private static final String BUNDLE = "co.ventanilla.improvement.ImprovementMessages";

  private final String key;
  private final String field;
  private final transient Object[] args;

  public AcpmRuleViolation(String key, Object... args) {
    this(null, key, args);
  }

  private AcpmRuleViolation(String field, String key, Object... args) {
    super(text(SPANISH, key, args));
    this.key = key;
    this.field = field;
    this.args = args.clone();
  }

  /** Bad input in {@code field} (its name in the API). */
  public static AcpmRuleViolation field(String field, String key, Object... args) {
    return new AcpmRuleViolation(field, key, args);
  }

  public String key() {
    return key;
  }

  public String field() {
    return field;
  }

  /** Whether this is a refusal of access rather than a rule. */
  public boolean forbidden() {
    return key.startsWith("forbidden");
  }

  public boolean notFound() {
    return key.equals("not_found");
  }

  public String message(Locale locale) {
    return args == null ? getMessage() : text(locale, key, args);
  }

  static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            AcpmRuleViolation.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
