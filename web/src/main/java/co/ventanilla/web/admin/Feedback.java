package co.ventanilla.web.admin;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * What the administration screens tell the user: what was done, in the page's growl (which shows
 * only the messages for {@link #GROWL}); a refusal inside a dialog, in the dialog, which stays open
 * so the user can correct it; a refusal of an action of a table row, in the growl.
 */
final class Feedback {

  /** The key the growl of every administration page shows ({@code for="feedback"}). */
  static final String GROWL = "feedback";

  private Feedback() {}

  /** Says in the growl that {@code key} of the {@code adm} bundle was done. */
  static void done(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        GROWL,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO, Texts.of(faces, "adm").format(key, args), null));
  }

  /** A refusal of the rules while a dialog is open: said there; the dialog stays open. */
  static void refusedInDialog(CaseRuleViolation refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, error(faces, refusal));
    faces.validationFailed();
  }

  /** A refusal of an action started from a table row: said in the growl. */
  static void refused(CaseRuleViolation refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(GROWL, error(faces, refusal));
  }

  private static FacesMessage error(FacesContext faces, CaseRuleViolation refusal) {
    return new FacesMessage(
        FacesMessage.SEVERITY_ERROR, refusal.message(Texts.of(faces).locale()), null);
  }
}
