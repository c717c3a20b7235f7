package co.ventanilla.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The session's language: Spanish (Colombia) until the user picks English. The browser's own
 * language is not used, so a staff member on an English-language computer still sees Spanish.
 */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final Locale SPANISH = Locale.forLanguageTag("es-CO");

  private Locale locale = SPANISH;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /** What the language menu sets: {@code es} or {@code en}. */
  public void setLanguage(String language) {
    use(language);
  }

  /** Switches to {@code es} or {@code en}; anything else means Spanish. */
  public void use(String language) {
    locale = "en".equals(language) ? Locale.ENGLISH : SPANISH;
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot() != null) {
      faces.getViewRoot().setLocale(locale);
    }
  }
}
