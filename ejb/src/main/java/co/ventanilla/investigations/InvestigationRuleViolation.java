package co.ventanilla.investigations;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An action the rules of an investigation refuse, or bad input, with a Spanish message ({@link
 * #getMessage()}) from the bundle {@code co.ventanilla.investigations.InvestigationMessages} and,
 * for bad input, the field it concerns (so a screen or the API can name it). Rolls the transaction
 * back: nothing is half-stored.
 */
@ApplicationException(rollback = true)
public class InvestigationRuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;
  static final Locale SPANISH = Locale.forLanguageTag("es-CO");
  private static final String BUNDLE = "co.ventanilla.investigations.InvestigationMessages";

  private final String key;
  private final String field;
  private final transient Object[] args;

  public InvestigationRuleViolation(String key, Object... args) {
    this(null, key, args);
  }

  private InvestigationRuleViolation(String field, String key, Object... args) {
    super(text(SPANISH, key, args));
    this.key = key;
    this.field = field;
    this.args = args.clone();
  }

  /** Bad input in {@code field} (its name in the API, e.g. {@code modalidad}). */
  public static InvestigationRuleViolation field(String field, String key, Object... args) {
    return new InvestigationRuleViolation(field, key, args);
  }

  public String key() {
    return key;
  }

  /** The field the message is about, or null for a rule of the investigation. */
  public String field() {
    return field;
  }

  public String message(Locale locale) {
    return args == null ? getMessage() : text(locale, key, args);
  }

  static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            InvestigationRuleViolation.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
