package co.ventanilla.web.security;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.staff.Staff;
import co.ventanilla.staff.StaffDirectory;
import co.ventanilla.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * My account ({@code cuenta.xhtml}): who I am (name, roles, areas) and the change of my own
 * password, which needs the current one. After a password set by an administrator, this page is the
 * only one open until the new password is chosen.
 */
@Named
@RequestScoped
public class AccountView {

  @Inject StaffSession session;
  @Inject StaffDirectory directory;

  private String current;
  private String fresh;
  private String repeated;

  public boolean isMustChange() {
    Object flag =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getSessionMap()
            .get(LoginView.MUST_CHANGE_PASSWORD);
    return Boolean.TRUE.equals(flag);
  }

  public Staff getStaff() {
    return session.staff().orElse(null);
  }

  public void changePassword() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Texts texts = Texts.of(faces);
    if (fresh == null || !fresh.equals(repeated)) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("account.mismatch"), null));
      return;
    }
    try {
      directory.changeOwnPassword(
          session.getUserName(),
          current == null ? new char[0] : current.toCharArray(),
          fresh.toCharArray());
      faces.getExternalContext().getSessionMap().remove(LoginView.MUST_CHANGE_PASSWORD);
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("account.changed"), null));
    } catch (CaseRuleViolation e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(texts.locale()), null));
    } finally {
      current = null;
      fresh = null;
      repeated = null;
    }
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getFresh() {
    return fresh;
  }

  public void setFresh(String fresh) {
    this.fresh = fresh;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
