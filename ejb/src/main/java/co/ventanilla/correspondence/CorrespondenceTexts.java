package co.ventanilla.correspondence;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the correspondence (notes added to cases, notices to senders, quarantine rules) from the
 * bundle {@code co.ventanilla.correspondence.CorrespondenceMessages}: Spanish by default, English
 * second. No fallback to the server's own locale: Spanish is the product's language.
 */
final class CorrespondenceTexts {

  static final Locale SPANISH = Locale.forLanguageTag("es-CO");

  private static final String BUNDLE = "co.ventanilla.correspondence.CorrespondenceMessages";

  private CorrespondenceTexts() {}

  static String format(Locale locale, String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            CorrespondenceTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  static String spanish(String key, Object... args) {
    return format(SPANISH, key, args);
  }
}
