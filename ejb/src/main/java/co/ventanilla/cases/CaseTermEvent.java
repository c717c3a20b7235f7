package co.ventanilla.cases;

import co.ventanilla.terms.CaseTerm;
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
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One legal event on a case's term, as it happened: an ampliación (Ley 1755 de 2015, art. 14
 * parágrafo), a request to complete the petition, its prórroga, or its completion (art. 17). The
 * case stores only these facts and rebuilds its {@link CaseTerm} by replaying them in order, so the
 * term arithmetic lives in {@code CaseTerm} alone. Append-only.
 */
@Entity
@Table(name = "case_term_event")
public class CaseTermEvent {

  /** The kinds of event, each replayed by the {@link CaseTerm} method of the same meaning. */
  public enum Kind {
    EXTENSION,
    INFORMATION_REQUESTED,
    INFORMATION_PERIOD_EXTENDED,
    INFORMATION_RECEIVED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_term_event_ids")
  @TableGenerator(
      name = "case_term_event_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "case_term_event",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private PqrsCase pqrsCase;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30, updatable = false)
  private Kind kind;

  @Column(name = "event_date", nullable = false, updatable = false)
  private LocalDate eventDate;

  @Column(name = "new_due_date", updatable = false)
  private LocalDate newDueDate;

  @Column(name = "reason", length = 2000, updatable = false)
  private String reason;

  @Column(name = "recorded_by", nullable = false, length = 120, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  protected CaseTermEvent() {}

  CaseTermEvent(
      PqrsCase pqrsCase,
      int seq,
      Kind kind,
      LocalDate eventDate,
      LocalDate newDueDate,
      String reason,
      String recordedBy,
      LocalDateTime recordedAt) {
    this.pqrsCase = pqrsCase;
    this.seq = seq;
    this.kind = kind;
    this.eventDate = eventDate;
    this.newDueDate = newDueDate;
    this.reason = reason;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** {@code term} after this event. */
  CaseTerm applyTo(CaseTerm term) {
    return switch (kind) {
      case EXTENSION -> term.extend(eventDate, newDueDate, reason);
      case INFORMATION_REQUESTED -> term.suspend(eventDate);
      case INFORMATION_PERIOD_EXTENDED -> term.extendInformationPeriod(eventDate);
      case INFORMATION_RECEIVED -> term.resume(eventDate);
    };
  }

  public int seq() {
    return seq;
  }

  public Kind kind() {
    return kind;
  }

  public LocalDate eventDate() {
    return eventDate;
  }

  public LocalDate newDueDate() {
    return newDueDate;
  }

  public String reason() {
    return reason;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public LocalDateTime recordedAt() {
    return recordedAt;
  }
}
