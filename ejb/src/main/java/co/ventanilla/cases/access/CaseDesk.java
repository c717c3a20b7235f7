package co.ventanilla.cases.access;

import co.ventanilla.answers.Answer;
import co.ventanilla.attachments.CaseAttachment;
import co.ventanilla.attachments.ContentStore;
import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseHistoryEntry;
import co.ventanilla.cases.CaseMember;
import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.CaseSort;
import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.CaseVisibility;
import co.ventanilla.cases.InboxCount;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.lifecycle.CaseWorkflowService;
import co.ventanilla.cases.outbox.Outbox;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.correspondence.CaseMessage;
import co.ventanilla.correspondence.CaseMessages;
import co.ventanilla.correspondence.MessageDirection;
import co.ventanilla.documents.CaseDocuments;
import co.ventanilla.documents.CaseListWorkbook;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.OrganizationRepository;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.staff.Staff;
import co.ventanilla.staff.StaffDirectory;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.staff.StaffUser;
import co.ventanilla.terms.CaseTerm;
import co.ventanilla.terms.TermPolicy;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The staff's door to cases: everything the intranet and the staff API read or do with a case goes
 * through here, always as the logged-in person ({@link CurrentStaff}), never as someone a request
 * names. Lists carry the person's {@link CaseVisibility} into the query itself, so a case one may
 * not see is never read; a single case is checked before anything is shown or changed, and a
 * refusal ({@link CaseAccessDenied}) is journaled. Openings of protected cases are journaled too.
 * The actions themselves are {@link CaseWorkflowService}'s, with the caller as actor.
 */
@Stateless
public class CaseDesk {

  private static final Logger LOG = Logger.getLogger(CaseDesk.class.getName());

  /** The most rows a page, and the most rows an export, may have. */
  public static final int MAX_PAGE = 500;

  @Inject CurrentStaff current;
  @Inject CaseRepository cases;
  @EJB CaseWorkflowService workflow;
  @EJB CaseAccessJournal journal;
  @EJB StaffDirectory directory;
  @Inject TermPolicy terms;
  @Inject Clock clock;
  @Inject OrganizationRepository organization;
  @Inject ContentStore contents;
  @Inject CaseMessages messages;
  @Inject Outbox outbox;
  @Inject co.ventanilla.organization.AgencyDirectory agencies;
  @EJB CaseDocuments documents;

  /** The caller. */
  public Staff me() {
    return current.get();
  }

  // ---------------------------------------------------------------------------------------------
  // Lists
  // ---------------------------------------------------------------------------------------------

  /** How many cases of {@code filter} the caller sees (up to {@link InboxCount#CAP}). */
  public InboxCount count(CaseFilter filter) {
    Staff me = me();
    return cases.count(filter, CasePermissions.visibility(me), today(), seesPetitioners(me));
  }

  /**
   * A page of the cases of {@code filter} the caller sees.
   *
   * @param known the count just taken for the same filter, or null
   */
  public List<CaseSummary> page(
      CaseFilter filter, CaseSort sort, int first, int size, InboxCount known) {
    Staff me = me();
    return cases.page(
        filter,
        CasePermissions.visibility(me),
        today(),
        seesPetitioners(me),
        sort == null ? CaseSort.MOST_URGENT : sort,
        Math.max(0, first),
        Math.max(1, Math.min(size, MAX_PAGE)),
        known);
  }

  /**
   * How many of the cases of {@code filter} the caller sees have each value of {@code dimension}
   * (keys as in {@link CaseRepository#countBy}).
   */
  public java.util.Map<String, Long> countBy(
      CaseFilter filter, co.ventanilla.cases.CaseDimension dimension) {
    return cases.countBy(filter, CasePermissions.visibility(me()), today(), dimension);
  }

  /**
   * Hands {@code sink} the cases of {@code filter} the caller sees, a page at a time, at most
   * {@link InboxCount#CAP} of them.
   *
   * @return how many rows were handed over
   */
  public int export(CaseFilter filter, CaseSort sort, Consumer<List<CaseSummary>> sink) {
    Staff me = me();
    InboxCount count = count(filter);
    int total = (int) count.total();
    int done = 0;
    while (done < total) {
      List<CaseSummary> rows = page(filter, sort, done, MAX_PAGE, count);
      if (rows.isEmpty()) {
        break;
      }
      sink.accept(rows);
      done += rows.size();
    }
    int exported = done;
    LOG.info(() -> "Case list exported by " + me.userName() + ": " + exported + " cases");
    return exported;
  }

  /**
   * Writes the cases of {@code filter} the caller sees as an Excel workbook to {@code out}, at most
   * {@link InboxCount#CAP} rows, with the headers in {@code locale}.
   *
   * @return how many cases it holds
   */
  public int exportWorkbook(CaseFilter filter, CaseSort sort, Locale locale, OutputStream out)
      throws IOException {
    try (CaseListWorkbook workbook = new CaseListWorkbook(locale, today())) {
      export(filter, sort, workbook::add);
      workbook.write(out);
      return workbook.rows();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // One case
  // ---------------------------------------------------------------------------------------------

  /**
   * The case {@code radicado} as the caller may see it.
   *
   * @throws CaseAccessDenied when the caller may not see it (journaled)
   * @throws CaseRuleViolation when there is no such case
   */
  public CaseFile open(String radicado) {
    Staff me = me();
    PqrsCase c = require(radicado, CaseAction.VIEW, me);
    if (c.isProtected()) {
      journal.opened(c, me.userName(), CaseAction.VIEW);
    }
    return file(c, me);
  }

  /** The facts of one file of the case, after checking that the caller may see the case. */
  public CaseFile.AttachmentView attachment(String radicado, long attachmentId) {
    Staff me = me();
    PqrsCase c = require(radicado, CaseAction.DOWNLOAD, me);
    requirePetitioner(c, me);
    return view(requireAttachment(c, attachmentId));
  }

  /** Writes one file of the case to {@code out}; protected cases journal the download. */
  public void download(String radicado, long attachmentId, OutputStream out) throws IOException {
    Staff me = me();
    PqrsCase c = require(radicado, CaseAction.DOWNLOAD, me);
    requirePetitioner(c, me);
    CaseAttachment a = requireAttachment(c, attachmentId);
    if (c.isProtected()) {
      journal.opened(c, me.userName(), CaseAction.DOWNLOAD);
    }
    contents.copy(a.content(), out);
  }

  /**
   * The constancia de radicación (PDF) of the case: it shows the petitioner, so only who may see
   * the petitioner gets it.
   */
  public byte[] constancia(String radicado) {
    Staff me = me();
    PqrsCase c = require(radicado, CaseAction.VIEW, me);
    requirePetitioner(c, me);
    if (c.isProtected()) {
      journal.opened(c, me.userName(), CaseAction.DOWNLOAD);
    }
    return documents.constancia(c).pdf();
  }

  /**
   * Files of the case and its constancia are the petitioner's data and cannot be masked: a reader
   * who may not see the petitioner ({@link PetitionerMask}) is refused them, and the refusal is
   * journaled.
   */
  private void requirePetitioner(PqrsCase c, Staff me) {
    if (!CasePermissions.seesPetitioner(me, c)) {
      journal.denied(c.id(), c.radicado(), me.userName(), CaseAction.DOWNLOAD);
      throw new CaseAccessDenied(c.radicado(), CaseAction.DOWNLOAD);
    }
  }

  /** Every active member of staff (to name someone on a protected case). */
  public List<StaffUser> assignableStaff() {
    me();
    return directory.users().stream().filter(StaffUser::active).toList();
  }

  /**
   * Who may be given a case of the process {@code areaName} as its responsible: the active
   * responsables who work in that process, and its leader. Reception, management, the committee or
   * a responsable of another process could not work the case (nor, on a protected case, see it).
   */
  public List<StaffUser> assignableStaff(String areaName) {
    me();
    Optional<Area> area = areaName == null ? Optional.empty() : organization.findArea(areaName);
    if (area.isEmpty()) {
      return List.of();
    }
    return directory.users().stream()
        .filter(StaffUser::active)
        .filter(u -> canWork(u, area.get()))
        .toList();
  }

  /** {@link #assignableStaff(String)}'s rule for one person and one process. */
  static boolean canWork(StaffUser user, Area area) {
    boolean member =
        user.roles().contains(StaffRole.RESPONSABLE)
            && user.areas().stream().anyMatch(a -> a.name().equalsIgnoreCase(area.name()));
    return member || user.userName().equalsIgnoreCase(area.leader());
  }

  // ---------------------------------------------------------------------------------------------
  // Actions (each checks the caller, then lets the case apply its rules)
  // ---------------------------------------------------------------------------------------------

  public void addNote(String radicado, String text) {
    workflow.addNote(act(radicado, CaseAction.NOTE), me().userName(), text);
  }

  /**
   * Reception chooses the case's agency among the configured ones (a case whose agency as received
   * matched none waits in "sede por confirmar"); the same right as classifying.
   *
   * @throws CaseRuleViolation when {@code agency} is not an active configured agency
   */
  public void confirmAgency(String radicado, String agency) {
    String r = act(radicado, CaseAction.CLASSIFY);
    String name =
        agencies
            .activeNamed(agency)
            .map(co.ventanilla.organization.Agency::name)
            .orElseThrow(
                () ->
                    agency == null || agency.isBlank()
                        ? new CaseRuleViolation("required.agency")
                        : new CaseRuleViolation("agency.not_configured", agency.strip()));
    workflow.confirmAgency(r, me().userName(), name);
  }

  /** The active configured agencies, to choose from. */
  public java.util.List<co.ventanilla.organization.Agency> agencies() {
    return agencies.active();
  }

  public void classify(String radicado, Integer level, boolean immediateAttention) {
    workflow.classify(
        act(radicado, CaseAction.CLASSIFY), me().userName(), level, immediateAttention);
  }

  /**
   * Assigns the case to {@code areaName} and {@code responsible}, who must be an active member of
   * staff.
   */
  public void assign(String radicado, String areaName, String responsible, String note) {
    String r = act(radicado, CaseAction.ASSIGN);
    String person = activeStaff(responsible);
    Area area =
        organization
            .findArea(areaName)
            .orElseThrow(() -> new CaseRuleViolation("area.unknown", areaName));
    StaffUser user = directory.find(person).orElseThrow();
    if (!canWork(user, area)) {
      throw new CaseRuleViolation("assign.not_in_process", user.fullName(), area.name());
    }
    workflow.assign(r, me().userName(), area.name(), person, note);
  }

  public void startProcessing(String radicado, String note) {
    workflow.startProcessing(act(radicado, CaseAction.START), me().userName(), note);
  }

  public void openInvestigation(String radicado, String note) {
    workflow.openInvestigation(act(radicado, CaseAction.INVESTIGATE), me().userName(), note);
  }

  public void escalate(String radicado, int toLevel, String reason) {
    workflow.escalate(act(radicado, CaseAction.ESCALATE), me().userName(), toLevel, reason);
  }

  /** Art. 17: asks the petitioner to complete; returns their last day to do it. */
  public LocalDate requestInformation(String radicado, String request) {
    return workflow.requestInformation(
        act(radicado, CaseAction.REQUEST_INFORMATION), me().userName(), request);
  }

  /** Art. 17: the petitioner completed; returns the new due date. */
  public LocalDate informationReceived(String radicado, String note) {
    return workflow.informationReceived(
        act(radicado, CaseAction.INFORMATION_RECEIVED), me().userName(), note);
  }

  public LocalDate extendInformationPeriod(String radicado) {
    return workflow.extendInformationPeriod(
        act(radicado, CaseAction.EXTEND_INFORMATION), me().userName());
  }

  /** Art. 14 parágrafo: the ampliación to {@code newDueDate}. */
  public LocalDate extendTerm(String radicado, LocalDate newDueDate, String reason) {
    return workflow.extendTerm(
        act(radicado, CaseAction.EXTEND_TERM), me().userName(), newDueDate, reason);
  }

  public void transfer(String radicado, String authority, String note) {
    workflow.transfer(act(radicado, CaseAction.TRANSFER), me().userName(), authority, note);
  }

  public void markImprocedente(String radicado, String reason) {
    workflow.markImprocedente(act(radicado, CaseAction.IMPROCEDENTE), me().userName(), reason);
  }

  public void desist(String radicado) {
    workflow.desist(act(radicado, CaseAction.DESIST), me().userName());
  }

  /** Links the case with {@code otherRadicado}, which the caller must be able to see too. */
  public void link(String radicado, String otherRadicado, String note) {
    String r = act(radicado, CaseAction.LINK);
    String other = act(otherRadicado, CaseAction.VIEW);
    workflow.link(r, other, me().userName(), note);
  }

  public void draftAnswer(String radicado, String text) {
    workflow.draftAnswer(act(radicado, CaseAction.DRAFT), me().userName(), text);
  }

  public void approveAnswer(String radicado, String note) {
    workflow.approveAnswer(act(radicado, CaseAction.REVIEW), me().asReviewer(), note);
  }

  public void returnAnswer(String radicado, String note) {
    workflow.returnAnswer(act(radicado, CaseAction.REVIEW), me().asReviewer(), note);
  }

  public void sendAnswer(String radicado) {
    workflow.sendAnswer(act(radicado, CaseAction.SEND), me().userName());
  }

  public void recordPetitionerResponse(String radicado, Boolean accepted, Integer score) {
    workflow.recordPetitionerResponse(
        act(radicado, CaseAction.PETITIONER_RESPONSE), me().userName(), accepted, score);
  }

  /**
   * Adds files to the case (the petitioner's later documents, evidence), checked by content with
   * {@code policy} like intake's; whoever may add a note may add files. Nothing is stored when one
   * file is refused.
   *
   * @throws co.ventanilla.intake.InvalidSubmissionException naming each refused file
   */
  public void addFiles(
      String radicado,
      List<co.ventanilla.intake.SubmittedFile> files,
      co.ventanilla.intake.UploadPolicy policy) {
    String r = act(radicado, CaseAction.NOTE);
    co.ventanilla.intake.UploadPolicy.Checked checked = policy.check(files);
    if (!checked.problems().isEmpty()) {
      throw new co.ventanilla.intake.InvalidSubmissionException(checked.problems());
    }
    PqrsCase c = cases.findByRadicado(r).orElseThrow();
    if (c.state().isFinal()) {
      throw new CaseRuleViolation("files.case_finished", r);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    for (co.ventanilla.intake.SubmittedFile f : checked.files()) {
      contents.attach(c, f.fileName(), f.mediaType(), f.content(), now, me().userName());
    }
    workflow.recordFiles(
        r,
        me().userName(),
        checked.files().stream().map(co.ventanilla.intake.SubmittedFile::fileName).toList(),
        false);
  }

  public void close(String radicado, String note) {
    workflow.close(act(radicado, CaseAction.CLOSE), me().userName(), note);
  }

  /**
   * Checks the caller may give the case its cause (issue #14: cases get a cause, from the list the
   * investigations use, when answered or closed): whoever may send its answer or close it, from the
   * moment it is assigned, and not on a case that ended without an answer (improcedente,
   * trasladado, desistido). A refusal is journaled.
   *
   * @return the case's id
   */
  public long causeTarget(String radicado) {
    Staff me = me();
    PqrsCase c = require(radicado, CaseAction.VIEW, me);
    if (!CasePermissions.permits(me, c, CaseAction.SEND)
        && !CasePermissions.permits(me, c, CaseAction.CLOSE)) {
      journal.denied(c.id(), c.radicado(), me.userName(), CaseAction.CLOSE);
      throw new CaseAccessDenied(c.radicado(), CaseAction.CLOSE);
    }
    co.ventanilla.cases.CaseState s = c.state();
    if (s == co.ventanilla.cases.CaseState.RADICADO
        || (s.isFinal() && s != co.ventanilla.cases.CaseState.CERRADO)) {
      throw new CaseRuleViolation("cause.not_now", c.radicado());
    }
    return c.id();
  }

  /** Marks the case protected; the caller is named on it, so they keep seeing it. */
  public void markProtected(String radicado, String reason) {
    workflow.markProtected(act(radicado, CaseAction.PROTECT), me().userName(), reason);
  }

  /** Names an active member of staff on the case. */
  public void nameMember(String radicado, String userName) {
    String r = act(radicado, CaseAction.MEMBERS);
    workflow.nameMember(r, me().userName(), activeStaff(userName));
  }

  public void removeMember(String radicado, String userName, String note) {
    workflow.removeMember(act(radicado, CaseAction.MEMBERS), me().userName(), userName, note);
  }

  // ---------------------------------------------------------------------------------------------

  /** The user name, as stored, of the active member of staff {@code userName}. */
  private String activeStaff(String userName) {
    return directory
        .find(userName)
        .filter(StaffUser::active)
        .map(StaffUser::userName)
        .orElseThrow(() -> new CaseRuleViolation("staff.user_unknown", userName));
  }

  /** Checks the caller may take {@code action} on the case; returns its radicado as stored. */
  private String act(String radicado, CaseAction action) {
    return require(radicado, action, me()).radicado();
  }

  private PqrsCase require(String radicado, CaseAction action, Staff me) {
    String r = radicado == null ? "" : radicado.strip();
    PqrsCase c =
        cases.findByRadicado(r).orElseThrow(() -> new CaseRuleViolation("case.not_found", r));
    if (!CasePermissions.visibility(me).allows(c)) {
      journal.denied(c.id(), c.radicado(), me.userName(), action);
      throw new CaseAccessDenied(c.radicado(), CaseAction.VIEW);
    }
    if (!CasePermissions.permits(me, c, action)) {
      journal.denied(c.id(), c.radicado(), me.userName(), action);
      throw new CaseAccessDenied(c.radicado(), action);
    }
    return c;
  }

  private CaseAttachment requireAttachment(PqrsCase c, long attachmentId) {
    return contents
        .attachment(c.id(), attachmentId)
        .orElseThrow(() -> new CaseRuleViolation("attachment.not_found", attachmentId));
  }

  private static boolean seesPetitioners(Staff me) {
    return me.hasAny(CasePermissions.HANDLE_CASES);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private CaseFile file(PqrsCase c, Staff me) {
    LocalDate today = today();
    PetitionerMask mask = PetitionerMask.of(c, !CasePermissions.seesPetitioner(me, c));
    Optional<CaseTerm> term = c.term(terms.calendar());
    Integer daysLeft =
        term.filter(t -> !t.isSuspended() && PqrsCase.TERM_RUNS.contains(c.state()))
            .map(t -> t.businessDaysLeft(today))
            .orElse(null);
    LocalDate infoDeadline =
        c.awaitingInformation() ? term.map(CaseTerm::desistimientoDeadline).orElse(null) : null;
    LocalDate maxDue = extensionLimit(term);
    return new CaseFile(
        c.radicado(),
        c.type(),
        c.channel(),
        c.state(),
        c.subject(),
        c.description(),
        c.agency(),
        c.agencyUnconfirmed(),
        c.receivedAt(),
        c.dueDate(),
        c.termDays(),
        daysLeft,
        c.awaitingInformation(),
        infoDeadline,
        maxDue,
        c.severityLevel(),
        c.immediateAttention(),
        c.escalationLevel(),
        c.area() == null ? null : c.area().id(),
        c.area() == null ? null : c.area().name(),
        c.responsible(),
        c.isProtected(),
        c.trasladoAuthority(),
        c.petitionerAccepted(),
        c.satisfaction().map(s -> s.score()).orElse(null),
        petitioner(c, me),
        timeline(c, mask),
        mask.masks()
            ? List.of()
            : contents.attachmentsOf(c.id()).stream().map(CaseDesk::view).toList(),
        c.answers().stream().map(a -> view(a, mask)).toList(),
        c.links().stream()
            .map(
                l ->
                    new CaseFile.LinkView(l.linkedRadicado(), l.note(), l.linkedBy(), l.linkedAt()))
            .toList(),
        c.members().stream()
            .map(
                (CaseMember m) ->
                    new CaseFile.MemberView(m.userName(), m.reason(), m.addedBy(), m.addedAt()))
            .toList(),
        c.isProtected() && me.has(StaffRole.SIG)
            ? journal.ofCase(c.radicado(), 20).stream()
                .map(
                    l ->
                        new CaseFile.AccessView(
                            l.userName(), l.accessedAt(), l.address(), l.action(), l.allowed()))
                .toList()
            : List.of(),
        CasePermissions.available(me, c, today, terms.calendar()));
  }

  /**
   * The latest due date an ampliación may set (twice the term, Ley 1755 de 2015, art. 14
   * parágrafo); none without a term or while it is suspended waiting for the petitioner (art. 17),
   * when there is no running term to extend.
   */
  static LocalDate extensionLimit(Optional<CaseTerm> term) {
    return term.filter(t -> !t.isSuspended()).map(CaseTerm::maxExtendedDueDate).orElse(null);
  }

  private static CaseFile.PetitionerView petitioner(PqrsCase c, Staff me) {
    Petitioner p = c.petitioner();
    if (!CasePermissions.seesPetitioner(me, c)) {
      return new CaseFile.PetitionerView(true, p.anonymous(), null, null, null, null, null, null);
    }
    return new CaseFile.PetitionerView(
        false,
        p.anonymous(),
        p.names(),
        p.documentType(),
        p.documentNumber(),
        p.email(),
        p.phone(),
        p.address());
  }

  /**
   * History, mails in and mails out, in time order. For a reader who may not see the petitioner,
   * the mail addresses are left out (the petitioner's own address is personal data).
   */
  private List<CaseFile.TimelineEntry> timeline(PqrsCase c, PetitionerMask mask) {
    boolean masked = mask.masks();
    List<CaseFile.TimelineEntry> lines = new ArrayList<>();
    for (CaseHistoryEntry h : c.history()) {
      lines.add(
          new CaseFile.TimelineEntry(
              CaseFile.Kind.HISTORY,
              h.occurredAt(),
              h.actor(),
              h.event(),
              h.fromState(),
              h.toState(),
              null,
              mask.text(h.note()),
              null));
    }
    for (CaseMessage m : messages.ofCase(c.radicado())) {
      boolean in = m.direction() == MessageDirection.IN;
      lines.add(
          new CaseFile.TimelineEntry(
              in ? CaseFile.Kind.MAIL_IN : CaseFile.Kind.MAIL_OUT,
              m.occurredAt(),
              masked ? null : in ? m.from() : m.recordedBy(),
              null,
              null,
              null,
              mask.text(m.subject()),
              mask.text(m.text()),
              in ? null : m.occurredAt()));
    }
    for (OutboxMessage m : outbox.forCase(c.radicado())) {
      lines.add(
          new CaseFile.TimelineEntry(
              CaseFile.Kind.MAIL_OUT,
              m.createdAt(),
              masked ? null : m.recipient(),
              null,
              null,
              null,
              mask.text(m.subject()),
              mask.text(m.body()),
              m.sentAt()));
    }
    lines.sort(Comparator.comparing(CaseFile.TimelineEntry::at));
    return lines;
  }

  private static CaseFile.AttachmentView view(CaseAttachment a) {
    return new CaseFile.AttachmentView(
        a.id(),
        a.fileName(),
        a.content().mediaType(),
        a.content().size(),
        a.content().sha256(),
        a.addedAt(),
        a.addedBy());
  }

  private static CaseFile.AnswerView view(Answer a, PetitionerMask mask) {
    return new CaseFile.AnswerView(
        a.number(),
        mask.text(a.text()),
        a.status(),
        a.draftedBy(),
        a.draftedAt(),
        a.reviewedBy(),
        a.reviewedAt(),
        a.reviewNote(),
        a.sentAt());
  }
}
