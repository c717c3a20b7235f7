package co.ventanilla.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/**
 * One line of a case's history: who did what ({@link #event()}), when, with which note, and the
 * state before and after (the same state twice when the event does not change it). Append-only:
 * entries are never updated or deleted (DOMAIN.md: "Each transition has an actor, a time and a
 * note").
 */
@Entity
@Table(name = "case_history")
public class CaseHistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_history_ids")
  @TableGenerator(
      name = "case_history_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "case_history",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private PqrsCase pqrsCase;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Column(name = "actor", nullable = false, length = 120, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 30, updatable = false)
  private CaseState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 30, updatable = false)
  private CaseState toState;

  @Column(name = "note", length = 2000, updatable = false)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "event", nullable = false, length = 30, updatable = false)
  private CaseEvent event;

  protected CaseHistoryEntry() {}

  CaseHistoryEntry(
      PqrsCase pqrsCase,
      CaseEvent event,
      LocalDateTime occurredAt,
      String actor,
      CaseState fromState,
      CaseState toState,
      String note) {
    this.pqrsCase = pqrsCase;
    this.event = event;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.fromState = fromState;
    this.toState = toState;
    this.note = note;
  }

  public LocalDateTime occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public CaseState fromState() {
    return fromState;
  }

  public CaseState toState() {
    return toState;
  }

  public String note() {
    return note;
  }

  /** What happened. */
  public CaseEvent event() {
    return event;
  }

  /** Whether the entry records a change of state. */
  public boolean changedState() {
    return fromState != toState;
  }
}
