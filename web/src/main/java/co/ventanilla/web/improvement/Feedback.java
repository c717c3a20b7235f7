package co.ventanilla.web.improvement;

import co.ventanilla.improvement.AcpmRuleViolation;
import co.ventanilla.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages of the ACPM screens: a refusal in the user's language, or a done. */
final class Feedback {

  private Feedback() {}

  static void refused(AcpmRuleViolation e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, e.message(Texts.of(faces, "acpm").locale()), null));
    faces.validationFailed();
  }

  static void done(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.of(faces, "acpm").get(key), null));
  }
}
