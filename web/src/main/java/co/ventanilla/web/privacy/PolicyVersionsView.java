package co.ventanilla.web.privacy;

import co.ventanilla.privacy.ConsentService;
import co.ventanilla.privacy.PrivacyRuleViolation;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's screen of the data-processing policy ({@code admin/politica-datos.xhtml}):
 * the published versions with the SHA-256 of each text, and a new version to publish (Ley 1581 de
 * 2012, arts. 9 and 17(b); {@link ConsentService}, which checks the role).
 */
@Named
@ViewScoped
public class PolicyVersionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConsentService consents;
  @Inject CurrentStaff staff;

  private List<ConsentService.PolicyVersion> versions;
  private String version;
  private String text;

  public List<ConsentService.PolicyVersion> getVersions() {
    if (versions == null) {
      versions = consents.versions();
    }
    return versions;
  }

  /** The version the public form shows now. */
  public String getCurrent() {
    return consents.current().map(ConsentService.PolicyVersion::version).orElse("");
  }

  public void publish() {
    try {
      ConsentService.PolicyVersion v = consents.publish(version, text, staff.get().userName());
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  Texts.of(FacesContext.getCurrentInstance(), "priv")
                      .format("priv.policy.published", v.version(), v.sha256()),
                  null));
      version = null;
      text = null;
      versions = null;
    } catch (PrivacyRuleViolation e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
