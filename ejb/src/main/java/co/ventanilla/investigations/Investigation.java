package co.ventanilla.investigations;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An investigation of a siniestro or grave incident, opened from a case (seed 002, GO-PD-03 §4
 * activity 2: "Si la PQRS es relativa a violaciones de derechos humanos, agresiones, eventos
 * perturbadores e indeseables, siniestros e incumplimiento de ley se realizará comités entre
 * Operaciones, SIG, Gestión Humana, Gerencia"; activity 5: inspección ocular, informes escritos y
 * verbales, protección de testigos, facturas, inventarios). It points at its case by id and
 * radicado: the case keeps its term, answer and petitioner.
 *
 * <p>The rules it keeps: one chair among the members; the facts, losses and recoveries (net loss =
 * losses − recoveries); parties, any of them protected, whose identity only custodians see;
 * evidence append-only; actas frozen once approved; conclusions voted by the members and the
 * investigation closed by the chair, after which nothing changes. Every change is a line of its
 * timeline.
 */
@Entity
@Table(name = "investigation")
@NamedQuery(
    name = Investigation.BY_RADICADO,
    query = "SELECT i FROM Investigation i WHERE i.radicado = :radicado")
@NamedQuery(
    name = Investigation.ALL,
    query = "SELECT i FROM Investigation i ORDER BY i.openedAt DESC")
@NamedQuery(
    name = Investigation.OF_MEMBER,
    query =
        "SELECT DISTINCT i FROM Investigation i JOIN i.members m"
            + " WHERE LOWER(m.userName) = LOWER(:user) ORDER BY i.openedAt DESC")
public class Investigation {

  public static final String BY_RADICADO = "Investigation.byRadicado";
  public static final String ALL = "Investigation.all";
  public static final String OF_MEMBER = "Investigation.ofMember";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "investigation_ids")
  @TableGenerator(
      name = "investigation_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "investigation",
      allocationSize = 10)
  private Long id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "radicado", nullable = false, length = 40, updatable = false)
  private String radicado;

  @Enumerated(EnumType.STRING)
  @Column(name = "modality", nullable = false, length = 40)
  private Modality modality;

  @Column(name = "reason", nullable = false, length = 4000, updatable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private InvestigationStatus status;

  @Column(name = "opened_by", nullable = false, length = 120, updatable = false)
  private String openedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private LocalDateTime openedAt;

  @Embedded private SiniestroFacts facts;

  @Embedded private ActaDeAtencion acta;

  @ManyToOne
  @JoinColumn(name = "cause_id")
  private Cause cause;

  @Column(name = "responsibilities")
  private String responsibilities;

  @Column(name = "sanctions")
  private String sanctions;

  @Column(name = "measures")
  private String measures;

  @Enumerated(EnumType.STRING)
  @Column(name = "claim_decision", length = 20)
  private ClaimDecision claimDecision;

  @Column(name = "claim_amount", precision = 15, scale = 2)
  private BigDecimal claimAmount;

  @Column(name = "concluded_by", length = 120)
  private String concludedBy;

  @Column(name = "concluded_at")
  private LocalDateTime concludedAt;

  @Column(name = "closed_by", length = 120)
  private String closedBy;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Column(name = "report_attachment_id")
  private Long reportAttachmentId;

  @ElementCollection
  @CollectionTable(
      name = "investigation_member",
      joinColumns = @JoinColumn(name = "investigation_id"))
  @OrderColumn(name = "position")
  private List<CommitteeMember> members = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "investigation_loss",
      joinColumns = @JoinColumn(name = "investigation_id"))
  @OrderColumn(name = "position")
  private List<Loss> losses = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "investigation_disclosure",
      joinColumns = @JoinColumn(name = "investigation_id"))
  @OrderColumn(name = "position")
  private List<Disclosure> disclosures = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "investigation_vote",
      joinColumns = @JoinColumn(name = "investigation_id"))
  @OrderColumn(name = "position")
  private List<Vote> votes = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "investigation_improvement",
      joinColumns = @JoinColumn(name = "investigation_id"))
  @OrderColumn(name = "position")
  @Column(name = "text", nullable = false, length = 1000)
  private List<String> improvements = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "investigation_timeline",
      joinColumns = @JoinColumn(name = "investigation_id"))
  @OrderColumn(name = "position")
  @AttributeOverride(name = "text", column = @Column(name = "text", length = 2000))
  private List<TimelineEntry> timeline = new ArrayList<>();

  @OneToMany(mappedBy = "investigation", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<Party> parties = new ArrayList<>();

  @OneToMany(mappedBy = "investigation", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<Evidence> evidence = new ArrayList<>();

  @OneToMany(mappedBy = "investigation", cascade = CascadeType.ALL)
  @OrderBy("number, version")
  private List<CommitteeSession> sessions = new ArrayList<>();

  @OneToMany(mappedBy = "investigation", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<DocumentRequest> documents = new ArrayList<>();

  @OneToMany(mappedBy = "investigation", cascade = CascadeType.ALL)
  @OrderBy("occurredOn, id")
  private List<AuthorityContact> authorities = new ArrayList<>();

  protected Investigation() {}

  /**
   * Opens an investigation of the case {@code caseId}/{@code radicado}; the opener is its first
   * member and its chair until another is named.
   *
   * @param eligible whether the case may be investigated: of severity level 4, a denuncia, or
   *     alleging a crime, aggression, rights violation or legal breach (seed 002 §4 activity 2)
   */
  public static Investigation open(
      Long caseId,
      String radicado,
      boolean eligible,
      Modality modality,
      String reason,
      String openedBy,
      CommitteeRole openerRole,
      LocalDateTime at) {
    if (modality == null) {
      throw InvestigationRuleViolation.field("modalidad", "modality.required");
    }
    if (blank(reason)) {
      throw InvestigationRuleViolation.field("motivo", "reason.required");
    }
    if (!eligible && !modality.alleges()) {
      throw new InvestigationRuleViolation("open.not_eligible", radicado);
    }
    Investigation i = new Investigation();
    i.caseId = caseId;
    i.radicado = radicado;
    i.modality = modality;
    i.reason = reason.strip();
    i.status = InvestigationStatus.ABIERTA;
    i.openedBy = openedBy;
    i.openedAt = at;
    i.members.add(new CommitteeMember(openedBy, openerRole, true, openedBy, at));
    i.log(at, openedBy, "timeline.opened", modality, i.reason);
    return i;
  }

  // -----------------------------------------------------------------------------------------------
  // Committee
  // -----------------------------------------------------------------------------------------------

  /** Names {@code userName} on the committee; {@code chair} makes them the one chair. */
  public void addMember(
      String userName, CommitteeRole role, boolean chair, String actor, LocalDateTime at) {
    requireOpen();
    if (role == null) {
      throw InvestigationRuleViolation.field("rol", "member.role_required");
    }
    if (member(userName).isPresent()) {
      throw InvestigationRuleViolation.field("miembro", "member.already", userName);
    }
    members.add(new CommitteeMember(userName, role, false, actor, at));
    log(at, actor, "timeline.member_added", userName, role);
    if (chair) {
      makeChair(userName, actor, at);
    }
  }

  /**
   * Takes {@code userName} off the committee, with the reason written in the timeline (a member who
   * leaves the company, has a conflict of interest or was named by mistake). The chair cannot be
   * taken off before another member presides: the committee always has one chair, who closes it
   * (RESERVIS, instructivo de investigaciones por siniestros). What the member did stays: their
   * votes, actas and evidence are part of the record.
   */
  public void removeMember(String userName, String reason, String actor, LocalDateTime at) {
    requireOpen();
    CommitteeMember m =
        member(userName)
            .orElseThrow(
                () -> InvestigationRuleViolation.field("miembro", "member.unknown", userName));
    if (reason == null || reason.isBlank()) {
      throw InvestigationRuleViolation.field("motivo", "member.reason_required");
    }
    if (m.chair()) {
      throw InvestigationRuleViolation.field("miembro", "member.is_chair", m.userName());
    }
    members.remove(m);
    log(at, actor, "timeline.member_removed", m.userName(), reason.strip());
  }

  /** Makes {@code userName}, a member, the chair; the former chair stays a member. */
  public void makeChair(String userName, String actor, LocalDateTime at) {
    requireOpen();
    if (member(userName).isEmpty()) {
      throw InvestigationRuleViolation.field("miembro", "member.unknown", userName);
    }
    for (int i = 0; i < members.size(); i++) {
      CommitteeMember m = members.get(i);
      if (m.chair() != m.is(userName)) {
        members.set(i, m.withChair(m.is(userName)));
      }
    }
    log(at, actor, "timeline.chair", userName);
  }

  public Optional<CommitteeMember> member(String userName) {
    return members.stream().filter(m -> m.is(userName)).findFirst();
  }

  public boolean isMember(String userName) {
    return member(userName).isPresent();
  }

  public boolean isChair(String userName) {
    return member(userName).map(CommitteeMember::chair).orElse(false);
  }

  public Optional<String> chair() {
    return members.stream()
        .filter(CommitteeMember::chair)
        .map(CommitteeMember::userName)
        .findFirst();
  }

  // -----------------------------------------------------------------------------------------------
  // Facts, losses, insurance, acta de atención
  // -----------------------------------------------------------------------------------------------

  public void recordFacts(
      SiniestroFacts newFacts, Modality newModality, String actor, LocalDateTime at) {
    requireOpen();
    if (newFacts == null || newFacts.occurredAt() == null) {
      throw InvestigationRuleViolation.field("fecha", "facts.date_required");
    }
    if (newFacts.occurredAt().isAfter(at)) {
      throw InvestigationRuleViolation.field("fecha", "facts.date_future");
    }
    if (blank(newFacts.narrative())) {
      throw InvestigationRuleViolation.field("relato", "facts.narrative_required");
    }
    this.facts = newFacts.withInsuranceOf(facts);
    if (newModality != null) {
      this.modality = newModality;
    }
    log(at, actor, "timeline.facts", modality);
  }

  public void recordInsurance(
      String insurer, String policy, String claim, String actor, LocalDateTime at) {
    requireOpen();
    this.facts = facts().withInsurance(trim(insurer), trim(policy), trim(claim));
    log(at, actor, "timeline.insurance", nz(insurer), nz(claim));
  }

  /** Records an item lost (or, with {@code recovery}, recovered), valued in COP. */
  public void addLoss(
      boolean recovery, String description, BigDecimal amount, String actor, LocalDateTime at) {
    requireOpen();
    if (blank(description)) {
      throw InvestigationRuleViolation.field("descripcion", "loss.description_required");
    }
    if (amount == null || amount.signum() <= 0) {
      throw InvestigationRuleViolation.field("valor", "loss.amount_positive");
    }
    losses.add(
        new Loss(
            recovery ? Loss.Kind.RECUPERACION : Loss.Kind.PERDIDA,
            description.strip(),
            amount,
            actor,
            at));
    log(
        at,
        actor,
        recovery ? "timeline.recovery" : "timeline.loss",
        description.strip(),
        cop(amount));
  }

  public BigDecimal totalLost() {
    return sum(Loss.Kind.PERDIDA);
  }

  public BigDecimal totalRecovered() {
    return sum(Loss.Kind.RECUPERACION);
  }

  /** What was lost minus what was recovered, in COP. */
  public BigDecimal netLoss() {
    return totalLost().subtract(totalRecovered());
  }

  private BigDecimal sum(Loss.Kind kind) {
    return losses.stream()
        .filter(l -> l.kind() == kind)
        .map(Loss::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public void recordActa(ActaDeAtencion filled, String actor, LocalDateTime at) {
    requireOpen();
    if (filled == null || filled.attendedAt() == null) {
      throw InvestigationRuleViolation.field("fechaAtencion", "acta.date_required");
    }
    if (blank(filled.victim())) {
      throw InvestigationRuleViolation.field("victima", "acta.victim_required");
    }
    if (blank(filled.narrative())) {
      throw InvestigationRuleViolation.field("relato", "facts.narrative_required");
    }
    this.acta = filled.recordedBy(actor, acta);
    log(at, actor, "timeline.acta");
  }

  public void attachSignedActa(EvidenceFile scan, String actor, LocalDateTime at) {
    requireOpen();
    if (!acta().filled()) {
      throw new InvestigationRuleViolation("acta.not_filled");
    }
    this.acta = acta.signed(scan);
    log(at, actor, "timeline.acta_signed", scan.fileName(), scan.sha256());
  }

  // -----------------------------------------------------------------------------------------------
  // Parties and protection
  // -----------------------------------------------------------------------------------------------

  public Party addParty(
      PartyKind kind,
      String names,
      String document,
      String contact,
      String notes,
      boolean protect,
      String actor,
      LocalDateTime at) {
    requireOpen();
    if (kind == null) {
      throw InvestigationRuleViolation.field("tipo", "party.kind_required");
    }
    if (blank(names)) {
      throw InvestigationRuleViolation.field("nombres", "party.names_required");
    }
    int ordinal = (int) parties.stream().filter(p -> p.kind() == kind).count() + 1;
    Party p =
        new Party(
            this,
            kind,
            ordinal,
            names.strip(),
            trim(document),
            trim(contact),
            trim(notes),
            protect,
            actor,
            at);
    parties.add(p);
    log(at, actor, protect ? "timeline.party_protected" : "timeline.party", p.label());
    return p;
  }

  public void protectParty(long partyId, String actor, LocalDateTime at) {
    requireOpen();
    Party p = party(partyId);
    p.protect();
    log(at, actor, "timeline.party_protect", p.label());
  }

  /**
   * Shows the identity of the protected party to {@code toUser}, a member: only a custodian ({@code
   * actorIsCustodian}: the chair or the Dirección SIG) may, and only with a reason.
   */
  public void disclose(
      long partyId,
      String toUser,
      String reasonText,
      boolean actorIsCustodian,
      String actor,
      LocalDateTime at) {
    requireOpen();
    Party p = party(partyId);
    if (!actorIsCustodian) {
      throw new InvestigationRuleViolation("party.disclose_not_custodian");
    }
    if (!p.isProtected()) {
      throw new InvestigationRuleViolation("party.not_protected", p.label());
    }
    if (!isMember(toUser)) {
      throw InvestigationRuleViolation.field("miembro", "member.unknown", toUser);
    }
    if (blank(reasonText)) {
      throw InvestigationRuleViolation.field("motivo", "reason.required");
    }
    disclosures.add(new Disclosure(p.id(), toUser.strip(), reasonText.strip(), actor, at));
    log(at, actor, "timeline.disclosed", p.label(), toUser.strip(), reasonText.strip());
  }

  /**
   * Whether {@code userName} sees the identity of {@code p}: anyone who sees the investigation for
   * a party not protected; for a protected one, the chair, the Dirección SIG ({@code sig}) and
   * those it was disclosed to.
   */
  public boolean seesIdentity(Party p, String userName, boolean sig) {
    if (!p.isProtected() || sig || isChair(userName)) {
      return true;
    }
    return disclosures.stream()
        .anyMatch(d -> d.partyId().equals(p.id()) && d.toUser().equalsIgnoreCase(userName));
  }

  public Party party(long partyId) {
    return parties.stream()
        .filter(p -> p.id() != null && p.id() == partyId)
        .findFirst()
        .orElseThrow(() -> InvestigationRuleViolation.field("parte", "party.not_found", partyId));
  }

  // -----------------------------------------------------------------------------------------------
  // Evidence
  // -----------------------------------------------------------------------------------------------

  public Evidence addEvidence(
      EvidenceKind kind,
      String description,
      String source,
      EvidenceFile file,
      String actor,
      LocalDateTime at) {
    requireOpen();
    if (kind == null) {
      throw InvestigationRuleViolation.field("tipo", "evidence.kind_required");
    }
    if (blank(description)) {
      throw InvestigationRuleViolation.field("descripcion", "evidence.description_required");
    }
    Evidence e =
        new Evidence(
            this, evidence.size() + 1, kind, description.strip(), trim(source), file, actor, at);
    evidence.add(e);
    log(
        at,
        actor,
        "timeline.evidence",
        e.number(),
        kind,
        file == null ? "-" : file.fileName(),
        file == null ? "-" : file.sha256());
    return e;
  }

  public void supersedeEvidence(
      long evidenceId, String reasonText, String actor, LocalDateTime at) {
    requireOpen();
    Evidence e = evidence(evidenceId);
    if (e.superseded()) {
      throw new InvestigationRuleViolation("evidence.already_superseded", e.number());
    }
    if (blank(reasonText)) {
      throw InvestigationRuleViolation.field("motivo", "reason.required");
    }
    e.supersede(actor, at, reasonText.strip());
    log(at, actor, "timeline.evidence_superseded", e.number(), reasonText.strip());
  }

  public void transferCustody(
      long evidenceId, String from, String to, String purpose, String actor, LocalDateTime at) {
    requireOpen();
    Evidence e = evidence(evidenceId);
    if (blank(from)) {
      throw InvestigationRuleViolation.field("entrega", "custody.from_required");
    }
    if (blank(to)) {
      throw InvestigationRuleViolation.field("recibe", "custody.to_required");
    }
    if (blank(purpose)) {
      throw InvestigationRuleViolation.field("proposito", "custody.purpose_required");
    }
    e.transfer(new CustodyTransfer(from.strip(), to.strip(), at, purpose.strip(), actor));
    log(at, actor, "timeline.custody", e.number(), from.strip(), to.strip(), purpose.strip());
  }

  public Evidence evidence(long evidenceId) {
    return evidence.stream()
        .filter(e -> e.id() != null && e.id() == evidenceId)
        .findFirst()
        .orElseThrow(
            () -> InvestigationRuleViolation.field("evidencia", "evidence.not_found", evidenceId));
  }

  // -----------------------------------------------------------------------------------------------
  // Sessions (actas)
  // -----------------------------------------------------------------------------------------------

  public CommitteeSession newSession(ActaContent content, String actor, LocalDateTime at) {
    requireOpen();
    check(content);
    int number = sessions.stream().mapToInt(CommitteeSession::number).max().orElse(0) + 1;
    CommitteeSession s = new CommitteeSession(this, number, 1, content, actor, at, null);
    sessions.add(s);
    log(at, actor, "timeline.session", number, content.heldOn());
    return s;
  }

  public void editSession(long sessionId, ActaContent content, String actor, LocalDateTime at) {
    requireOpen();
    check(content);
    CommitteeSession s = session(sessionId);
    s.write(content);
    log(at, actor, "timeline.session_edited", s.number(), s.version());
  }

  /** Approves the draft acta: it is frozen, with the SHA-256 of its content. */
  public void approveSession(long sessionId, String actor, LocalDateTime at) {
    requireOpen();
    CommitteeSession s = session(sessionId);
    s.approve(actor, at);
    log(at, actor, "timeline.session_approved", s.number(), s.version(), s.contentSha256());
  }

  /** A correction of an approved acta: a new draft version that replaces it. */
  public CommitteeSession correctSession(
      long sessionId, String reasonText, String actor, LocalDateTime at) {
    requireOpen();
    CommitteeSession s = session(sessionId);
    if (s.status() != CommitteeSession.Status.APROBADA) {
      throw new InvestigationRuleViolation("session.correct_only_approved", s.number());
    }
    if (blank(reasonText)) {
      throw InvestigationRuleViolation.field("motivo", "reason.required");
    }
    s.replaced();
    CommitteeSession v =
        new CommitteeSession(
            this, s.number(), s.version() + 1, s.content(), actor, at, reasonText.strip());
    sessions.add(v);
    log(at, actor, "timeline.session_corrected", s.number(), v.version(), reasonText.strip());
    return v;
  }

  public void completeTask(long sessionId, int index, String actor, LocalDateTime at) {
    requireOpen();
    CommitteeSession s = session(sessionId);
    s.completeTask(index, at);
    log(at, actor, "timeline.task_done", s.tasks().get(index).description(), s.number());
  }

  public CommitteeSession session(long sessionId) {
    return sessions.stream()
        .filter(s -> s.id() != null && s.id() == sessionId)
        .findFirst()
        .orElseThrow(
            () -> InvestigationRuleViolation.field("sesion", "session.not_found", sessionId));
  }

  /** The tasks not done whose day has passed, in sessions still in force. */
  public List<SessionTask> overdueTasks(LocalDate today) {
    return sessions.stream()
        .filter(s -> s.status() != CommitteeSession.Status.REEMPLAZADA)
        .flatMap(s -> s.tasks().stream())
        .filter(t -> t.overdue(today))
        .toList();
  }

  private static void check(ActaContent c) {
    if (c == null || c.heldOn() == null) {
      throw InvestigationRuleViolation.field("fecha", "session.date_required");
    }
    if (c.attendees().isEmpty()) {
      throw InvestigationRuleViolation.field("asistentes", "session.attendees_required");
    }
    if (blank(c.agenda())) {
      throw InvestigationRuleViolation.field("agenda", "session.agenda_required");
    }
    for (ActaContent.Task t : c.tasks()) {
      if (blank(t.description()) || blank(t.owner()) || t.dueOn() == null) {
        throw InvestigationRuleViolation.field("tareas", "session.task_incomplete");
      }
    }
  }

  // -----------------------------------------------------------------------------------------------
  // Documents the client must provide; authorities
  // -----------------------------------------------------------------------------------------------

  public List<DocumentRequest> requestDocuments(
      List<String> names, String actor, LocalDateTime at) {
    requireOpen();
    List<String> wanted =
        names == null
            ? List.of()
            : names.stream().filter(n -> !blank(n)).map(String::strip).toList();
    if (wanted.isEmpty()) {
      throw InvestigationRuleViolation.field("documentos", "documents.required");
    }
    List<DocumentRequest> made = new ArrayList<>();
    for (String n : wanted) {
      DocumentRequest d = new DocumentRequest(this, n, actor, at);
      documents.add(d);
      made.add(d);
    }
    log(at, actor, "timeline.documents_requested", String.join(", ", wanted));
    return made;
  }

  public void receiveDocument(long documentId, EvidenceFile file, String actor, LocalDateTime at) {
    requireOpen();
    DocumentRequest d =
        documents.stream()
            .filter(x -> x.id() != null && x.id() == documentId)
            .findFirst()
            .orElseThrow(
                () ->
                    InvestigationRuleViolation.field(
                        "documento", "document.not_found", documentId));
    d.receive(actor, at, file);
    log(at, actor, "timeline.document_received", d.name(), file == null ? "-" : file.fileName());
  }

  /** Whether some document was requested and all requested have arrived. */
  public boolean allDocumentsReceived() {
    return !documents.isEmpty() && documents.stream().allMatch(DocumentRequest::received);
  }

  public AuthorityContact addAuthorityContact(
      Authority authority,
      AuthorityContact.Direction direction,
      String reference,
      LocalDate on,
      String note,
      EvidenceFile file,
      String actor,
      LocalDateTime at) {
    requireOpen();
    if (authority == null) {
      throw InvestigationRuleViolation.field("autoridad", "authority.required");
    }
    if (direction == null) {
      throw InvestigationRuleViolation.field("sentido", "authority.direction_required");
    }
    if (on == null) {
      throw InvestigationRuleViolation.field("fecha", "authority.date_required");
    }
    AuthorityContact a =
        new AuthorityContact(
            this, authority, direction, trim(reference), on, trim(note), file, actor, at);
    authorities.add(a);
    log(at, actor, "timeline.authority", authority, direction, nz(reference));
    return a;
  }

  // -----------------------------------------------------------------------------------------------
  // Conclusions, votes, closing
  // -----------------------------------------------------------------------------------------------

  /**
   * The committee's conclusions (seed 002 §4 activity 2: "se apliquen las sanciones o se realicen
   * las medidas de recuperación o mitigación del daño"). Changing them discards the votes cast.
   */
  public void conclude(
      Cause newCause,
      String newResponsibilities,
      String newSanctions,
      String newMeasures,
      ClaimDecision decision,
      BigDecimal amount,
      List<String> newImprovements,
      String actor,
      LocalDateTime at) {
    requireOpen();
    if (newCause == null) {
      throw InvestigationRuleViolation.field("causa", "conclusions.cause_required");
    }
    if (decision == null) {
      throw InvestigationRuleViolation.field("reclamacion", "conclusions.decision_required");
    }
    if (decision == ClaimDecision.ACEPTADA && (amount == null || amount.signum() <= 0)) {
      throw InvestigationRuleViolation.field("valorReconocido", "conclusions.amount_required");
    }
    if (decision != ClaimDecision.ACEPTADA && amount != null && amount.signum() != 0) {
      throw InvestigationRuleViolation.field("valorReconocido", "conclusions.amount_only_accepted");
    }
    this.cause = newCause;
    this.responsibilities = trim(newResponsibilities);
    this.sanctions = trim(newSanctions);
    this.measures = trim(newMeasures);
    this.claimDecision = decision;
    this.claimAmount = decision == ClaimDecision.ACEPTADA ? amount : null;
    this.improvements.clear();
    if (newImprovements != null) {
      newImprovements.stream().filter(s -> !blank(s)).map(String::strip).forEach(improvements::add);
    }
    this.concludedBy = actor;
    this.concludedAt = at;
    this.votes.clear();
    log(at, actor, "timeline.concluded", newCause.name(), decision);
  }

  /** A member's vote on the conclusions; a second vote replaces the first. */
  public void vote(String userName, boolean inFavour, String note, LocalDateTime at) {
    requireOpen();
    if (!isMember(userName)) {
      throw new InvestigationRuleViolation("vote.not_member");
    }
    if (concludedAt == null) {
      throw new InvestigationRuleViolation("vote.no_conclusions");
    }
    votes.removeIf(v -> v.userName().equalsIgnoreCase(userName));
    votes.add(new Vote(userName, inFavour, trim(note), at));
    log(at, userName, inFavour ? "timeline.vote_yes" : "timeline.vote_no");
  }

  /**
   * The chair closes the investigation once the conclusions have the votes of more than half of the
   * committee's members in favour. Nothing changes afterwards.
   */
  public void close(String actor, LocalDateTime at) {
    requireOpen();
    if (!isChair(actor)) {
      throw new InvestigationRuleViolation("close.only_chair");
    }
    if (concludedAt == null) {
      throw new InvestigationRuleViolation("vote.no_conclusions");
    }
    long inFavour = votes.stream().filter(Vote::inFavour).count();
    if (inFavour * 2 <= members.size()) {
      throw new InvestigationRuleViolation("close.no_majority", inFavour, members.size());
    }
    this.status = InvestigationStatus.CERRADA;
    this.closedBy = actor;
    this.closedAt = at;
    log(at, actor, "timeline.closed");
  }

  void integrityChecked(int verified, int altered, String actor, LocalDateTime at) {
    if (!isClosed()) {
      log(at, actor, "timeline.integrity", verified, altered);
    }
  }

  void reportAttached(Long attachmentId, String actor, LocalDateTime at) {
    this.reportAttachmentId = attachmentId;
    log(at, actor, "timeline.report_attached");
  }

  // -----------------------------------------------------------------------------------------------

  private void requireOpen() {
    if (status == InvestigationStatus.CERRADA) {
      throw new InvestigationRuleViolation("closed", radicado);
    }
  }

  private void log(LocalDateTime at, String actor, String key, Object... args) {
    timeline.add(
        new TimelineEntry(
            at,
            actor,
            InvestigationRuleViolation.text(InvestigationRuleViolation.SPANISH, key, args)));
  }

  static String cop(BigDecimal amount) {
    java.text.NumberFormat f =
        java.text.NumberFormat.getNumberInstance(InvestigationRuleViolation.SPANISH);
    f.setMaximumFractionDigits(0);
    return "$ " + f.format(amount);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return blank(s) ? null : s.strip();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  // -----------------------------------------------------------------------------------------------

  public Long id() {
    return id;
  }

  public Long caseId() {
    return caseId;
  }

  public String radicado() {
    return radicado;
  }

  public Modality modality() {
    return modality;
  }

  public String reason() {
    return reason;
  }

  public InvestigationStatus status() {
    return status;
  }

  public boolean isClosed() {
    return status == InvestigationStatus.CERRADA;
  }

  public String openedBy() {
    return openedBy;
  }

  public LocalDateTime openedAt() {
    return openedAt;
  }

  public SiniestroFacts facts() {
    return facts == null ? new SiniestroFacts() : facts;
  }

  public ActaDeAtencion acta() {
    return acta == null ? new ActaDeAtencion() : acta;
  }

  public Cause cause() {
    return cause;
  }

  public String responsibilities() {
    return responsibilities;
  }

  public String sanctions() {
    return sanctions;
  }

  public String measures() {
    return measures;
  }

  public ClaimDecision claimDecision() {
    return claimDecision;
  }

  public BigDecimal claimAmount() {
    return claimAmount;
  }

  public boolean concluded() {
    return concludedAt != null;
  }

  public String concludedBy() {
    return concludedBy;
  }

  public LocalDateTime concludedAt() {
    return concludedAt;
  }

  public String closedBy() {
    return closedBy;
  }

  public LocalDateTime closedAt() {
    return closedAt;
  }

  public Long reportAttachmentId() {
    return reportAttachmentId;
  }

  public List<CommitteeMember> members() {
    return Collections.unmodifiableList(members);
  }

  public List<Loss> losses() {
    return Collections.unmodifiableList(losses);
  }

  public List<Disclosure> disclosures() {
    return Collections.unmodifiableList(disclosures);
  }

  public List<Vote> votes() {
    return Collections.unmodifiableList(votes);
  }

  public List<String> improvements() {
    return Collections.unmodifiableList(improvements);
  }

  public List<TimelineEntry> timeline() {
    return Collections.unmodifiableList(timeline);
  }

  public List<Party> parties() {
    return Collections.unmodifiableList(parties);
  }

  public List<Evidence> evidence() {
    return Collections.unmodifiableList(evidence);
  }

  public List<CommitteeSession> sessions() {
    return Collections.unmodifiableList(sessions);
  }

  public List<DocumentRequest> documents() {
    return Collections.unmodifiableList(documents);
  }

  public List<AuthorityContact> authorities() {
    return Collections.unmodifiableList(authorities);
  }
}
