package co.ventanilla.web.i18n;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of a Faces resource bundle (by its {@code var} in faces-config: {@code msg}, {@code ops},
 * {@code adm}) in the view's language, for messages built in Java.
 */
public final class Texts {

  private final ResourceBundle bundle;
  private final Locale locale;

  private Texts(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The intranet's main bundle, {@code msg}. */
  public static Texts of(FacesContext faces) {
    return of(faces, "msg");
  }

  /**
   * The bundle {@code var} in the language the user chose ({@link LocaleSelector}): not the view
   * root's, which before rendering still follows the browser's {@code Accept-Language}.
   */
  public static Texts of(FacesContext faces, String var) {
    LocaleSelector selector =
        faces
            .getApplication()
            .evaluateExpressionGet(faces, "#{localeSelector}", LocaleSelector.class);
    Locale locale = selector == null ? LocaleSelector.SPANISH : selector.getLocale();
    return new Texts(
        ResourceBundle.getBundle(
            faces.getApplication().getResourceBundle(faces, var).getBaseBundleName(),
            locale,
            Texts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
        locale);
  }

  public Locale locale() {
    return locale;
  }

  public String get(String key) {
    return bundle.getString(key);
  }

  public String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
