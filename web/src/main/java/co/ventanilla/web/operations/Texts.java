package co.ventanilla.web.operations;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the operational screens for messages built in Java, from the {@code ops} bundle. */
final class Texts {

  private Texts() {}

  static Locale locale(FacesContext faces) {
    return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.getDefault();
  }

  static String format(FacesContext faces, String key, Object... args) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "ops");
    return new MessageFormat(bundle.getString(key), locale(faces)).format(args);
  }
}
