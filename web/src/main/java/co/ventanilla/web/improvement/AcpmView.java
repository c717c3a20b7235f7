package co.ventanilla.web.improvement;

import co.ventanilla.improvement.Acpm;
import co.ventanilla.improvement.AcpmAction;
import co.ventanilla.improvement.AcpmRuleViolation;
import co.ventanilla.improvement.AcpmService;
import co.ventanilla.improvement.AcpmType;
import co.ventanilla.improvement.ActionStatus;
import co.ventanilla.improvement.Analysis;
import co.ventanilla.staff.StaffUser;
import co.ventanilla.web.i18n.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * An ACPM's workspace ({@code mejora/acpm.xhtml?id=...}): its origin and source records, the
 * analysis of causes (five whys, Ishikawa by the 6M), the actions with their owners, due dates and
 * statuses, the follow-up, the effectiveness verification (by someone who owns none of the actions,
 * with evidence and an optional file) and the closing; each offered only to whom {@link
 * AcpmService#abilities} allows, which the service checks again.
 */
@Named
@ViewScoped
public class AcpmView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AcpmService acpm;
  @Inject Clock clock;

  private long id;
  private transient Acpm entry;
  private AcpmService.Abilities can;

  private List<String> whys = new ArrayList<>();
  private String rootCause;
  private String method;
  private String manpower;
  private String machine;
  private String material;
  private String measurement;
  private String environment;
  private AcpmType type;

  private String actionText;
  private String actionOwner;
  private LocalDate actionDue;
  private final Map<Integer, String> statuses = new HashMap<>();

  private String note;
  private boolean effective = true;
  private String evidence;
  private transient UploadedFile evidenceFile;

  /** Loads the entry of the address; unknown answers 404, refused 403. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      read();
    } catch (AcpmRuleViolation e) {
      faces
          .getExternalContext()
          .responseSendError(
              e.forbidden() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND,
              e.message(Texts.of(faces, "acpm").locale()));
      faces.responseComplete();
    }
  }

  private void read() {
    entry = acpm.get(id);
    can = acpm.abilities(entry);
    Analysis an = entry.analysis();
    whys = new ArrayList<>(an.whys());
    rootCause = an.rootCause();
    method = an.method();
    manpower = an.manpower();
    machine = an.machine();
    material = an.material();
    measurement = an.measurement();
    environment = an.environment();
    type = entry.type();
    statuses.clear();
    for (AcpmAction a : entry.actions()) {
      statuses.put(a.number(), a.status().name());
    }
  }

  public void saveAnalysis() {
    run(
        () -> {
          acpm.analyze(
              id,
              new Analysis(
                  whys, rootCause, method, manpower, machine, material, measurement, environment));
          if (type != null && type != getEntry().type()) {
            acpm.retype(id, type);
          }
        },
        "acpm.done.analysis");
  }

  public void addAction() {
    run(
        () -> {
          acpm.addAction(id, actionText, actionOwner, actionDue);
          actionText = null;
          actionOwner = null;
          actionDue = null;
        },
        "acpm.done.action");
  }

  public void updateAction(int number) {
    run(
        () -> acpm.actionStatus(id, number, ActionStatus.valueOf(statuses.get(number))),
        "acpm.done.actionStatus");
  }

  public void addNote() {
    run(
        () -> {
          acpm.addNote(id, note);
          note = null;
        },
        "acpm.done.note");
  }

  public void verify() {
    run(
        () -> {
          byte[] bytes = evidenceFile == null ? null : evidenceFile.getContent();
          acpm.verify(
              id,
              effective,
              evidence,
              evidenceFile == null ? null : evidenceFile.getFileName(),
              evidenceFile == null ? null : evidenceFile.getContentType(),
              bytes == null || bytes.length == 0 ? null : bytes);
          evidence = null;
        },
        "acpm.done.verified");
  }

  public void close() {
    run(() -> acpm.close(id), "acpm.done.closed");
  }

  private void run(Runnable work, String done) {
    try {
      work.run();
    } catch (AcpmRuleViolation e) {
      Feedback.refused(e);
      return;
    }
    read();
    Feedback.done(done);
  }

  public boolean overdue(AcpmAction a) {
    return a.overdue(LocalDate.now(clock));
  }

  public List<StaffUser> getOwners() {
    return acpm.possibleOwners();
  }

  public AcpmType[] getTypes() {
    return AcpmType.values();
  }

  public ActionStatus[] getActionStatuses() {
    return ActionStatus.values();
  }

  public Acpm getEntry() {
    if (entry == null && id != 0) {
      entry = acpm.get(id);
    }
    return entry;
  }

  public AcpmService.Abilities getCan() {
    return can;
  }

  // ---------------------------------------------------------------------------------------------

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public List<String> getWhys() {
    while (whys.size() < 5) {
      whys.add(null);
    }
    return whys;
  }

  public String getRootCause() {
    return rootCause;
  }

  public void setRootCause(String rootCause) {
    this.rootCause = rootCause;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getManpower() {
    return manpower;
  }

  public void setManpower(String manpower) {
    this.manpower = manpower;
  }

  public String getMachine() {
    return machine;
  }

  public void setMachine(String machine) {
    this.machine = machine;
  }

  public String getMaterial() {
    return material;
  }

  public void setMaterial(String material) {
    this.material = material;
  }

  public String getMeasurement() {
    return measurement;
  }

  public void setMeasurement(String measurement) {
    this.measurement = measurement;
  }

  public String getEnvironment() {
    return environment;
  }

  public void setEnvironment(String environment) {
    this.environment = environment;
  }

  public AcpmType getType() {
    return type;
  }

  public void setType(AcpmType type) {
    this.type = type;
  }

  public String getActionText() {
    return actionText;
  }

  public void setActionText(String actionText) {
    this.actionText = actionText;
  }

  public String getActionOwner() {
    return actionOwner;
  }

  public void setActionOwner(String actionOwner) {
    this.actionOwner = actionOwner;
  }

  public LocalDate getActionDue() {
    return actionDue;
  }

  public void setActionDue(LocalDate actionDue) {
    this.actionDue = actionDue;
  }

  public Map<Integer, String> getStatuses() {
    return statuses;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isEffective() {
    return effective;
  }

  public void setEffective(boolean effective) {
    this.effective = effective;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public UploadedFile getEvidenceFile() {
    return evidenceFile;
  }

  public void setEvidenceFile(UploadedFile evidenceFile) {
    this.evidenceFile = evidenceFile;
  }
}
