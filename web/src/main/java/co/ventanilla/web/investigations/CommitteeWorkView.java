package co.ventanilla.web.investigations;

import co.ventanilla.investigations.ActaContent;
import co.ventanilla.investigations.Authority;
import co.ventanilla.investigations.AuthorityContact;
import co.ventanilla.investigations.Cause;
import co.ventanilla.investigations.ClaimDecision;
import co.ventanilla.investigations.InvestigationFile;
import co.ventanilla.investigations.InvestigationService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The tabs "Sesiones", "Documentos", "Autoridades" and "Conclusiones" of the investigation
 * workspace: actas (draft, approve and freeze, correct as a new version, tasks done), the documents
 * the client must provide (requested from the checklist of the modality, received with their file),
 * contacts with authorities, the conclusions, the members' votes and the chair's closing.
 */
@Named
@ViewScoped
public class CommitteeWorkView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InvestigationView workspace;
  @Inject InvestigationService investigations;

  private LocalDate heldOn;
  private List<String> attendees = new ArrayList<>();
  private String agenda;
  private String developments;
  private String decisions;
  private String taskDescription;
  private String taskOwner;
  private LocalDate taskDue;
  private String correction;

  private List<String> requested = new ArrayList<>();
  private String otherDocument;
  private transient UploadedFile received;

  private Authority authority;
  private AuthorityContact.Direction direction;
  private String reference;
  private LocalDate authorityDate;
  private String authorityNote;
  private transient UploadedFile authorityFile;

  private Long causeId;
  private String responsibilities;
  private String sanctions;
  private String measures;
  private ClaimDecision decision;
  private BigDecimal amount;
  private String improvements;
  private String voteNote;

  private long id() {
    return workspace.getFile().id();
  }

  public void newSession() {
    List<ActaContent.Task> tasks =
        taskDescription == null || taskDescription.isBlank()
            ? List.of()
            : List.of(new ActaContent.Task(taskDescription, taskOwner, taskDue));
    if (Actions.run(
        "inv.done.session",
        () ->
            investigations.newSession(
                id(),
                new ActaContent(heldOn, attendees, agenda, developments, decisions, tasks)))) {
      agenda = null;
      developments = null;
      decisions = null;
      taskDescription = null;
      workspace.reload();
    }
  }

  public void approve(long sessionId) {
    if (Actions.run("inv.done.approved", () -> investigations.approveSession(id(), sessionId))) {
      workspace.reload();
    }
  }

  public void correct(long sessionId) {
    if (Actions.run(
        "inv.done.corrected", () -> investigations.correctSession(id(), sessionId, correction))) {
      correction = null;
      workspace.reload();
    }
  }

  public void taskDone(long sessionId, int index) {
    if (Actions.run("inv.done.task", () -> investigations.completeTask(id(), sessionId, index))) {
      workspace.reload();
    }
  }

  /** The checklist of the investigation's modality, to choose what to request. */
  public List<String> getChecklist() {
    return investigations.checklist(workspace.getFile().modality());
  }

  public String requestDocuments() {
    List<String> names = new ArrayList<>(requested);
    if (otherDocument != null && !otherDocument.isBlank()) {
      names.add(otherDocument);
    }
    boolean[] suspended = new boolean[1];
    boolean ok =
        Actions.run(
            "inv.done.requested",
            () -> suspended[0] = investigations.requestDocuments(id(), names));
    if (ok && !suspended[0]) {
      Actions.run("inv.done.requestedNotSuspended", () -> {});
    }
    return Actions.back(ok, id());
  }

  public String receive(long documentId) {
    return Actions.back(
        Actions.run(
            "inv.done.received",
            () ->
                Actions.withFile(
                    received, f -> investigations.receiveDocument(id(), documentId, f))),
        id());
  }

  public String addAuthority() {
    return Actions.back(
        Actions.run(
            "inv.done.authority",
            () ->
                Actions.withFile(
                    authorityFile,
                    f ->
                        investigations.addAuthorityContact(
                            id(),
                            authority,
                            direction,
                            reference,
                            authorityDate,
                            authorityNote,
                            f))),
        id());
  }

  @jakarta.annotation.PostConstruct
  public void prepareConclusions() {
    InvestigationFile.Conclusions c = workspace.getFile().conclusions();
    causeId = c.causeId();
    responsibilities = c.responsibilities();
    sanctions = c.sanctions();
    measures = c.measures();
    decision = c.claimDecision();
    amount = c.claimAmount();
    improvements = String.join("\n", c.improvements());
  }

  public void conclude() {
    List<String> actions =
        improvements == null ? List.of() : Arrays.asList(improvements.split("\\R"));
    if (Actions.run(
        "inv.done.concluded",
        () ->
            investigations.conclude(
                id(), causeId, responsibilities, sanctions, measures, decision, amount, actions))) {
      workspace.reload();
      prepareConclusions();
    }
  }

  public void vote(boolean inFavour) {
    if (Actions.run("inv.done.voted", () -> investigations.vote(id(), inFavour, voteNote))) {
      voteNote = null;
      workspace.reload();
    }
  }

  public void close() {
    if (Actions.run("inv.done.closed", () -> investigations.close(id()))) {
      workspace.reload();
    }
  }

  public List<Cause> getCauses() {
    return investigations.causes();
  }

  public Authority[] getAuthorities() {
    return Authority.values();
  }

  public AuthorityContact.Direction[] getDirections() {
    return AuthorityContact.Direction.values();
  }

  public ClaimDecision[] getClaimDecisions() {
    return ClaimDecision.values();
  }

  // ---------------------------------------------------------------------------------------------
  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate v) {
    heldOn = v;
  }

  public List<String> getAttendees() {
    return attendees;
  }

  public void setAttendees(List<String> v) {
    attendees = v;
  }

  public String getAgenda() {
    return agenda;
  }

  public void setAgenda(String v) {
    agenda = v;
  }

  public String getDevelopments() {
    return developments;
  }

  public void setDevelopments(String v) {
    developments = v;
  }

  public String getDecisions() {
    return decisions;
  }

  public void setDecisions(String v) {
    decisions = v;
  }

  public String getTaskDescription() {
    return taskDescription;
  }

  public void setTaskDescription(String v) {
    taskDescription = v;
  }

  public String getTaskOwner() {
    return taskOwner;
  }

  public void setTaskOwner(String v) {
    taskOwner = v;
  }

  public LocalDate getTaskDue() {
    return taskDue;
  }

  public void setTaskDue(LocalDate v) {
    taskDue = v;
  }

  public String getCorrection() {
    return correction;
  }

  public void setCorrection(String v) {
    correction = v;
  }

  public List<String> getRequested() {
    return requested;
  }

  public void setRequested(List<String> v) {
    requested = v;
  }

  public String getOtherDocument() {
    return otherDocument;
  }

  public void setOtherDocument(String v) {
    otherDocument = v;
  }

  public UploadedFile getReceived() {
    return received;
  }

  public void setReceived(UploadedFile v) {
    received = v;
  }

  public Authority getAuthority() {
    return authority;
  }

  public void setAuthority(Authority v) {
    authority = v;
  }

  public AuthorityContact.Direction getDirection() {
    return direction;
  }

  public void setDirection(AuthorityContact.Direction v) {
    direction = v;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String v) {
    reference = v;
  }

  public LocalDate getAuthorityDate() {
    return authorityDate;
  }

  public void setAuthorityDate(LocalDate v) {
    authorityDate = v;
  }

  public String getAuthorityNote() {
    return authorityNote;
  }

  public void setAuthorityNote(String v) {
    authorityNote = v;
  }

  public UploadedFile getAuthorityFile() {
    return authorityFile;
  }

  public void setAuthorityFile(UploadedFile v) {
    authorityFile = v;
  }

  public Long getCauseId() {
    return causeId;
  }

  public void setCauseId(Long v) {
    causeId = v;
  }

  public String getResponsibilities() {
    return responsibilities;
  }

  public void setResponsibilities(String v) {
    responsibilities = v;
  }

  public String getSanctions() {
    return sanctions;
  }

  public void setSanctions(String v) {
    sanctions = v;
  }

  public String getMeasures() {
    return measures;
  }

  public void setMeasures(String v) {
    measures = v;
  }

  public ClaimDecision getDecision() {
    return decision;
  }

  public void setDecision(ClaimDecision v) {
    decision = v;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal v) {
    amount = v;
  }

  public String getImprovements() {
    return improvements;
  }

  public void setImprovements(String v) {
    improvements = v;
  }

  public String getVoteNote() {
    return voteNote;
  }

  public void setVoteNote(String v) {
    voteNote = v;
  }
}
