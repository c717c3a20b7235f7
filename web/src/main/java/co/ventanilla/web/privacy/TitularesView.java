package co.ventanilla.web.privacy;

import co.ventanilla.privacy.ConsentService;
import co.ventanilla.privacy.DataSubjectFile;
import co.ventanilla.privacy.FreeText;
import co.ventanilla.privacy.PersonalDataService;
import co.ventanilla.privacy.PrivacyRuleViolation;
import co.ventanilla.privacy.RetentionService;
import co.ventanilla.privacy.SubjectKey;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The data-protection officer's screen ({@code privacidad/titulares.xhtml}): finds a person by
 * document or email, shows everything held with the reclamo legend and what blocks suppression,
 * links the export (JSON, PDF) and rectifies or anonymises through {@link PersonalDataService},
 * which checks the role and journals each view.
 */
@Named
@ViewScoped
public class TitularesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PersonalDataService data;
  @Inject CurrentStaff staff;
  @Inject ConsentService consents;
  @Inject RetentionService retention;

  private String document;
  private String email;
  private SubjectKey key;
  private DataSubjectFile file;
  private String reason;
  private String rectifyReason;
  private List<String> marks = new ArrayList<>();
  private String newNames;
  private String newEmail;
  private String newPhone;
  private String newAddress;
  private String revokeReason;
  private String revokeReclamo;
  private List<ConsentService.Revocation> revocations = List.of();
  private List<RetentionService.Run> runs;

  public void search() {
    key = SubjectKey.of(document, email);
    file = null;
    if (key.isEmpty()) {
      error(text().get("priv.required"));
      return;
    }
    reload();
  }

  private void reload() {
    try {
      file = data.find(key, staff.get().userName());
      revocations = consents.revocations(key);
    } catch (PrivacyRuleViolation e) {
      file = null;
      error(e.getMessage());
    }
  }

  public void anonymise() {
    if (key == null) {
      return;
    }
    Set<FreeText> marked = EnumSet.noneOf(FreeText.class);
    for (String m : marks) {
      FreeText.parse(m).ifPresent(marked::add);
    }
    try {
      PersonalDataService.Anonymisation done =
          data.anonymise(key, reason, marked, staff.get().userName());
      info(
          done.alreadyDone()
              ? text().get("priv.alreadyDone")
              : text().format("priv.done", done.cases(), done.attachments(), done.parties()));
      reason = null;
      marks = new ArrayList<>();
      reload();
    } catch (PrivacyRuleViolation e) {
      error(e.getMessage());
    }
  }

  public void rectify() {
    if (key == null) {
      return;
    }
    try {
      int changed =
          data.rectify(
              key,
              new PersonalDataService.Correction(
                  newNames, null, null, newEmail, newPhone, newAddress),
              rectifyReason,
              staff.get().userName());
      info(text().format("priv.rectified", changed));
      if (newEmail != null && !newEmail.isBlank() && key.email() != null) {
        key = SubjectKey.of(key.document(), newEmail);
        email = newEmail;
      }
      newNames = newEmail = newPhone = newAddress = rectifyReason = null;
      reload();
    } catch (PrivacyRuleViolation e) {
      error(e.getMessage());
    }
  }

  /**
   * Records that the person revoked the authorization (Ley 1581 de 2012, art. 8(e)): from now on no
   * survey or optional mail goes to them; the answers to their cases still do.
   */
  public void revoke() {
    if (key == null) {
      return;
    }
    try {
      consents.revoke(key, revokeReason, revokeReclamo, staff.get().userName());
      info(text().get("priv.revoked"));
      revokeReason = revokeReclamo = null;
      reload();
    } catch (PrivacyRuleViolation e) {
      error(e.getMessage());
    }
  }

  /** The latest retention runs (newest first, at most three). */
  public List<RetentionService.Run> getRuns() {
    if (runs == null) {
      List<RetentionService.Run> all = retention.runs();
      runs = all.subList(0, Math.min(3, all.size()));
    }
    return runs;
  }

  /** The cases of a run's list, with their outcome once approved. */
  public List<RetentionService.Item> items(String period) {
    return retention.items(period);
  }

  /** The officer approves the run of {@code period}: its cases are anonymised. */
  public void approve(String period) {
    try {
      RetentionService.Run run = retention.approve(period, staff.get().userName());
      info(text().format("priv.retention.approved", period, run.anonymised(), run.skipped()));
    } catch (PrivacyRuleViolation e) {
      error(e.getMessage());
    }
    runs = null;
  }

  /** The query string of the export links. */
  public String getExportQuery() {
    if (key == null) {
      return "";
    }
    return key.document() != null
        ? "documento=" + URLEncoder.encode(key.document(), StandardCharsets.UTF_8)
        : "correo=" + URLEncoder.encode(key.email(), StandardCharsets.UTF_8);
  }

  public FreeText[] getFreeTexts() {
    return FreeText.values();
  }

  private static Texts text() {
    return Texts.of(FacesContext.getCurrentInstance(), "priv");
  }

  private static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  private static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public List<ConsentService.Revocation> getRevocations() {
    return revocations;
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public void setRevokeReason(String revokeReason) {
    this.revokeReason = revokeReason;
  }

  public String getRevokeReclamo() {
    return revokeReclamo;
  }

  public void setRevokeReclamo(String revokeReclamo) {
    this.revokeReclamo = revokeReclamo;
  }

  public DataSubjectFile getFile() {
    return file;
  }

  public String getDocument() {
    return document;
  }

  public void setDocument(String document) {
    this.document = document;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getRectifyReason() {
    return rectifyReason;
  }

  public void setRectifyReason(String rectifyReason) {
    this.rectifyReason = rectifyReason;
  }

  public List<String> getMarks() {
    return marks;
  }

  public void setMarks(List<String> marks) {
    this.marks = marks;
  }

  public String getNewNames() {
    return newNames;
  }

  public void setNewNames(String newNames) {
    this.newNames = newNames;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getNewPhone() {
    return newPhone;
  }

  public void setNewPhone(String newPhone) {
    this.newPhone = newPhone;
  }

  public String getNewAddress() {
    return newAddress;
  }

  public void setNewAddress(String newAddress) {
    this.newAddress = newAddress;
  }
}
