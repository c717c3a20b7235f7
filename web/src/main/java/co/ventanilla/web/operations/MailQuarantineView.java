package co.ventanilla.web.operations;

import co.ventanilla.correspondence.MailOutcome;
import co.ventanilla.correspondence.MailQuarantine;
import co.ventanilla.correspondence.MailQuarantineException;
import co.ventanilla.correspondence.QuarantineStatus;
import co.ventanilla.intake.InvalidSubmissionException;
import co.ventanilla.integration.mail.MailQuarantineDesk;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The mail quarantine ({@code cuarentena.xhtml}): mails the intake could not file, a page at a time
 * and by status. Staff import one again once its cause is fixed (it becomes a case as if it had
 * just arrived) or discard it with a reason; the record and the raw mail always stay ({@link
 * co.ventanilla.correspondence.MailQuarantineService}), recorded as done by the logged-in member of
 * staff.
 */
@Named
@ViewScoped
public class MailQuarantineView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MailQuarantineDesk desk;
  @Inject CurrentStaff staff;

  private QuarantineStatus status = QuarantineStatus.PENDING;
  private Long selected;
  private String reason;
  private final LazyDataModel<MailQuarantine> model = new QuarantinePage();

  /** The status asked for in the address ({@code ?estado=DISCARDED}), so a list can be linked. */
  @PostConstruct
  void readStatusParameter() {
    String asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("estado");
    for (QuarantineStatus s : QuarantineStatus.values()) {
      if (s.name().equalsIgnoreCase(asked)) {
        status = s;
      }
    }
  }

  /** Runs the intake again on mail {@code id}; says which radicado it got, or why not. */
  public void reimport(long id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      MailOutcome outcome = desk.reimport(id, staff.get().userName());
      String kind = outcome.kind().name();
      String radicado = outcome.radicado() == null ? "" : outcome.radicado();
      info(faces, Texts.of(faces, "ops").format("ops.quarantine.reimported." + kind, radicado));
    } catch (InvalidSubmissionException e) {
      String problems =
          e.problems().stream()
              .map(p -> p.message(Texts.of(faces).locale()))
              .collect(Collectors.joining(" "));
      error(faces, Texts.of(faces, "ops").format("ops.quarantine.reimportFailed", problems));
    } catch (MailQuarantineException e) {
      error(faces, e.message(Texts.of(faces).locale()));
    } catch (MessagingException | IOException | RuntimeException e) {
      error(
          faces, Texts.of(faces, "ops").format("ops.quarantine.reimportFailed", String.valueOf(e)));
    }
  }

  /** Opens the discard dialog for mail {@code id}. */
  public void select(long id) {
    selected = id;
    reason = null;
  }

  /** Discards the selected mail with the reason given in the dialog. */
  public void discard() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      desk.discard(selected, staff.get().userName(), reason);
      info(
          faces,
          Texts.of(faces, "ops").format("ops.quarantine.discarded", String.valueOf(selected)));
    } catch (MailQuarantineException e) {
      error(faces, e.message(Texts.of(faces).locale()));
    }
    selected = null;
    reason = null;
  }

  public LazyDataModel<MailQuarantine> getModel() {
    return model;
  }

  public QuarantineStatus[] getStatuses() {
    return QuarantineStatus.values();
  }

  public QuarantineStatus getStatus() {
    return status;
  }

  public void setStatus(QuarantineStatus status) {
    this.status = status == null ? QuarantineStatus.PENDING : status;
  }

  public Long getSelected() {
    return selected;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  private static void info(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private static void error(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  private class QuarantinePage extends LazyDataModel<MailQuarantine> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, desk.count(status));
    }

    @Override
    public List<MailQuarantine> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return desk.list(status, first, pageSize);
    }

    @Override
    public String getRowKey(MailQuarantine row) {
      return String.valueOf(row.id());
    }

    @Override
    public MailQuarantine getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(q -> String.valueOf(q.id()).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }
}
