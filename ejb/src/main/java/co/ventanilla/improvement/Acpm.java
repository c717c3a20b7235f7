package co.ventanilla.improvement;

import co.ventanilla.investigations.Cause;
import co.ventanilla.organization.Area;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An acción correctiva, preventiva o de mejora, one entry of the matrix GI-RG-07 (seed 002 GO-PD-03
 * §4 actividad 10: "de acuerdo con el comportamiento de las quejas presentadas por los clientes se
 * analizan las causas para plantear acciones tendientes a minimizar las quejas"; seed 003 §5.3:
 * "formular acciones correctivas, preventivas o de mejora para eliminar las causas de las PQRS de
 * mayor recurrencia o relevancia").
 *
 * <p>Its rules: it is numbered per year without gaps ({@code ACPM-2026-001}); it keeps its origin
 * and the records it came from; its analysis of causes (five whys, Ishikawa by the 6M) and its
 * actions are worked while it is open; it can be closed only after an <b>effectiveness
 * verification</b> found it effective, with evidence, made by someone who owns none of its actions
 * (ISO 9001:2015 §10.2.1 d: "revisar la eficacia de cualquier acción correctiva tomada"), and only
 * once every action is finished. Every change is written in its history.
 */
@Entity
@Table(name = "acpm")
@NamedQuery(name = Acpm.BY_NUMBER, query = "SELECT a FROM Acpm a WHERE a.number = :number")
public class Acpm {

  public static final String BY_NUMBER = "Acpm.byNumber";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "acpm_ids")
  @TableGenerator(
      name = "acpm_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "acpm",
      allocationSize = 10)
  private Long id;

  @Version private long version;

  @Column(name = "number", nullable = false, length = 20, updatable = false)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false, length = 30, updatable = false)
  private AcpmOrigin origin;

  @Column(name = "source_radicados", length = 4000)
  private String sourceRadicados;

  @Column(name = "source_investigation_id")
  private Long sourceInvestigationId;

  @Column(name = "source_reference", length = 300)
  private String sourceReference;

  @ManyToOne
  @JoinColumn(name = "cause_id")
  private Cause cause;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 20)
  private AcpmType type;

  @ManyToOne
  @JoinColumn(name = "area_id")
  private Area area;

  @Column(name = "agency", length = 120)
  private String agency;

  @Column(name = "description", nullable = false, columnDefinition = "TEXT")
  private String description;

  @Column(name = "why1", length = 1000)
  private String why1;

  @Column(name = "why2", length = 1000)
  private String why2;

  @Column(name = "why3", length = 1000)
  private String why3;

  @Column(name = "why4", length = 1000)
  private String why4;

  @Column(name = "why5", length = 1000)
  private String why5;

  @Column(name = "root_cause", length = 2000)
  private String rootCause;

  @Column(name = "cause_method", length = 2000)
  private String causeMethod;

  @Column(name = "cause_manpower", length = 2000)
  private String causeManpower;

  @Column(name = "cause_machine", length = 2000)
  private String causeMachine;

  @Column(name = "cause_material", length = 2000)
  private String causeMaterial;

  @Column(name = "cause_measurement", length = 2000)
  private String causeMeasurement;

  @Column(name = "cause_environment", length = 2000)
  private String causeEnvironment;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private AcpmStatus status;

  @Column(name = "created_by", nullable = false, length = 120, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "verified_by", length = 120)
  private String verifiedBy;

  @Column(name = "verified_at")
  private LocalDateTime verifiedAt;

  @Column(name = "verification_effective")
  private Boolean verificationEffective;

  @Column(name = "verification_evidence", columnDefinition = "TEXT")
  private String verificationEvidence;

  @Column(name = "verification_content_id")
  private Long verificationContentId;

  @Column(name = "verification_file_name", length = 255)
  private String verificationFileName;

  @Column(name = "closed_by", length = 120)
  private String closedBy;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Column(name = "proposal_id")
  private Long proposalId;

  @OneToMany(mappedBy = "acpm", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<AcpmAction> actions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "acpm_note", joinColumns = @JoinColumn(name = "acpm_id"))
  @OrderColumn(name = "position")
  private List<AcpmNote> notes = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "acpm_history", joinColumns = @JoinColumn(name = "acpm_id"))
  @OrderColumn(name = "position")
  private List<AcpmHistoryEntry> history = new ArrayList<>();

  protected Acpm() {}

  /** What an entry is opened with; the service checks the references exist. */
  public record Opening(
      AcpmOrigin origin,
      AcpmType type,
      String description,
      Area area,
      String agency,
      Cause cause,
      List<String> radicados,
      Long investigationId,
      String reference,
      Long proposalId) {}

  /**
   * Opens an entry numbered {@code number}.
   *
   * @throws AcpmRuleViolation naming the field for a missing origin, type or description
   */
  public static Acpm open(String number, Opening o, String actor, LocalDateTime at) {
    if (o.origin() == null) {
      throw AcpmRuleViolation.field("origen", "origin.required");
    }
    if (o.type() == null) {
      throw AcpmRuleViolation.field("tipo", "type.required");
    }
    if (o.description() == null || o.description().isBlank()) {
      throw AcpmRuleViolation.field("descripcion", "description.required");
    }
    if (o.origin() == AcpmOrigin.CAUSA_RECURRENTE
        && (o.radicados() == null || o.radicados().isEmpty())) {
      throw AcpmRuleViolation.field("radicados", "sources.radicados_required");
    }
    if (o.origin() == AcpmOrigin.INVESTIGACION && o.investigationId() == null) {
      throw AcpmRuleViolation.field("investigacion", "sources.investigation_required");
    }
    Acpm a = new Acpm();
    a.number = number;
    a.origin = o.origin();
    a.type = o.type();
    a.description = o.description().strip();
    a.area = o.area();
    a.agency = o.agency() == null || o.agency().isBlank() ? null : o.agency().strip();
    a.cause = o.cause();
    List<String> radicados = o.radicados() == null ? List.of() : o.radicados();
    String joined = String.join(", ", radicados.stream().map(String::strip).distinct().toList());
    a.sourceRadicados = joined.isEmpty() ? null : shorten(joined, 4000);
    a.sourceInvestigationId = o.investigationId();
    a.sourceReference =
        o.reference() == null || o.reference().isBlank() ? null : shorten(o.reference(), 300);
    a.proposalId = o.proposalId();
    a.status = AcpmStatus.ABIERTA;
    a.createdBy = actor;
    a.createdAt = at;
    a.log(actor, at, "Abierta: " + number);
    return a;
  }

  /** Records the analysis of causes, replacing the previous one. */
  public void analyze(Analysis analysis, String actor, LocalDateTime at) {
    requireOpen();
    List<String> w = analysis.whys();
    why1 = w.get(0);
    why2 = w.get(1);
    why3 = w.get(2);
    why4 = w.get(3);
    why5 = w.get(4);
    rootCause = analysis.rootCause();
    causeMethod = analysis.method();
    causeManpower = analysis.manpower();
    causeMachine = analysis.machine();
    causeMaterial = analysis.material();
    causeMeasurement = analysis.measurement();
    causeEnvironment = analysis.environment();
    log(actor, at, "Análisis de causas actualizado");
  }

  /** Changes the type (correctiva, preventiva, mejora) while open. */
  public void retype(AcpmType newType, String actor, LocalDateTime at) {
    requireOpen();
    if (newType == null) {
      throw AcpmRuleViolation.field("tipo", "type.required");
    }
    if (newType != type) {
      log(actor, at, "Tipo: " + type + " → " + newType);
      type = newType;
    }
  }

  /**
   * Adds an action owned by {@code owner} (an active member of staff, checked by the service) due
   * on {@code due}, which may not be before {@code today}.
   */
  public AcpmAction addAction(
      String text, String owner, LocalDate due, LocalDate today, String actor, LocalDateTime at) {
    requireOpen();
    if (text == null || text.isBlank()) {
      throw AcpmRuleViolation.field("descripcion", "action.description_required");
    }
    if (owner == null || owner.isBlank()) {
      throw AcpmRuleViolation.field("responsable", "action.owner_required");
    }
    if (due == null) {
      throw AcpmRuleViolation.field("fechaCompromiso", "action.due_required");
    }
    if (due.isBefore(today)) {
      throw AcpmRuleViolation.field("fechaCompromiso", "action.due_past");
    }
    AcpmAction action =
        new AcpmAction(
            this, actions.size() + 1, shorten(text.strip(), 2000), owner, due, actor, at);
    actions.add(action);
    log(actor, at, "Acción " + action.number() + " para " + owner + ", compromiso " + due);
    return action;
  }

  /** Sets the status of action {@code number}. */
  public void actionStatus(int number, ActionStatus newStatus, String actor, LocalDateTime at) {
    requireOpen();
    if (newStatus == null) {
      throw AcpmRuleViolation.field("estado", "action.status_required");
    }
    AcpmAction a = action(number).orElseThrow(() -> new AcpmRuleViolation("action.not_found"));
    if (a.status() != newStatus) {
      a.status(newStatus, at);
      log(actor, at, "Acción " + number + ": " + newStatus);
    }
  }

  /** Moves the due date of action {@code number} (a new overdue period alerts again). */
  public void reschedule(
      int number, LocalDate due, LocalDate today, String actor, LocalDateTime at) {
    requireOpen();
    if (due == null || due.isBefore(today)) {
      throw AcpmRuleViolation.field("fechaCompromiso", "action.due_past");
    }
    AcpmAction a = action(number).orElseThrow(() -> new AcpmRuleViolation("action.not_found"));
    log(actor, at, "Acción " + number + ": compromiso " + a.dueDate() + " → " + due);
    a.reschedule(due);
  }

  /** A follow-up note (seguimiento). */
  public void addNote(String text, String actor, LocalDateTime at) {
    if (status == AcpmStatus.CERRADA) {
      throw new AcpmRuleViolation("closed");
    }
    if (text == null || text.isBlank()) {
      throw AcpmRuleViolation.field("texto", "note.required");
    }
    notes.add(new AcpmNote(actor, at, shorten(text.strip(), 4000)));
    log(actor, at, "Seguimiento registrado");
  }

  /**
   * The effectiveness verification: by someone who owns none of the actions, once every action is
   * finished, with the evidence in text (and optionally a stored file). Effective, the entry is
   * verificada and may be closed; not effective, it stays open for new actions.
   */
  public void verify(
      boolean effective,
      String evidence,
      Long contentId,
      String fileName,
      String verifier,
      LocalDateTime at) {
    requireOpen();
    if (isOwner(verifier)) {
      throw new AcpmRuleViolation("verify.owner", verifier);
    }
    if (actions.isEmpty()) {
      throw new AcpmRuleViolation("verify.no_actions");
    }
    if (actions.stream().anyMatch(a -> a.status().isOpen())) {
      throw new AcpmRuleViolation("verify.open_actions");
    }
    if (evidence == null || evidence.isBlank()) {
      throw AcpmRuleViolation.field("evidencia", "verify.evidence_required");
    }
    verifiedBy = verifier;
    verifiedAt = at;
    verificationEffective = effective;
    verificationEvidence = evidence.strip();
    verificationContentId = contentId;
    verificationFileName = contentId == null ? null : fileName;
    if (effective) {
      status = AcpmStatus.VERIFICADA;
      log(verifier, at, "Eficacia verificada: eficaz");
    } else {
      log(verifier, at, "Eficacia verificada: no eficaz; sigue abierta");
    }
  }

  /**
   * Closes the entry.
   *
   * @throws AcpmRuleViolation {@code close.unverified} unless an effectiveness verification found
   *     it effective
   */
  public void close(String actor, LocalDateTime at) {
    if (status == AcpmStatus.CERRADA) {
      throw new AcpmRuleViolation("closed");
    }
    if (status != AcpmStatus.VERIFICADA || !Boolean.TRUE.equals(verificationEffective)) {
      throw new AcpmRuleViolation("close.unverified");
    }
    status = AcpmStatus.CERRADA;
    closedBy = actor;
    closedAt = at;
    log(actor, at, "Cerrada");
  }

  /** Whether {@code user} owns any of the actions. */
  public boolean isOwner(String user) {
    return user != null && actions.stream().anyMatch(a -> a.owner().equalsIgnoreCase(user));
  }

  /** Whether any open action is overdue on {@code today}. */
  public boolean overdue(LocalDate today) {
    return status != AcpmStatus.CERRADA && actions.stream().anyMatch(a -> a.overdue(today));
  }

  public Optional<AcpmAction> action(int number) {
    return actions.stream().filter(a -> a.number() == number).findFirst();
  }

  private void requireOpen() {
    if (status == AcpmStatus.CERRADA) {
      throw new AcpmRuleViolation("closed");
    }
    if (status == AcpmStatus.VERIFICADA) {
      throw new AcpmRuleViolation("verified");
    }
  }

  private void log(String actor, LocalDateTime at, String text) {
    history.add(new AcpmHistoryEntry(at, actor, text));
  }

  private static String shorten(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  public Analysis analysis() {
    return new Analysis(
        Arrays.asList(why1, why2, why3, why4, why5),
        rootCause,
        causeMethod,
        causeManpower,
        causeMachine,
        causeMaterial,
        causeMeasurement,
        causeEnvironment);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public AcpmOrigin origin() {
    return origin;
  }

  public List<String> sourceRadicados() {
    return sourceRadicados == null ? List.of() : List.of(sourceRadicados.split(",\\s*"));
  }

  public Long sourceInvestigationId() {
    return sourceInvestigationId;
  }

  public String sourceReference() {
    return sourceReference;
  }

  public Cause cause() {
    return cause;
  }

  public AcpmType type() {
    return type;
  }

  public Area area() {
    return area;
  }

  public String agency() {
    return agency;
  }

  public String description() {
    return description;
  }

  public AcpmStatus status() {
    return status;
  }

  public String createdBy() {
    return createdBy;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public String verifiedBy() {
    return verifiedBy;
  }

  public LocalDateTime verifiedAt() {
    return verifiedAt;
  }

  public Boolean verificationEffective() {
    return verificationEffective;
  }

  public String verificationEvidence() {
    return verificationEvidence;
  }

  public Long verificationContentId() {
    return verificationContentId;
  }

  public String verificationFileName() {
    return verificationFileName;
  }

  public String closedBy() {
    return closedBy;
  }

  public LocalDateTime closedAt() {
    return closedAt;
  }

  public Long proposalId() {
    return proposalId;
  }

  public List<AcpmAction> actions() {
    return Collections.unmodifiableList(actions);
  }

  public List<AcpmNote> notes() {
    return Collections.unmodifiableList(notes);
  }

  public List<AcpmHistoryEntry> history() {
    return Collections.unmodifiableList(history);
  }
}
