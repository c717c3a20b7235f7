package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A task a session assigns: what, who, by when, and whether it was done. */
@Embeddable
public class SessionTask {

  @Column(name = "description", nullable = false, length = 1000)
  private String description;

  @Column(name = "owner", nullable = false, length = 120)
  private String owner;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "done", nullable = false)
  private boolean done;

  @Column(name = "done_at")
  private LocalDateTime doneAt;

  protected SessionTask() {}

  public SessionTask(String description, String owner, LocalDate dueOn) {
    this(description, owner, dueOn, false, null);
  }

  private SessionTask(
      String description, String owner, LocalDate dueOn, boolean done, LocalDateTime doneAt) {
    this.description = description;
    this.owner = owner;
    this.dueOn = dueOn;
    this.done = done;
    this.doneAt = doneAt;
  }

  SessionTask completed(LocalDateTime at) {
    return new SessionTask(description, owner, dueOn, true, at);
  }

  SessionTask copy() {
    return new SessionTask(description, owner, dueOn, done, doneAt);
  }

  public String description() {
    return description;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public boolean done() {
    return done;
  }

  public LocalDateTime doneAt() {
    return doneAt;
  }

  /** Not done and its day has passed. */
  public boolean overdue(LocalDate today) {
    return !done && today.isAfter(dueOn);
  }
}
