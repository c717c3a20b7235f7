package co.ventanilla.cases;

import static co.ventanilla.cases.CaseState.ASIGNADO;
import static co.ventanilla.cases.CaseState.CERRADO;
import static co.ventanilla.cases.CaseState.DESISTIDO;
import static co.ventanilla.cases.CaseState.EN_INVESTIGACION;
import static co.ventanilla.cases.CaseState.EN_TRAMITE;
import static co.ventanilla.cases.CaseState.IMPROCEDENTE;
import static co.ventanilla.cases.CaseState.RADICADO;
import static co.ventanilla.cases.CaseState.RESPONDIDO;
import static co.ventanilla.cases.CaseState.RESPUESTA_APROBADA;
import static co.ventanilla.cases.CaseState.RESPUESTA_PROYECTADA;
import static co.ventanilla.cases.CaseState.TRASLADADO;

import co.ventanilla.answers.Answer;
import co.ventanilla.answers.SatisfactionRating;
import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.cases.lifecycle.CaseTransitions;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.EscalationLevel;
import co.ventanilla.organization.StaffMember;
import co.ventanilla.terms.CaseTerm;
import co.ventanilla.terms.TermLaw;
import co.ventanilla.terms.TermRuleViolation;
import co.ventanilla.terms.TermTable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A PQRS case: one submission, handled on its own from filing to closing. Cases are never merged,
 * only linked (seed 003 §5.1: "Cada Petición, Queja, Reclamo y/o Sugerencia se debe tramitar una a
 * una; no se podrán unir varias").
 *
 * <p>A case is born {@link CaseState#RADICADO} with its radicado, the time it was received (in
 * Colombian time) and a first history entry. Everything that happens to it later is appended to its
 * history, with actor, time, the state before and after, and a note; nothing is deleted.
 *
 * <p>Its rules, in the order of its life:
 *
 * <ul>
 *   <li><b>States</b> change only as {@link CaseTransitions} allows; the final states (cerrado,
 *       improcedente, trasladado, desistido) admit no change but links.
 *   <li><b>Classification</b>: severity level 1–4 (seed 002, tabla MANEJO DE PQRS) and the flag of
 *       immediate attention for alleged crimes, human-rights violations or imminent danger (seed
 *       002 §4, actividad 5, Nota 1: "se deben tratar inmediatamente").
 *   <li><b>Assignment</b> to a process (area) and a responsible person, before an answer is
 *       drafted.
 *   <li><b>Term</b>: the business days to answer, and its legal events — ampliación (Ley 1755 de
 *       2015, art. 14 parágrafo), solicitud de completar la petición with its suspension, prórroga
 *       and desistimiento tácito (art. 17), traslado por competencia (art. 21). The case stores the
 *       events; the arithmetic is {@link CaseTerm}'s, replayed by {@link #term}. {@link #dueDate()}
 *       follows the term (while suspended it keeps the date the term had when it stopped).
 *   <li><b>Escalation</b> up the ladder of seed 001 §7.2 (1 servicio al cliente, 2 coordinador del
 *       área, 3 gerencia de operaciones, 4 gerencia general), by hand or when a share of the term
 *       has elapsed.
 *   <li><b>Answer</b> in versions: drafted by the responsible, approved or returned by the area's
 *       leader or the Dirección SIG (seed 004 §3), frozen once approved, sent by mail to the
 *       petitioner with the radicado.
 *   <li><b>Follow-up</b>: whether the petitioner accepts the answer and their rating 1–5 (seed 002
 *       §4 actividad 8; seed 003 §5.3); then the case is closed.
 * </ul>
 *
 * <p>Methods that depend on business days take the {@link BusinessCalendar} in force; those that
 * record something take the actor and the time (Colombian time) of the action.
 */
@Entity
@Table(name = "pqrs_case")
@NamedQuery(
    name = PqrsCase.BY_RADICADO,
    query = "SELECT c FROM PqrsCase c WHERE c.radicado = :radicado")
@NamedQuery(
    name = PqrsCase.ESCALATION_CANDIDATES,
    query =
        "SELECT c FROM PqrsCase c WHERE c.state IN :states AND c.awaitingInformation = FALSE"
            + " AND c.escalationLevel < :highest"
            + " AND (c.termDays IS NOT NULL OR c.dueDate IS NOT NULL)"
            + " AND (c.escalationShare IS NULL OR c.escalationShare < :share)"
            + " ORDER BY c.dueDate, c.id")
public class PqrsCase {

  public static final String BY_RADICADO = "PqrsCase.byRadicado";

  /**
   * Open cases whose term runs and that were not escalated yet for a share of at least {@code
   * :share}; parameters {@code states} ({@link #TERM_RUNS}), {@code highest}, {@code share}.
   */
  public static final String ESCALATION_CANDIDATES = "PqrsCase.escalationCandidates";

  /** States in which the term runs towards an answer: open and not yet answered. */
  public static final Set<CaseState> TERM_RUNS =
      Collections.unmodifiableSet(
          EnumSet.of(
              RADICADO,
              ASIGNADO,
              EN_TRAMITE,
              EN_INVESTIGACION,
              RESPUESTA_PROYECTADA,
              RESPUESTA_APROBADA));

  /** States before an answer is drafted: classification, assignment and requests still possible. */
  private static final Set<CaseState> BEFORE_ANSWER =
      EnumSet.of(RADICADO, ASIGNADO, EN_TRAMITE, EN_INVESTIGACION);

  /** Longest note a user may add to a history entry (the column holds 2000 with our text). */
  public static final int MAX_NOTE = 1500;

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

  /** The agency received matched none of the configured ones: reception chooses it. */
  @Column(name = "agency_unconfirmed", nullable = false)
  private boolean agencyUnconfirmed;

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

  @Column(name = "severity_level")
  private Integer severityLevel;

  @Column(name = "immediate_attention", nullable = false)
  private boolean immediateAttention;

  /**
   * The petitioner's identity is shown only to the people named on the case (denuncias, the
   * whistle-blower box, a complainant or witness in good faith: seed 002 §4 activity 2, "proteger a
   * los individuos que presentan las PQRS").
   */
  @Column(name = "protected_case", nullable = false)
  private boolean protectedCase;

  /** The term as first set, in business days; null while the case has none. */
  @Column(name = "term_days")
  private Integer termDays;

  /** Kept in step with the term so that lists can filter without replaying it. */
  @Column(name = "awaiting_information", nullable = false)
  private boolean awaitingInformation;

  @ManyToOne
  @JoinColumn(name = "area_id")
  private Area area;

  @Column(name = "responsible", length = 120)
  private String responsible;

  @Column(name = "escalation_level", nullable = false)
  private int escalationLevel = EscalationLevel.FIRST;

  /** The largest share of the term for which the timer escalated the case; null if never. */
  @Column(name = "escalation_share")
  private Double escalationShare;

  @Column(name = "traslado_authority", length = 300)
  private String trasladoAuthority;

  @Column(name = "answered_at")
  private LocalDateTime answeredAt;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Column(name = "petitioner_accepted")
  private Boolean petitionerAccepted;

  @Column(name = "satisfaction_score")
  private Integer satisfactionScore;

  @OneToMany(mappedBy = "pqrsCase", cascade = CascadeType.PERSIST)
  @OrderBy("occurredAt ASC, id ASC")
  private List<CaseHistoryEntry> history = new ArrayList<>();

  @OneToMany(mappedBy = "pqrsCase", cascade = CascadeType.PERSIST)
  @OrderBy("seq ASC")
  private List<CaseTermEvent> termEvents = new ArrayList<>();

  @OneToMany(mappedBy = "pqrsCase", cascade = CascadeType.PERSIST)
  @OrderBy("number ASC")
  private List<Answer> answers = new ArrayList<>();

  @OneToMany(mappedBy = "pqrsCase", cascade = CascadeType.PERSIST)
  @OrderBy("linkedAt ASC, id ASC")
  private List<CaseLink> links = new ArrayList<>();

  @OneToMany(mappedBy = "pqrsCase", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("addedAt ASC, id ASC")
  private List<CaseMember> members = new ArrayList<>();

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
    c.state = RADICADO;
    c.history.add(
        new CaseHistoryEntry(
            c,
            CaseEvent.FILED,
            receivedAt,
            actor,
            null,
            RADICADO,
            CaseTexts.spanish("history.filed", c.radicado)));
    return c;
  }

  /**
   * Sets the legal due date computed by the term rules at filing. Prefer {@link #startTerm}, which
   * also keeps the term's length; a case with only a due date gets its length back from it.
   */
  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  // ---------------------------------------------------------------------------------------------
  // Term (Ley 1755 de 2015, arts. 14, 17 and 21)
  // ---------------------------------------------------------------------------------------------

  /**
   * Gives the case a term of {@code businessDays} counted from its receipt, and its due date.
   *
   * @throws CaseRuleViolation when the term already had ampliaciones or suspensions
   */
  public void startTerm(int businessDays, BusinessCalendar calendar) {
    if (!termEvents.isEmpty()) {
      throw new CaseRuleViolation("term.already_running");
    }
    CaseTerm term = CaseTerm.start(receivedOn(), businessDays, calendar, TermLaw.of(type));
    termDays = businessDays;
    dueDate = term.dueDate();
  }

  /**
   * The case's term rebuilt on {@code calendar}: its length and every legal event since, replayed
   * through {@link CaseTerm}. Empty when the case has no term (a novedad grave whose term the
   * committee has not set).
   */
  public Optional<CaseTerm> term(BusinessCalendar calendar) {
    Integer days = termDays;
    if (days == null && dueDate != null) {
      // Filed with a due date only: its length is the business days from receipt to due date.
      days = calendar.businessDaysBetween(receivedOn(), dueDate);
    }
    if (days == null || days < 1) {
      return Optional.empty();
    }
    CaseTerm term = CaseTerm.start(receivedOn(), days, calendar, TermLaw.of(type));
    for (CaseTermEvent event : termEvents) {
      term = event.applyTo(term);
    }
    return Optional.of(term);
  }

  /**
   * The share of the term consumed on {@code today}: 0 at receipt, 1 on the due date, more when
   * overdue, counted in business days of running clock over the term with its ampliaciones. Empty
   * when the case has no term or the clock is stopped waiting for the petitioner.
   */
  public OptionalDouble elapsedShareOfTerm(LocalDate today, BusinessCalendar calendar) {
    Optional<CaseTerm> term = term(calendar);
    if (term.isEmpty() || term.get().isSuspended()) {
      return OptionalDouble.empty();
    }
    int total = term.get().originalDays() + term.get().extensionDays();
    int left = term.get().businessDaysLeft(today);
    return OptionalDouble.of((double) (total - left) / total);
  }

  /**
   * Solicitud de completar la petición (Ley 1755 de 2015, art. 17): the petitioner is asked for
   * {@code request}; the term stops and the case is flagged as awaiting information, in the same
   * state. Only before an answer is drafted, and within ten business days after the radicación.
   *
   * @return the last day the petitioner has to complete (after it, desistimiento tácito)
   * @throws CaseRuleViolation when the state, the term or the date does not allow it
   */
  public LocalDate requestInformation(
      String actor, LocalDateTime at, String request, BusinessCalendar calendar) {
    requireState(BEFORE_ANSWER, "action.request_information");
    String text = requireText(request, "required.reason");
    CaseTerm term =
        addTermEvent(
            CaseTermEvent.Kind.INFORMATION_REQUESTED,
            at.toLocalDate(),
            null,
            text,
            actor,
            at,
            calendar);
    LocalDate deadline = term.desistimientoDeadline();
    log(
        CaseEvent.INFORMATION_REQUESTED,
        actor,
        at,
        withNote(CaseTexts.spanish("history.information_requested", deadline), text));
    return deadline;
  }

  /**
   * The petitioner asked, before the period ran out, for more time to complete: one further month,
   * once (Ley 1755 de 2015, art. 17).
   *
   * @return the new last day to complete
   */
  public LocalDate extendInformationPeriod(
      String actor, LocalDateTime at, BusinessCalendar calendar) {
    requireAwaitingInformation();
    CaseTerm term =
        addTermEvent(
            CaseTermEvent.Kind.INFORMATION_PERIOD_EXTENDED,
            at.toLocalDate(),
            null,
            null,
            actor,
            at,
            calendar);
    LocalDate deadline = term.desistimientoDeadline();
    log(
        CaseEvent.INFORMATION_PERIOD_EXTENDED,
        actor,
        at,
        CaseTexts.spanish("history.information_period_extended", deadline));
    return deadline;
  }

  /**
   * The petitioner completed the petition: the term runs again with the business days it had left
   * (Ley 1755 de 2015, art. 17) and the due date moves accordingly.
   *
   * @return the new due date
   */
  public LocalDate informationReceived(
      String actor, LocalDateTime at, String note, BusinessCalendar calendar) {
    requireAwaitingInformation();
    CaseTerm term =
        addTermEvent(
            CaseTermEvent.Kind.INFORMATION_RECEIVED,
            at.toLocalDate(),
            null,
            null,
            actor,
            at,
            calendar);
    log(
        CaseEvent.INFORMATION_RECEIVED,
        actor,
        at,
        withNote(CaseTexts.spanish("history.information_received", term.dueDate()), note));
    return term.dueDate();
  }

  /**
   * Ampliación del término (Ley 1755 de 2015, art. 14 parágrafo): before the term expires, with the
   * reasons, to a new date no later than twice the original term. {@link CaseTerm#extend} checks
   * all of it.
   *
   * @return the ampliación granted, with the due date it replaced (for the notice to the
   *     petitioner)
   */
  public CaseTerm.Extension extend(
      String actor,
      LocalDateTime at,
      LocalDate newDueDate,
      String reason,
      BusinessCalendar calendar) {
    requireState(TERM_RUNS, "action.extend");
    checkNote(reason);
    CaseTerm term =
        addTermEvent(
            CaseTermEvent.Kind.EXTENSION,
            at.toLocalDate(),
            newDueDate,
            reason == null ? null : reason.strip(),
            actor,
            at,
            calendar);
    CaseTerm.Extension extension = term.extensions().get(term.extensions().size() - 1);
    log(
        CaseEvent.TERM_EXTENDED,
        actor,
        at,
        withNote(
            CaseTexts.spanish("history.term_extended", extension.previousDue(), extension.newDue()),
            extension.reason()));
    return extension;
  }

  private CaseTerm addTermEvent(
      CaseTermEvent.Kind kind,
      LocalDate date,
      LocalDate newDue,
      String reason,
      String actor,
      LocalDateTime at,
      BusinessCalendar calendar) {
    requireActor(actor);
    CaseTerm before =
        term(calendar).orElseThrow(() -> new CaseRuleViolation("term.none", radicado));
    CaseTermEvent event =
        new CaseTermEvent(this, termEvents.size() + 1, kind, date, newDue, reason, actor, at);
    CaseTerm after;
    try {
      after = event.applyTo(before);
    } catch (TermRuleViolation e) {
      throw new CaseRuleViolation(e);
    }
    termDays = before.originalDays();
    termEvents.add(event);
    awaitingInformation = after.isSuspended();
    if (!after.isSuspended()) {
      dueDate = after.dueDate();
    }
    return after;
  }

  private void requireAwaitingInformation() {
    requireNotFinal();
    if (!awaitingInformation) {
      throw new CaseRuleViolation("information.not_awaiting");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Classification and assignment
  // ---------------------------------------------------------------------------------------------

  /**
   * Classifies the case: its severity level (1–4, seed 002 tabla MANEJO DE PQRS; null for none),
   * whether it needs immediate attention (alleged crimes, human-rights violations or imminent
   * danger, seed 002 §4 Nota 1) and, when {@code termDays} is given and the term has had no events
   * yet, its term restarted from the receipt with that many business days (the table gives the
   * stricter of the type and level terms, see {@link TermTable#termFor}).
   */
  public void classify(
      String actor,
      LocalDateTime at,
      Integer severityLevel,
      boolean immediateAttention,
      Integer termDays,
      BusinessCalendar calendar) {
    requireState(BEFORE_ANSWER, "action.classify");
    if (severityLevel != null && (severityLevel < 1 || severityLevel > TermTable.MAX_LEVEL)) {
      throw new CaseRuleViolation("severity.out_of_range", severityLevel);
    }
    requireActor(actor);
    if (termDays != null && !termDays.equals(this.termDays)) {
      startTerm(termDays, calendar);
    }
    this.severityLevel = severityLevel;
    this.immediateAttention = immediateAttention;
    log(
        CaseEvent.CLASSIFIED,
        actor,
        at,
        CaseTexts.spanish("history.classified", severityLevel, immediateAttention, dueDate));
  }

  /**
   * Assigns the case to {@code area} and to {@code responsible}, who will draft the answer. A
   * radicado case becomes asignado; an assigned case can be reassigned until an answer is drafted
   * (after that the area's leader is reviewing it).
   */
  public void assign(String actor, LocalDateTime at, Area area, String responsible, String note) {
    requireState(BEFORE_ANSWER, "action.assign");
    if (area == null) {
      throw new CaseRuleViolation("required.area");
    }
    if (!area.active()) {
      throw new CaseRuleViolation("area.inactive", area.name());
    }
    String person = requireText(responsible, "required.responsible");
    checkNote(note);
    requireActor(actor);
    this.area = area;
    this.responsible = person;
    String text = withNote(CaseTexts.spanish("history.assigned", area.name(), person), note);
    if (state == RADICADO) {
      moveTo(CaseEvent.ASSIGNED, ASIGNADO, actor, at, text);
    } else {
      log(CaseEvent.ASSIGNED, actor, at, text);
    }
    if (protectedCase) {
      nameTheAssigned(actor, at);
    }
  }

  /** On a protected case, whoever must work it has to be named on it to see it at all. */
  private void nameTheAssigned(String actor, LocalDateTime at) {
    if (responsible != null) {
      name(responsible, CaseMember.Reason.RESPONSIBLE, actor, at);
    }
    if (area != null) {
      name(area.leader(), CaseMember.Reason.LEADER, actor, at);
    }
  }

  /** The responsible starts working on the case: asignado → en trámite. */
  public void startProcessing(String actor, LocalDateTime at, String note) {
    moveTo(
        CaseEvent.PROCESSING_STARTED,
        EN_TRAMITE,
        actor,
        at,
        withNote(CaseTexts.spanish("history.processing_started"), note));
  }

  /**
   * The case needs an investigation (seed 002 §4 actividad 5: inspección, informes, pruebas): en
   * trámite → en investigación.
   */
  public void openInvestigation(String actor, LocalDateTime at, String note) {
    moveTo(
        CaseEvent.INVESTIGATION_OPENED,
        EN_INVESTIGACION,
        actor,
        at,
        withNote(CaseTexts.spanish("history.investigation_opened"), note));
  }

  // ---------------------------------------------------------------------------------------------
  // Escalation (seed 001 §7.2)
  // ---------------------------------------------------------------------------------------------

  /**
   * Escalates the case by hand to {@code toLevel}, higher than the present one and at most 4, for
   * {@code reason}.
   */
  public Escalation escalate(String actor, LocalDateTime at, int toLevel, String reason) {
    requireNotFinal();
    if (toLevel <= escalationLevel || toLevel > EscalationLevel.HIGHEST) {
      throw new CaseRuleViolation("escalation.not_higher", escalationLevel);
    }
    String why = requireText(reason, "required.reason");
    requireActor(actor);
    int from = escalationLevel;
    escalationLevel = toLevel;
    log(
        CaseEvent.ESCALATED,
        actor,
        at,
        withNote(CaseTexts.spanish("history.escalated", from, toLevel), why));
    return new Escalation(radicado, from, toLevel, why, false);
  }

  /**
   * Escalates the case one level when, on {@code today}, at least {@code share} of its term has
   * elapsed (see {@link #elapsedShareOfTerm}) and it was not escalated automatically for that share
   * or a larger one. Cases answered, finished, without term, waiting for the petitioner, or already
   * at the highest level are left alone.
   *
   * @param share e.g. 0.8 for "80 % of the term elapsed", 1.0 for "the term ends today"
   * @return the escalation, when there was one
   */
  public Optional<Escalation> escalateForElapsedTerm(
      LocalDate today, double share, String actor, LocalDateTime at, BusinessCalendar calendar) {
    if (!(share > 0)) {
      throw new IllegalArgumentException("share must be positive: " + share);
    }
    if (!TERM_RUNS.contains(state)
        || escalationLevel >= EscalationLevel.HIGHEST
        || (escalationShare != null && escalationShare >= share)) {
      return Optional.empty();
    }
    OptionalDouble elapsed = elapsedShareOfTerm(today, calendar);
    if (elapsed.isEmpty() || elapsed.getAsDouble() < share) {
      return Optional.empty();
    }
    requireActor(actor);
    int from = escalationLevel;
    escalationLevel = from + 1;
    escalationShare = share;
    String reason =
        CaseTexts.spanish(
            "history.escalated_automatically",
            from,
            escalationLevel,
            Math.round(elapsed.getAsDouble() * 100) + " %",
            dueDate);
    log(CaseEvent.ESCALATED, actor, at, reason);
    return Optional.of(new Escalation(radicado, from, escalationLevel, reason, true));
  }

  // ---------------------------------------------------------------------------------------------
  // Answer
  // ---------------------------------------------------------------------------------------------

  /**
   * The responsible drafts the answer (who drafts is recorded, not restricted: the Dirección SIG
   * may draft too). In trámite or investigation: a new version (an assigned case starts its trámite
   * first); with a draft pending review: its text is replaced. Once approved the answer is final:
   * what remains is to send it (the approval is the leader's review, seed 004 §3), so no new draft
   * is accepted. Not while the case waits for the petitioner's information.
   *
   * @return the version drafted or edited
   */
  public Answer draftAnswer(String actor, LocalDateTime at, String text) {
    requireActor(actor);
    requireText(text, "required.answer_text");
    if (awaitingInformation && !state.isFinal()) {
      throw new CaseRuleViolation("information.awaiting", lastInformationRequest());
    }
    switch (state) {
      case ASIGNADO:
        startProcessing(actor, at, null);
        return newAnswerVersion(actor, at, text);
      case EN_TRAMITE:
      case EN_INVESTIGACION:
        return newAnswerVersion(actor, at, text);
      case RESPUESTA_PROYECTADA:
        Answer draft = requireCurrentAnswer();
        draft.edit(text, actor, at);
        log(
            CaseEvent.ANSWER_EDITED,
            actor,
            at,
            CaseTexts.spanish("history.answer_edited", draft.number()));
        return draft;
      case RESPUESTA_APROBADA:
        throw new CaseRuleViolation(
            "answer.approved_awaits_sending", requireCurrentAnswer().number());
      default:
        CaseTransitions.check(radicado, state, RESPUESTA_PROYECTADA);
        throw new IllegalStateException("unreachable: " + state);
    }
  }

  private Answer newAnswerVersion(String actor, LocalDateTime at, String text) {
    Answer answer = new Answer(this, answers.size() + 1, text, actor, at);
    moveTo(
        CaseEvent.ANSWER_DRAFTED,
        RESPUESTA_PROYECTADA,
        actor,
        at,
        CaseTexts.spanish("history.answer_drafted", answer.number()));
    answers.add(answer);
    return answer;
  }

  /**
   * The reviewer returns the draft with {@code note}: the case goes back to trámite and the version
   * stays on record as returned. Only the leader of the case's area or the Dirección SIG review
   * (seed 004 §3).
   */
  public Answer returnAnswer(StaffMember reviewer, LocalDateTime at, String note) {
    if (state != RESPUESTA_PROYECTADA) {
      CaseTransitions.check(radicado, state, EN_TRAMITE);
      throw new CaseRuleViolation("answer.none");
    }
    requireReviewer(reviewer);
    String why = requireText(note, "required.note");
    Answer draft = requireCurrentAnswer();
    draft.giveBack(reviewer.userName(), at, why);
    moveTo(
        CaseEvent.ANSWER_RETURNED,
        EN_TRAMITE,
        reviewer.userName(),
        at,
        withNote(
            CaseTexts.spanish("history.answer_returned", draft.number(), reviewer.userName()),
            why));
    return draft;
  }

  /**
   * The reviewer approves the draft; its text is frozen. Only the leader of the case's area or the
   * Dirección SIG approve (seed 004 §3: "Líderes de proceso: son responsables de realizar las
   * aprobaciones de las respuestas a las PQRS asignadas a sus procesos").
   */
  public Answer approveAnswer(StaffMember reviewer, LocalDateTime at, String note) {
    CaseTransitions.check(radicado, state, RESPUESTA_APROBADA);
    requireReviewer(reviewer);
    checkNote(note);
    Answer draft = requireCurrentAnswer();
    draft.approve(reviewer.userName(), at, note);
    moveTo(
        CaseEvent.ANSWER_APPROVED,
        RESPUESTA_APROBADA,
        reviewer.userName(),
        at,
        withNote(
            CaseTexts.spanish("history.answer_approved", draft.number(), reviewer.userName()),
            note));
    return draft;
  }

  /**
   * The approved answer goes to the petitioner by mail: the case is respondido. The answer must be
   * put in the petitioner's knowledge (seed 003 §5.1, Nota 3), so a petitioner without email cannot
   * be answered this way.
   *
   * @return the version sent
   */
  public Answer sendAnswer(String actor, LocalDateTime at) {
    CaseTransitions.check(radicado, state, RESPONDIDO);
    if (petitioner.email() == null || petitioner.email().isBlank()) {
      throw new CaseRuleViolation("answer.no_email");
    }
    requireActor(actor);
    Answer approved = requireCurrentAnswer();
    approved.markSent(at);
    answeredAt = at;
    moveTo(
        CaseEvent.ANSWER_SENT,
        RESPONDIDO,
        actor,
        at,
        CaseTexts.spanish("history.answer_sent", approved.number()));
    return approved;
  }

  /**
   * Records the petitioner's response to the answer: whether they accept it (seed 002 §4 actividad
   * 8, "establecer la aceptación de la respuesta") and their rating on the scale of seed 003 §5.3.
   * Either may be missing (the survey is random, seed 003 §5.3), not both. Recorded again, it
   * replaces what it gives.
   */
  public void recordPetitionerResponse(
      String actor, LocalDateTime at, Boolean accepted, SatisfactionRating rating) {
    requireState(EnumSet.of(RESPONDIDO), "action.petitioner_response");
    if (accepted == null && rating == null) {
      throw new CaseRuleViolation("required.petitioner_response");
    }
    requireActor(actor);
    if (accepted != null) {
      petitionerAccepted = accepted;
    }
    if (rating != null) {
      satisfactionScore = rating.score();
    }
    log(
        CaseEvent.PETITIONER_RESPONSE,
        actor,
        at,
        CaseTexts.spanish(
            "history.petitioner_response", petitionerAccepted, satisfaction().orElse(null)));
  }

  /**
   * The petitioner rates the answer themselves, through the signed link of the answer mail or of
   * the status page (seed 003 §5.3: "se le pregunta y registra el nivel de satisfacción con la
   * respuesta"; seed 004: "se le solicita la calificación de dicha respuesta"). Unlike a rating
   * taken by staff, it may come after the case was closed: the petitioner has the link for a while
   * after the answer. Recorded again, it replaces the score, the acceptance and the comment.
   */
  public void recordPetitionerRating(
      LocalDateTime at, Boolean accepted, SatisfactionRating rating, String comment) {
    if (state != RESPONDIDO && state != CERRADO) {
      throw new CaseRuleViolation(
          "action.not_allowed", new CaseTexts.Key("action.petitioner_response"), state);
    }
    Objects.requireNonNull(rating, "rating");
    petitionerAccepted = accepted;
    satisfactionScore = rating.score();
    log(
        CaseEvent.PETITIONER_RESPONSE,
        PETITIONER,
        at,
        CaseTexts.spanish(
            comment == null || comment.isBlank()
                ? "history.petitioner_rating"
                : "history.petitioner_rating_comment",
            accepted,
            rating,
            comment == null ? "" : comment.strip()));
  }

  /** The actor recorded for what the petitioner does through a link. */
  public static final String PETITIONER = "peticionario";

  /** Closes an answered case: respondido → cerrado. */
  public void close(String actor, LocalDateTime at, String note) {
    checkNote(note);
    moveTo(
        CaseEvent.CLOSED, CERRADO, actor, at, withNote(CaseTexts.spanish("history.closed"), note));
    closedAt = at;
  }

  // ---------------------------------------------------------------------------------------------
  // Exits
  // ---------------------------------------------------------------------------------------------

  /**
   * A plainly disrespectful submission: classified improcedente and closed at once without
   * processing, keeping every record as evidence (seed 003 §5.3 Nota: "se cerrarán inmediatamente
   * sin realizar el trámite correspondiente; pero se guardarán los registros"; Ley 1755 de 2015,
   * art. 19).
   */
  public void markImprocedente(String actor, LocalDateTime at, String reason) {
    CaseTransitions.check(radicado, state, IMPROCEDENTE);
    String why = requireText(reason, "required.reason");
    moveTo(
        CaseEvent.IMPROCEDENTE,
        IMPROCEDENTE,
        actor,
        at,
        withNote(CaseTexts.spanish("history.improcedente"), why));
    closedAt = at;
  }

  /**
   * Traslado por competencia (Ley 1755 de 2015, art. 21): the company is not competent; within five
   * business days after the receipt it transfers the petition to {@code authority} and tells the
   * petitioner. Later, the petition is answered instead, naming the competent authority.
   */
  public void transfer(
      String actor, LocalDateTime at, String authority, String note, BusinessCalendar calendar) {
    CaseTransitions.check(radicado, state, TRASLADADO);
    String competent = requireText(authority, "required.authority");
    checkNote(note);
    // The deadline depends only on the receipt; a one-day term stands in when there is none.
    LocalDate deadline =
        term(calendar)
            .orElseGet(() -> CaseTerm.start(receivedOn(), 1, calendar, TermLaw.of(type)))
            .trasladoDeadline();
    if (at.toLocalDate().isAfter(deadline)) {
      TermLaw law = TermLaw.of(type);
      throw new CaseRuleViolation(
          "traslado.late", deadline, law.trasladoDays(), law.trasladoBasis());
    }
    trasladoAuthority = competent;
    moveTo(
        CaseEvent.TRASLADO,
        TRASLADADO,
        actor,
        at,
        withNote(CaseTexts.spanish("history.traslado", competent), note));
    closedAt = at;
  }

  /**
   * Desistimiento tácito (Ley 1755 de 2015, art. 17): the petitioner was asked to complete the
   * petition and did not within the month (and its prórroga, if granted); only after that period
   * ran out.
   */
  public void desist(String actor, LocalDateTime at, BusinessCalendar calendar) {
    CaseTransitions.check(radicado, state, DESISTIDO);
    if (!awaitingInformation) {
      throw new CaseRuleViolation("information.not_awaiting");
    }
    CaseTerm term = term(calendar).orElseThrow(() -> new CaseRuleViolation("term.none", radicado));
    LocalDate deadline = term.desistimientoDeadline();
    if (!term.isDesisted(at.toLocalDate())) {
      throw new CaseRuleViolation("desist.too_early", deadline, TermLaw.of(type).completionBasis());
    }
    moveTo(
        CaseEvent.DESISTIMIENTO,
        DESISTIDO,
        actor,
        at,
        CaseTexts.spanish("history.desistimiento", deadline));
    closedAt = at;
  }

  // ---------------------------------------------------------------------------------------------
  // Links (seed 003 §5.1: never merged)
  // ---------------------------------------------------------------------------------------------

  /**
   * Links this case and {@code other}, both ways, with {@code note}; each case's history records
   * it. Allowed in any state: a new case may well relate to a closed one.
   */
  public void linkTo(PqrsCase other, String actor, LocalDateTime at, String note) {
    Objects.requireNonNull(other, "other");
    if (other == this || other.radicado.equals(radicado)) {
      throw new CaseRuleViolation("link.self");
    }
    if (isLinkedTo(other.radicado)) {
      throw new CaseRuleViolation("link.exists", radicado, other.radicado);
    }
    checkNote(note);
    requireActor(actor);
    String text = note == null || note.isBlank() ? null : note.strip();
    links.add(new CaseLink(this, other, text, actor, at));
    other.links.add(new CaseLink(other, this, text, actor, at));
    log(
        CaseEvent.LINKED,
        actor,
        at,
        withNote(CaseTexts.spanish("history.linked", other.radicado), text));
    other.log(
        CaseEvent.LINKED, actor, at, withNote(CaseTexts.spanish("history.linked", radicado), text));
  }

  /** Whether this case is linked to the case {@code otherRadicado}. */
  public boolean isLinkedTo(String otherRadicado) {
    return links.stream().anyMatch(l -> l.linkedRadicado().equals(otherRadicado));
  }

  // ---------------------------------------------------------------------------------------------
  // Rules shared by the actions
  // ---------------------------------------------------------------------------------------------

  private void moveTo(CaseEvent event, CaseState to, String actor, LocalDateTime at, String note) {
    requireActor(actor);
    CaseTransitions.check(radicado, state, to);
    CaseState from = state;
    state = to;
    history.add(new CaseHistoryEntry(this, event, at, actor, from, to, note));
  }

  /**
   * Marks the case protected: from now on its petitioner is shown only to the people named on it.
   * Never undone.
   */
  public void markProtected(String actor, LocalDateTime at, String reason) {
    if (!protectedCase) {
      checkNote(reason);
      protectedCase = true;
      log(CaseEvent.PROTECTED, actor, at, withNote(CaseTexts.spanish("history.protected"), reason));
      nameTheAssigned(actor, at);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // People named on the case, and notes
  // ---------------------------------------------------------------------------------------------

  /**
   * Names {@code userName} on the case, for {@code reason}; the history records it. Naming someone
   * twice changes nothing.
   *
   * @return whether the person was newly named
   */
  public boolean name(String userName, CaseMember.Reason reason, String actor, LocalDateTime at) {
    String person = requireText(userName, "required.member").toLowerCase(Locale.ROOT);
    requireActor(actor);
    if (isMember(person)) {
      return false;
    }
    members.add(new CaseMember(this, person, reason, actor, at));
    log(
        CaseEvent.MEMBER_ADDED,
        actor,
        at,
        CaseTexts.spanish("history.member_added", person, new CaseTexts.Key("member." + reason)));
    return true;
  }

  /**
   * Takes {@code userName} off the case. The responsible and the leader of the case's area stay
   * named while the case is theirs: they could not work a protected case otherwise.
   */
  public void removeMember(String userName, String actor, LocalDateTime at, String note) {
    requireActor(actor);
    checkNote(note);
    CaseMember member =
        members.stream()
            .filter(m -> m.userName().equalsIgnoreCase(userName))
            .findFirst()
            .orElseThrow(() -> new CaseRuleViolation("member.unknown", userName));
    if (member.userName().equalsIgnoreCase(responsible)
        || (area != null && area.isLedBy(member.userName()))) {
      throw new CaseRuleViolation("member.needed", member.userName());
    }
    members.remove(member);
    log(
        CaseEvent.MEMBER_REMOVED,
        actor,
        at,
        withNote(CaseTexts.spanish("history.member_removed", member.userName()), note));
  }

  /** Whether {@code userName} is named on the case (user names ignore case). */
  public boolean isMember(String userName) {
    return userName != null
        && members.stream().anyMatch(m -> m.userName().equalsIgnoreCase(userName.strip()));
  }

  /** The people named on the case, in the order they were named. */
  public List<CaseMember> members() {
    return Collections.unmodifiableList(members);
  }

  /**
   * Marks the agency as received (free text from the form, a mail, a CSV or the API) as matching
   * none of the configured agencies: the case waits for reception to choose one ({@link
   * #confirmAgency}).
   */
  public void flagAgencyUnconfirmed() {
    if (agency != null) {
      agencyUnconfirmed = true;
    }
  }

  /** Whether reception still has to choose the agency (sede por confirmar). */
  public boolean agencyUnconfirmed() {
    return agencyUnconfirmed;
  }

  /**
   * Sets the case's agency to the configured agency {@code configured} (reception's choice, or a
   * correction), in any state; the history keeps the text as it was received.
   */
  public void confirmAgency(String actor, LocalDateTime at, String configured) {
    requireActor(actor);
    String chosen = requireText(configured, "required.agency");
    String before = agency;
    agency = chosen;
    agencyUnconfirmed = false;
    log(
        CaseEvent.AGENCY_CONFIRMED,
        actor,
        at,
        before == null || before.equals(chosen)
            ? CaseTexts.spanish("history.agency_confirmed", chosen)
            : CaseTexts.spanish("history.agency_confirmed_from", chosen, before));
  }

  /**
   * A note for the people who work the case (a call made, a document asked for), in any state; the
   * petitioner never sees it.
   */
  public void addNote(String actor, LocalDateTime at, String text) {
    String note = requireText(text, "required.note_text");
    requireActor(actor);
    log(CaseEvent.NOTE_ADDED, actor, at, note);
  }

  /**
   * Records files added after filing (the petitioner's later documents, evidence gathered by
   * staff); the files themselves are stored beside the case. A finished case takes no more.
   */
  public void recordFiles(
      String actor, LocalDateTime at, List<String> fileNames, boolean byPetitioner) {
    requireActor(actor);
    if (state.isFinal()) {
      throw new CaseRuleViolation("files.case_finished", radicado);
    }
    if (fileNames == null || fileNames.isEmpty()) {
      throw new CaseRuleViolation("files.none");
    }
    log(
        CaseEvent.FILES_ADDED,
        actor,
        at,
        CaseTexts.spanish(
            byPetitioner ? "history.files_by_petitioner" : "history.files_added",
            String.join(", ", fileNames)));
  }

  public boolean isProtected() {
    return protectedCase;
  }

  /**
   * Notes in the history that a message about the case arrived (a reply by mail, a letter), in any
   * state: correspondence about a closed case is kept too and staff decide what it means.
   */
  public void recordMessageReceived(String actor, LocalDateTime at, String subject) {
    log(
        CaseEvent.MESSAGE_RECEIVED,
        actor,
        at,
        CaseTexts.spanish("history.message_received", subject));
  }

  // ---------------------------------------------------------------------------------------------
  // The petitioner's personal data (Ley 1581 de 2012)
  // ---------------------------------------------------------------------------------------------

  /**
   * Rectifies the petitioner's data at the titular's request (Ley 1581 de 2012, art. 8 literal a,
   * art. 15): the data becomes {@code corrected}; the history says which fields changed, who did it
   * and why, without repeating the values (the values before are kept by the caller's own record).
   * Allowed in any state: correcting personal data is not a step of the trámite.
   *
   * @return the names of the fields that changed (Spanish, for the history), empty if none
   */
  public List<String> rectifyPetitioner(
      Petitioner corrected, String actor, LocalDateTime at, String reason) {
    requireActor(actor);
    requireText(reason, "required.reason");
    Objects.requireNonNull(corrected, "corrected");
    List<String> changed = new ArrayList<>();
    Petitioner p = petitioner;
    diff(changed, "petitioner.names", p.names(), corrected.names());
    diff(changed, "petitioner.document_type", p.documentType(), corrected.documentType());
    diff(changed, "petitioner.document_number", p.documentNumber(), corrected.documentNumber());
    diff(changed, "petitioner.email", p.email(), corrected.email());
    diff(changed, "petitioner.phone", p.phone(), corrected.phone());
    diff(changed, "petitioner.address", p.address(), corrected.address());
    if (!changed.isEmpty()) {
      petitioner = corrected;
      log(
          CaseEvent.PERSONAL_DATA_RECTIFIED,
          actor,
          at,
          withNote(
              CaseTexts.spanish("history.personal_data_rectified", String.join(", ", changed)),
              reason));
    }
    return changed;
  }

  private static void diff(List<String> changed, String key, String before, String after) {
    if (!Objects.equals(blankToNull(before), blankToNull(after))) {
      changed.add(CaseTexts.spanish(key));
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * Anonymises the petitioner (supresión, Ley 1581 de 2012, arts. 8 literal e and 15): names,
   * document and contact data are removed; the subject and description go through {@code scrub}
   * (which removes the person's identifiers, or the whole text the officer marked). What the
   * statistics need stays: type, channel, agency, dates, term, state, process, level and the
   * rating. Doing it again on an anonymised case changes nothing and writes no history.
   *
   * @return whether anything changed
   */
  public boolean anonymisePetitioner(
      String replacementNames,
      java.util.function.UnaryOperator<String> scrubSubject,
      java.util.function.UnaryOperator<String> scrubDescription,
      String actor,
      LocalDateTime at,
      String reason) {
    requireActor(actor);
    Petitioner anonymised =
        new Petitioner(replacementNames, null, null, null, null, null, petitioner.anonymous());
    String newSubject = scrubSubject.apply(subject);
    String newDescription = scrubDescription.apply(description);
    boolean changed =
        !Objects.equals(petitioner.names(), replacementNames)
            || petitioner.documentType() != null
            || petitioner.documentNumber() != null
            || petitioner.email() != null
            || petitioner.phone() != null
            || petitioner.address() != null
            || !subject.equals(newSubject)
            || !description.equals(newDescription);
    if (!changed) {
      return false;
    }
    petitioner = anonymised;
    subject = newSubject;
    description = newDescription;
    log(
        CaseEvent.PERSONAL_DATA_ANONYMISED,
        actor,
        at,
        withNote(CaseTexts.spanish("history.personal_data_anonymised"), reason));
    return true;
  }

  private void log(CaseEvent event, String actor, LocalDateTime at, String note) {
    history.add(new CaseHistoryEntry(this, event, at, actor, state, state, note));
  }

  private void requireNotFinal() {
    if (state.isFinal()) {
      throw new CaseRuleViolation("case.final", radicado, state);
    }
  }

  private void requireState(Set<CaseState> allowed, String actionKey) {
    requireNotFinal();
    if (!allowed.contains(state)) {
      throw new CaseRuleViolation("action.not_allowed", new CaseTexts.Key(actionKey), state);
    }
  }

  private void requireReviewer(StaffMember reviewer) {
    Objects.requireNonNull(reviewer, "reviewer");
    if (reviewer.qualityOffice()) {
      return;
    }
    if (area == null) {
      throw new CaseRuleViolation("answer.reviewer_no_area", reviewer.userName());
    }
    if (!area.isLedBy(reviewer.userName())) {
      throw new CaseRuleViolation(
          "answer.reviewer_not_allowed", reviewer.userName(), area.name(), area.leader());
    }
  }

  private Answer requireCurrentAnswer() {
    return currentAnswer().orElseThrow(() -> new CaseRuleViolation("answer.none"));
  }

  private LocalDate lastInformationRequest() {
    LocalDate last = null;
    for (CaseTermEvent event : termEvents) {
      if (event.kind() == CaseTermEvent.Kind.INFORMATION_REQUESTED) {
        last = event.eventDate();
      }
    }
    return last;
  }

  private LocalDate receivedOn() {
    return receivedAt.toLocalDate();
  }

  private static void requireActor(String actor) {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("Every action on a case needs its actor");
    }
  }

  private static String requireText(String text, String missingKey) {
    if (text == null || text.isBlank()) {
      throw new CaseRuleViolation(missingKey);
    }
    checkNote(text);
    return text.strip();
  }

  private static void checkNote(String note) {
    if (note != null && note.strip().length() > MAX_NOTE) {
      throw new CaseRuleViolation("note.too_long", MAX_NOTE);
    }
  }

  private static String withNote(String text, String note) {
    return note == null || note.isBlank() ? text : text + " " + note.strip();
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors
  // ---------------------------------------------------------------------------------------------

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

  /** Severity level 1–4 (seed 002), or null when not classified. */
  public Integer severityLevel() {
    return severityLevel;
  }

  /** Whether the case alleges a crime, a rights violation or imminent danger (seed 002 §4). */
  public boolean immediateAttention() {
    return immediateAttention;
  }

  /** The term as first set, in business days; null when not recorded. */
  public Integer termDays() {
    return termDays;
  }

  /** Whether the term is suspended waiting for the petitioner to complete (art. 17). */
  public boolean awaitingInformation() {
    return awaitingInformation;
  }

  /** The legal events of the term, in order. */
  public List<CaseTermEvent> termEvents() {
    return Collections.unmodifiableList(termEvents);
  }

  /** The process the case is assigned to, or null. */
  public Area area() {
    return area;
  }

  /** The user name of the person who handles the case, or null. */
  public String responsible() {
    return responsible;
  }

  /** 1 to 4 (seed 001 §7.2); every case starts at 1. */
  public int escalationLevel() {
    return escalationLevel;
  }

  /** The authority the case was transferred to (art. 21), or null. */
  public String trasladoAuthority() {
    return trasladoAuthority;
  }

  /** When the answer was sent, or null. */
  public LocalDateTime answeredAt() {
    return answeredAt;
  }

  /** When the case reached a final state, or null. */
  public LocalDateTime closedAt() {
    return closedAt;
  }

  /** Whether the petitioner accepts the answer, or null when unknown. */
  public Boolean petitionerAccepted() {
    return petitionerAccepted;
  }

  /** The petitioner's rating of the answer, when given. */
  public Optional<SatisfactionRating> satisfaction() {
    return Optional.ofNullable(satisfactionScore).map(SatisfactionRating::ofScore);
  }

  /** Every version of the answer, oldest first. */
  public List<Answer> answers() {
    return Collections.unmodifiableList(answers);
  }

  /** The latest version of the answer, if any was drafted. */
  public Optional<Answer> currentAnswer() {
    return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1));
  }

  /** The links of this case to others, oldest first. */
  public List<CaseLink> links() {
    return Collections.unmodifiableList(links);
  }
}
