package co.ventanilla.improvement;

import co.ventanilla.investigations.Cause;
import co.ventanilla.organization.Area;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a rule proposes: an ACPM for a cause that recurs in a process or agency, for a process whose
 * answer ratings fell below the target, or for a survey question below its target (seed 004
 * "Comunicación de resultados": "si se presenta incumplimiento de metas, tendencias o repetitividad
 * en los datos, deben levantarse las acciones correctivas o preventivas"). Nothing is created from
 * it until the Dirección SIG accepts it; a dismissal keeps its reason.
 *
 * <p>While it is pending its {@code pending_key} (rule, cause, scope) is unique, so the same
 * finding is never proposed twice at once; the key is cleared when it is decided.
 */
@Entity
@Table(name = "acpm_proposal")
@NamedQuery(
    name = AcpmProposal.BY_STATUS,
    query = "SELECT p FROM AcpmProposal p WHERE p.status = :status ORDER BY p.createdAt DESC")
@NamedQuery(
    name = AcpmProposal.LAST_DECIDED,
    query =
        "SELECT MAX(p.decidedAt) FROM AcpmProposal p WHERE p.findingKey = :key"
            + " AND p.status <> co.ventanilla.improvement.ProposalStatus.PENDIENTE")
public class AcpmProposal {

  public static final String BY_STATUS = "AcpmProposal.byStatus";
  public static final String LAST_DECIDED = "AcpmProposal.lastDecided";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "acpm_proposal_ids")
  @TableGenerator(
      name = "acpm_proposal_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "acpm_proposal",
      allocationSize = 10)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_kind", nullable = false, length = 20, updatable = false)
  private ProposalRule rule;

  @ManyToOne
  @JoinColumn(name = "cause_id", updatable = false)
  private Cause cause;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope_kind", nullable = false, length = 20, updatable = false)
  private ProposalScope scope;

  @ManyToOne
  @JoinColumn(name = "area_id", updatable = false)
  private Area area;

  @Column(name = "agency", length = 120, updatable = false)
  private String agency;

  /** For a survey question: the campaign and the question. */
  @Column(name = "subject", length = 300, updatable = false)
  private String subject;

  @Column(name = "window_from", nullable = false, updatable = false)
  private LocalDate windowFrom;

  @Column(name = "window_to", nullable = false, updatable = false)
  private LocalDate windowTo;

  @Column(name = "occurrences", nullable = false, updatable = false)
  private int occurrences;

  @Column(name = "measured", precision = 6, scale = 2, updatable = false)
  private BigDecimal measured;

  @Column(name = "target", precision = 6, scale = 2, updatable = false)
  private BigDecimal target;

  @Column(name = "radicados", length = 4000, updatable = false)
  private String radicados;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ProposalStatus status;

  @Column(name = "pending_key", length = 400)
  private String pendingKey;

  /** The key of the finding (rule, cause, scope), kept after the decision to find the last one. */
  @Column(name = "finding_key", nullable = false, length = 400, updatable = false)
  private String findingKey;

  @Column(name = "dismiss_reason", length = 2000)
  private String dismissReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "decided_by", length = 120)
  private String decidedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "acpm_id")
  private Long acpmId;

  protected AcpmProposal() {}

  AcpmProposal(
      ProposalRule rule,
      Cause cause,
      ProposalScope scope,
      Area area,
      String agency,
      String subject,
      LocalDate windowFrom,
      LocalDate windowTo,
      int occurrences,
      BigDecimal measured,
      BigDecimal target,
      List<String> radicados,
      LocalDateTime createdAt) {
    this.rule = rule;
    this.cause = cause;
    this.scope = scope;
    this.area = area;
    this.agency = agency;
    this.subject = subject;
    this.windowFrom = windowFrom;
    this.windowTo = windowTo;
    this.occurrences = occurrences;
    this.measured = measured;
    this.target = target;
    String joined = String.join(", ", radicados);
    this.radicados = joined.length() > 4000 ? joined.substring(0, 4000) : joined;
    this.status = ProposalStatus.PENDIENTE;
    this.findingKey = key(rule, cause, scope, area, agency, subject);
    this.pendingKey = findingKey;
    this.createdAt = createdAt;
  }

  /** The key of a finding: one pending proposal per rule, cause and scope. */
  static String key(
      ProposalRule rule,
      Cause cause,
      ProposalScope scope,
      Area area,
      String agency,
      String subject) {
    String where =
        switch (scope) {
          case PROCESO -> "area:" + (area == null ? "" : area.id());
          case SEDE -> "sede:" + agency;
          case PREGUNTA -> "pregunta:" + subject;
        };
    String k = rule + "|" + (cause == null ? "-" : cause.id()) + "|" + where;
    return k.length() > 400 ? k.substring(0, 400) : k;
  }

  void accept(String actor, LocalDateTime at, long acpm) {
    requirePending();
    status = ProposalStatus.ACEPTADA;
    decidedBy = actor;
    decidedAt = at;
    acpmId = acpm;
    pendingKey = null;
  }

  void dismiss(String actor, LocalDateTime at, String reason) {
    requirePending();
    if (reason == null || reason.isBlank()) {
      throw AcpmRuleViolation.field("motivo", "proposal.reason_required");
    }
    status = ProposalStatus.DESCARTADA;
    decidedBy = actor;
    decidedAt = at;
    dismissReason = reason.strip();
    pendingKey = null;
  }

  private void requirePending() {
    if (status != ProposalStatus.PENDIENTE) {
      throw new AcpmRuleViolation("proposal.decided");
    }
  }

  public String findingKey() {
    return findingKey;
  }

  public Long id() {
    return id;
  }

  public ProposalRule rule() {
    return rule;
  }

  public Cause cause() {
    return cause;
  }

  public ProposalScope scope() {
    return scope;
  }

  public Area area() {
    return area;
  }

  public String agency() {
    return agency;
  }

  public String subject() {
    return subject;
  }

  public LocalDate windowFrom() {
    return windowFrom;
  }

  public LocalDate windowTo() {
    return windowTo;
  }

  public int occurrences() {
    return occurrences;
  }

  public BigDecimal measured() {
    return measured;
  }

  public BigDecimal target() {
    return target;
  }

  public List<String> radicados() {
    return radicados == null || radicados.isBlank() ? List.of() : List.of(radicados.split(",\\s*"));
  }

  public ProposalStatus status() {
    return status;
  }

  public String dismissReason() {
    return dismissReason;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public LocalDateTime decidedAt() {
    return decidedAt;
  }

  public Long acpmId() {
    return acpmId;
  }
}
