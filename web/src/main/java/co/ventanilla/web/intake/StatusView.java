package co.ventanilla.web.intake;

import co.ventanilla.cases.CaseQueryService;
import co.ventanilla.cases.PublicStatus;
import co.ventanilla.intake.SubmissionProblem;
import co.ventanilla.web.i18n.LocaleSelector;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The public status page ({@code consulta.xhtml}): radicado and tracking code give the state and
 * the due date, never personal data. Can be opened with both as parameters (the link of the
 * acknowledgement).
 */
@Named
@ViewScoped
public class StatusView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseQueryService cases;
  @Inject LocaleSelector language;
  @jakarta.ejb.EJB co.ventanilla.attachments.PetitionerFiles petitionerFiles;
  @Inject PublicFormSettings settings;
  @Inject FilingRateLimiter limiter;
  private transient java.util.List<jakarta.servlet.http.Part> newFiles =
      new java.util.ArrayList<>();

  private String radicado;
  private String code;
  private PublicStatus status;
  private boolean searched;

  /** Runs the search when the page is opened with both parameters. */
  public void onLoad() {
    if (radicado != null && code != null && !searched) {
      search();
    }
  }

  public void search() {
    searched = true;
    status = cases.publicStatus(radicado, code).orElse(null);
    if (status == null) {
      String text =
          new SubmissionProblem("radicado", "status_not_found").message(language.getLocale());
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
    }
  }

  /** Whether the case found is still open, so its petitioner may add documents to it. */
  public boolean isAcceptsFiles() {
    return status != null && !status.state().isFinal();
  }

  /**
   * Adds the petitioner's documents to their case (radicado and code of the form); each refused
   * file, a wrong code or a finished case is said on the page, and nothing is stored then.
   */
  public void addFiles() {
    FacesContext faces = FacesContext.getCurrentInstance();
    java.util.Locale locale = language.getLocale();
    jakarta.servlet.http.HttpServletRequest request =
        (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest();
    if (!limiter.tryAcquire(co.ventanilla.web.security.ClientAddress.of(request))) {
      say(
          faces,
          FacesMessage.SEVERITY_ERROR,
          new SubmissionProblem("formulario", "rate_limited").message(locale));
      return;
    }
    try {
      petitionerFiles.add(radicado, code, Uploads.read(newFiles), settings.uploadPolicy());
      say(
          faces,
          FacesMessage.SEVERITY_INFO,
          co.ventanilla.web.i18n.Texts.of(faces).get("status.filesAdded"));
    } catch (co.ventanilla.intake.InvalidSubmissionException e) {
      e.problems().forEach(p -> say(faces, FacesMessage.SEVERITY_ERROR, p.message(locale)));
    } catch (co.ventanilla.cases.CaseRuleViolation e) {
      say(faces, FacesMessage.SEVERITY_ERROR, e.message(locale));
    }
    newFiles = new java.util.ArrayList<>();
    status = cases.publicStatus(radicado, code).orElse(null);
    searched = true;
  }

  private static void say(FacesContext faces, FacesMessage.Severity severity, String text) {
    faces.addMessage("docs", new FacesMessage(severity, text, text));
  }

  public java.util.List<jakarta.servlet.http.Part> getNewFiles() {
    return newFiles;
  }

  public void setNewFiles(java.util.List<jakarta.servlet.http.Part> parts) {
    this.newFiles = parts;
  }

  /** When the answer was sent, as people read dates here ({@code dd/MM/yyyy HH:mm}). */
  public String getAnsweredAtText() {
    return status == null || status.answeredAt() == null
        ? ""
        : status
            .answeredAt()
            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
  }

  public PublicStatus getStatus() {
    return status;
  }

  public String getRadicado() {
    return radicado;
  }

  public void setRadicado(String radicado) {
    this.radicado = radicado;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
