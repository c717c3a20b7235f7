package co.ventanilla.intake;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why a submission cannot become a case, for one field. The message is read from the bundle {@code
 * co.ventanilla.intake.IntakeMessages} (Spanish by default, English second) so that every channel
 * (API, form, CSV report, quarantine) tells the sender the same thing.
 *
 * @param field the public field name ({@code tipo}, {@code correo}, ...)
 * @param code the kind of problem ({@code required}, {@code too_long}, ...)
 * @param argument a value the message needs (a maximum length, the list of valid types), or null
 */
public record SubmissionProblem(String field, String code, Object argument) {

  private static final String BUNDLE = "co.ventanilla.intake.IntakeMessages";

  public SubmissionProblem(String field, String code) {
    this(field, code, null);
  }

  /** The message for the sender, e.g. "El campo correo es obligatorio." */
  public String message(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            SubmissionProblem.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String label;
    try {
      label = bundle.getString("field." + field);
    } catch (MissingResourceException e) {
      label = field;
    }
    return java.text.MessageFormat.format(
        bundle.getString("problem." + code),
        label,
        argument == null ? "" : String.valueOf(argument));
  }
}
