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
