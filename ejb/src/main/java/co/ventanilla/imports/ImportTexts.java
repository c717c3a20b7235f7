package co.ventanilla.imports;

import co.ventanilla.intake.SubmissionProblem;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of suggestion-box imports, from the bundle {@code co.ventanilla.imports.ImportMessages}
 * (Spanish by default, English second). Reasons every channel shares ("El campo correo es
 * obligatorio.") come from the intake bundle, the same texts as {@link SubmissionProblem#message},
 * so a CSV row and a form post are told the same thing.
 */
public final class ImportTexts {

  /** The language reasons are stored in: the ledger and the downloadable report are Spanish. */
  public static final Locale SPANISH = Locale.forLanguageTag("es-CO");

  private static final String BUNDLE = "co.ventanilla.imports.ImportMessages";
  private static final String INTAKE_BUNDLE = "co.ventanilla.intake.IntakeMessages";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private ImportTexts() {}

  /**
   * The text of {@code key} with {@code args}: dates as {@code dd/MM/yyyy} (with {@code HH:mm} for
   * times), numbers without grouping, everything else as text.
   */
  public static String format(Locale locale, String key, Object... args) {
    Object[] texts = Arrays.stream(args).map(ImportTexts::text).toArray();
    return new MessageFormat(bundle(BUNDLE, locale).getString(key), locale).format(texts);
  }

  /**
   * The reason for {@code problem}: the text of its code in this bundle, or else in the intake's,
   * with the column named for people from either bundle ("número de formulario").
   */
  public static String reason(SubmissionProblem problem, Locale locale) {
    String key = "problem." + problem.code();
    ResourceBundle bundle = bundle(BUNDLE, locale);
    if (!bundle.containsKey(key)) {
      bundle = bundle(INTAKE_BUNDLE, locale);
      if (!bundle.containsKey(key)) {
        return problem.message(locale);
      }
    }
    return new MessageFormat(bundle.getString(key), locale)
        .format(new Object[] {label(problem.field(), locale), text(problem.argument())});
  }

  /** The name of a CSV column for people ("número de formulario"). */
  public static String label(String field, Locale locale) {
    for (String name : new String[] {BUNDLE, INTAKE_BUNDLE}) {
      ResourceBundle bundle = bundle(name, locale);
      if (bundle.containsKey("field." + field)) {
        return bundle.getString("field." + field);
      }
    }
    return field;
  }

  static String text(Object arg) {
    if (arg == null) {
      return "";
    } else if (arg instanceof LocalDateTime time) {
      return time.format(DATE_TIME);
    } else if (arg instanceof LocalDate date) {
      return date.format(DATE);
    }
    return String.valueOf(arg);
  }

  private static ResourceBundle bundle(String name, Locale locale) {
    try {
      return ResourceBundle.getBundle(
          name,
          locale,
          ImportTexts.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException e) {
      throw new IllegalStateException("Bundle missing: " + name, e);
    }
  }
}
