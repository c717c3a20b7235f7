package co.ventanilla.cases;

import co.ventanilla.answers.AnswerStatus;
import co.ventanilla.answers.SatisfactionRating;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of a case's life, from the bundle {@code co.ventanilla.cases.CaseMessages}: Spanish by
 * default, English second. Arguments that are {@link CaseState}s are written with their names in
 * the same language ("Respuesta aprobada"), and so are answer statuses, ratings and yes/no, so a
 * message reads as one language.
 */
public final class CaseTexts {

  /** The product's language: messages stored in history and mails are written in it. */
  public static final Locale SPANISH = Locale.forLanguageTag("es-CO");

  private static final String BUNDLE = "co.ventanilla.cases.CaseMessages";
  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private CaseTexts() {}

  /** An argument that is itself a text of the bundle, e.g. the name of an action. */
  public record Key(String key) {}

  /** The text of {@code key} in {@code locale}, with {@code args} filled in. */
  public static String format(Locale locale, String key, Object... args) {
    ResourceBundle bundle = bundle(locale);
    Object[] localized = Arrays.stream(args).map(a -> label(bundle, a)).toArray();
    return new MessageFormat(bundle.getString(key), locale).format(localized);
  }

  /**
   * States, answer statuses, ratings and yes/no in words of the bundle; other values as they are.
   */
  private static Object label(ResourceBundle bundle, Object arg) {
    if (arg == null) {
      return bundle.getString("none");
    } else if (arg instanceof Key text) {
      return bundle.getString(text.key());
    } else if (arg instanceof CaseState state) {
      return bundle.getString("state." + state.name());
    } else if (arg instanceof AnswerStatus status) {
      return bundle.getString("answer.status." + status.name());
    } else if (arg instanceof SatisfactionRating rating) {
      return bundle.getString("rating." + rating.score());
    } else if (arg instanceof Boolean yes) {
      return bundle.getString(yes ? "yes" : "no");
    } else if (arg instanceof java.time.LocalDate date) {
      return date.format(DAY); // as Colombians write dates: 10/04/2026
    } else if (arg instanceof Number number) {
      return String.valueOf(number); // no grouping: "2026", not "2.026"
    }
    return arg;
  }

  /** The Spanish text of {@code key}. */
  public static String spanish(String key, Object... args) {
    return format(SPANISH, key, args);
  }

  /** The name of {@code state} as users read it, e.g. "Respuesta aprobada". */
  public static String stateName(CaseState state, Locale locale) {
    return bundle(locale).getString("state." + state.name());
  }

  private static ResourceBundle bundle(Locale locale) {
    // No fallback to the JVM's default locale: es and es-CO end on the Spanish base bundle.
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        CaseTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
