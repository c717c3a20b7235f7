package co.ventanilla.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A PQRS case: one submission, handled on its own from filing to closing. Cases are never merged,
 * only linked (seed 003 §5.1: "Cada Petición, Queja, Reclamo y/o Sugerencia se debe tramitar una a
 * una; no se podrán unir varias").
 *
 * <p>A case is born {@link CaseState#RADICADO} with its radicado, the time it was received (in
 * Colombian time) and a first history entry. Everything that happens to it later is appended to its
 * history.
 */
@Entity
@Table(name = "pqrs_case")
@NamedQuery(
    name = PqrsCase.BY_RADICADO,
    query = "SELECT c FROM PqrsCase c WHERE c.radicado = :radicado")
public class PqrsCase {

  public static final String BY_RADICADO = "PqrsCase.byRadicado";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_ids")
  @TableGenerator(
      name = "case_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "pqrs_case",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "radicado", nullable = false, unique = true, length = 40, updatable = false)
  private String radicado;

  @Column(name = "tracking_code", nullable = false, length = 16, updatable = false)
  private String trackingCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 30)
  private PqrsType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 30, updatable = false)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 30)
  private CaseState state;

  @Embedded private Petitioner petitioner;

  @Column(name = "agency", length = 120)
  private String agency;

  @Column(name = "subject", nullable = false, length = 300)
  private String subject;

  @Column(name = "description", nullable = false, columnDefinition = "MEDIUMTEXT")
  private String description;

  @Column(name = "received_at", nullable = false, updatable = false)
  private LocalDateTime receivedAt;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "source_reference", length = 500, updatable = false)
  private String sourceReference;

  @OneToMany(mappedBy = "pqrsCase", cascade = CascadeType.PERSIST)
  @OrderBy("occurredAt ASC, id ASC")
  private List<CaseHistoryEntry> history = new ArrayList<>();

  protected PqrsCase() {}

  /**
   * Files a new case. The radicado must come from the counter in the same transaction, so that a
   * failed filing does not use up a number.
   */
  public static PqrsCase file(
      Radicado radicado,
      String trackingCode,
      PqrsType type,
      Channel channel,
      Petitioner petitioner,
      String agency,
      String subject,
      String description,
      LocalDateTime receivedAt,
      String sourceReference,
      String actor) {
    PqrsCase c = new PqrsCase();
    c.radicado = radicado.value();
    c.trackingCode = Objects.requireNonNull(trackingCode);
    c.type = Objects.requireNonNull(type);
    c.channel = Objects.requireNonNull(channel);
    c.petitioner = Objects.requireNonNull(petitioner);
    c.agency = agency;
    c.subject = Objects.requireNonNull(subject);
    c.description = Objects.requireNonNull(description);
    c.receivedAt = Objects.requireNonNull(receivedAt);
    c.sourceReference = sourceReference;
    c.state = CaseState.RADICADO;
    c.history.add(
        new CaseHistoryEntry(
            c, receivedAt, actor, null, CaseState.RADICADO, "Radicado " + c.radicado));
    return c;
  }

  /** Sets the legal due date computed by the term rules. */
  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public Long id() {
    return id;
  }

  public String radicado() {
    return radicado;
  }

  public String trackingCode() {
    return trackingCode;
  }

  public PqrsType type() {
    return type;
  }

  public Channel channel() {
    return channel;
  }

  public CaseState state() {
    return state;
  }

  public Petitioner petitioner() {
    return petitioner;
  }

  public String agency() {
    return agency;
  }

  public String subject() {
    return subject;
  }

  public String description() {
    return description;
  }

  public LocalDateTime receivedAt() {
    return receivedAt;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public String sourceReference() {
    return sourceReference;
  }

  public List<CaseHistoryEntry> history() {
    return Collections.unmodifiableList(history);
  }
}
