package co.ventanilla.web.investigations;

import co.ventanilla.investigations.ActaContent;
import co.ventanilla.investigations.InvestigationService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The tab "Sesiones" of the investigation workspace: actas as drafts, approved and frozen with
 * their SHA-256, corrected as a new version; the tasks they assign, marked done.
 */
@Named
@ViewScoped
public class SessionsView implements Serializable {

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
}
