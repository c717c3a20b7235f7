package co.ventanilla.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One action of an ACPM: what is to be done, by whom (a member of staff, its owner) and by when
 * (matrix GI-RG-07: acción, responsable, fecha compromiso, estado). An open action whose due date
 * has passed is overdue, and its owner and the Dirección SIG are alerted.
 */
@Entity
@Table(name = "acpm_action")
@NamedQuery(
    name = AcpmAction.OVERDUE,
    query =
        "SELECT a FROM AcpmAction a WHERE a.status IN :open AND a.dueDate < :today"
            + " ORDER BY a.dueDate, a.id")
public class AcpmAction {

  public static final String OVERDUE = "AcpmAction.overdue";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "acpm_action_ids")
  @TableGenerator(
      name = "acpm_action_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "acpm_action",
      allocationSize = 10)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "acpm_id", nullable = false, updatable = false)
  private Acpm acpm;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Column(name = "description", nullable = false, length = 2000)
  private String description;

  @Column(name = "owner", nullable = false, length = 120)
  private String owner;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ActionStatus status;

  @Column(name = "created_by", nullable = false, length = 120)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  protected AcpmAction() {}

  AcpmAction(
      Acpm acpm,
      int number,
      String description,
      String owner,
      LocalDate dueDate,
      String createdBy,
      LocalDateTime createdAt) {
    this.acpm = acpm;
    this.number = number;
    this.description = description;
    this.owner = owner;
    this.dueDate = dueDate;
    this.status = ActionStatus.PENDIENTE;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void status(ActionStatus status, LocalDateTime at) {
    this.status = status;
    this.finishedAt = status.isOpen() ? null : at;
  }

  void reschedule(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  /** Whether the action is open and its due date is before {@code today}. */
  public boolean overdue(LocalDate today) {
    return status.isOpen() && dueDate.isBefore(today);
  }

  public Long id() {
    return id;
  }

  public Acpm acpm() {
    return acpm;
  }

  public int number() {
    return number;
  }

  public String description() {
    return description;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public ActionStatus status() {
    return status;
  }

  public String createdBy() {
    return createdBy;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime finishedAt() {
    return finishedAt;
  }
}
