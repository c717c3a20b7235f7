package co.ventanilla.investigations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * A committee session and its acta: date, attendees, agenda, developments, decisions and the tasks
 * it assigns. A draft can be edited; once approved the acta is frozen and carries the SHA-256 of
 * its content (printed on its PDF), and a correction is a new version of the same session number
 * that replaces it (the approved one stays, marked replaced). Whether a task is done is follow-up,
 * not content of the acta, so it may be marked on an approved acta.
 */
@Entity
@Table(name = "investigation_session")
public class CommitteeSession {

  /** Where an acta is in its life. */
  public enum Status {
    BORRADOR,
    APROBADA,
    REEMPLAZADA
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "investigation_session_ids")
  @TableGenerator(
      name = "investigation_session_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "investigation_session",
      allocationSize = 20)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "investigation_id", nullable = false, updatable = false)
  private Investigation investigation;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Column(name = "version_no", nullable = false, updatable = false)
  private int version;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "attendees", nullable = false, length = 2000)
  private String attendees;

  @Column(name = "agenda", nullable = false)
  private String agenda;

  @Column(name = "developments")
  private String developments;

  @Column(name = "decisions")
  private String decisions;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status;

  @Column(name = "created_by", nullable = false, length = 120, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "approved_by", length = 120)
  private String approvedBy;

  @Column(name = "approved_at")
  private LocalDateTime approvedAt;

  @Column(name = "content_sha256", length = 64)
  private String contentSha256;

  @Column(name = "correction_reason", length = 1000)
  private String correctionReason;

  @ElementCollection
  @CollectionTable(name = "session_task", joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "position")
  private List<SessionTask> tasks = new ArrayList<>();

  protected CommitteeSession() {}

  CommitteeSession(
      Investigation investigation,
      int number,
      int version,
      ActaContent content,
      String createdBy,
      LocalDateTime createdAt,
      String correctionReason) {
    this.investigation = investigation;
    this.number = number;
    this.version = version;
    this.status = Status.BORRADOR;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.correctionReason = correctionReason;
    write(content);
  }

  /** Replaces the draft's content. */
  void write(ActaContent content) {
    requireDraft();
    this.heldOn = content.heldOn();
    this.attendees = String.join(", ", content.attendees());
    this.agenda = content.agenda();
    this.developments = content.developments();
    this.decisions = content.decisions();
    this.tasks.clear();
    content.tasks().forEach(t -> tasks.add(new SessionTask(t.description(), t.owner(), t.dueOn())));
  }

  void approve(String by, LocalDateTime at) {
    requireDraft();
    this.status = Status.APROBADA;
    this.approvedBy = by;
    this.approvedAt = at;
    this.contentSha256 = contentHash();
  }

  void replaced() {
    this.status = Status.REEMPLAZADA;
  }

  void completeTask(int index, LocalDateTime at) {
    if (index < 0 || index >= tasks.size()) {
      throw InvestigationRuleViolation.field("tarea", "task.not_found", index + 1);
    }
    tasks.set(index, tasks.get(index).completed(at));
  }

  private void requireDraft() {
    if (status != null && status != Status.BORRADOR) {
      throw new InvestigationRuleViolation("session.frozen", number, version);
    }
  }

  /** The content as an {@link ActaContent}, e.g. to start a correction from it. */
  public ActaContent content() {
    return new ActaContent(
        heldOn,
        attendees.isBlank() ? List.of() : List.of(attendees.split(",\\s*")),
        agenda,
        developments,
        decisions,
        tasks.stream()
            .map(t -> new ActaContent.Task(t.description(), t.owner(), t.dueOn()))
            .toList());
  }

  /**
   * SHA-256 (hex) of the acta's content: number, version, date, attendees, agenda, developments,
   * decisions and tasks (what, who, when), one field per line, UTF-8.
   */
  public String contentHash() {
    StringBuilder s = new StringBuilder();
    s.append("acta ").append(number).append('.').append(version).append('\n');
    s.append(heldOn).append('\n').append(attendees).append('\n').append(agenda).append('\n');
    s.append(nz(developments)).append('\n').append(nz(decisions)).append('\n');
    for (SessionTask t : tasks) {
      s.append(t.description()).append('|').append(t.owner()).append('|').append(t.dueOn());
      s.append('\n');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public Long id() {
    return id;
  }

  public int number() {
    return number;
  }

  public int version() {
    return version;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public String attendees() {
    return attendees;
  }

  public String agenda() {
    return agenda;
  }

  public String developments() {
    return developments;
  }

  public String decisions() {
    return decisions;
  }

  public Status status() {
    return status;
  }

  public String createdBy() {
    return createdBy;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public LocalDateTime approvedAt() {
    return approvedAt;
  }

  public String contentSha256() {
    return contentSha256;
  }

  public String correctionReason() {
    return correctionReason;
  }

  public List<SessionTask> tasks() {
    return Collections.unmodifiableList(tasks);
  }
}
