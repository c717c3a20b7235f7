package co.ventanilla.investigations;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.attachments.StoredContent;
import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.access.CaseAccessDenied;
import co.ventanilla.cases.access.CaseAccessJournal;
import co.ventanilla.cases.access.CaseAction;
import co.ventanilla.cases.access.CasePermissions;
import co.ventanilla.cases.lifecycle.CaseWorkflowService;
import co.ventanilla.intake.UploadPolicy;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.staff.Staff;
import co.ventanilla.staff.StaffDirectory;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.staff.StaffUser;
import co.ventanilla.terms.TermPolicy;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The committee's door to investigations, always as the logged-in member of staff ({@link
 * CurrentStaff}). Only the committee's members, the Dirección SIG and the administrator see an
 * investigation; anybody else is refused with {@link CaseAccessDenied} and the refusal is written
 * in the case's access journal ({@link CaseAccessJournal}), as for the case itself. Members and the
 * Dirección SIG change it while it is open.
 *
 * <p>The case is reached only through its services: opening moves it to "en investigación" with
 * {@link CaseWorkflowService#openInvestigation} (its Ley 1755 term keeps running: an ampliación
 * under art. 14 parágrafo is the legal way to get more time), each committee member is named on the
 * case ({@link CaseWorkflowService#nameMember}) so they can open it, and requesting the client's
 * documents is the case's request to complete (art. 17), which mails the petitioner and suspends
 * the term until the documents arrive.
 *
 * <p>Configuration: {@code investigations.max-file-mb} (default 200), the largest evidence file.
 */
@Stateless
public class InvestigationService {

  private static final Logger LOG = Logger.getLogger(InvestigationService.class.getName());

  /** The configuration key of the largest evidence file, in MB. */
  public static final String MAX_FILE_MB = "investigations.max-file-mb";

  /** The roles whose holders may sit on a committee (and reach the investigation screens). */
  public static final java.util.Set<StaffRole> COMMITTEE_ROLES =
      java.util.EnumSet.of(
          StaffRole.COMITE,
          StaffRole.SIG,
          StaffRole.GERENCIA,
          StaffRole.LIDER,
          StaffRole.RESPONSABLE);

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject CurrentStaff current;
  @Inject CaseRepository cases;
  @EJB CaseWorkflowService workflow;
  @EJB CaseAccessJournal journal;
  @EJB StaffDirectory directory;
  @Inject ContentStore contents;
  @Inject TermPolicy terms;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = MAX_FILE_MB, defaultValue = "200")
  int maxFileMb;

  // ---------------------------------------------------------------------------------------------
  // Opening and reading
  // ---------------------------------------------------------------------------------------------

  /**
   * Opens the investigation of case {@code radicado} (seed 002 §4 activity 2). Who: the Dirección
   * SIG, the gerencia, or the leader of the case's process. Which cases: level 4, denuncias, or any
   * case whose modality alleges a crime, aggression, rights violation or breach of law. One per
   * case. An assigned case starts its trámite first; the case moves to "en investigación".
   */
  public InvestigationFile open(String radicado, Modality modality, String reason) {
    Staff me = current.get();
    String r = radicado == null ? "" : radicado.strip();
    PqrsCase c =
        cases.findByRadicado(r).orElseThrow(() -> new CaseRuleViolation("case.not_found", r));
    boolean leads = c.area() != null && me.leads(c.area().id());
    boolean allowed = me.has(StaffRole.SIG) || me.has(StaffRole.GERENCIA) || leads;
    if (!allowed || !CasePermissions.visibility(me).allows(c)) {
      journal.denied(c.id(), c.radicado(), me.userName(), CaseAction.INVESTIGATE);
      throw new CaseAccessDenied(c.radicado(), CaseAction.INVESTIGATE);
    }
    if (findByRadicado(c.radicado()).isPresent()) {
      throw new InvestigationRuleViolation("open.already", c.radicado());
    }
    boolean eligible =
        (c.severityLevel() != null && c.severityLevel() == 4) || c.type() == PqrsType.DENUNCIA;
    LocalDateTime now = now();
    Investigation i =
        Investigation.open(
            c.id(), c.radicado(), eligible, modality, reason, me.userName(), roleOf(me), now);
    String note =
        InvestigationRuleViolation.text(
            InvestigationRuleViolation.SPANISH, "case.note_opened", modality);
    CaseState state = c.state();
    if (state == CaseState.ASIGNADO) {
      workflow.startProcessing(c.radicado(), me.userName(), null);
      state = CaseState.EN_TRAMITE;
    }
    if (state == CaseState.EN_TRAMITE) {
      workflow.openInvestigation(c.radicado(), me.userName(), note + " " + reason.strip());
    } else if (state != CaseState.EN_INVESTIGACION) {
      throw new InvestigationRuleViolation("open.state", c.radicado(), stateName(state));
    }
    workflow.nameMember(c.radicado(), me.userName(), me.userName());
    // The case behind a siniestro is reserved like a denuncia (GO-PD-03, activity 2: protect
    // complainants and witnesses): from now on only the people named on it — the committee, the
    // opener, its responsible and process leader, who still answer the petitioner — open it.
    workflow.markProtected(
        c.radicado(),
        me.userName(),
        "Investigación de siniestro abierta: el caso queda reservado al comité y a las personas"
            + " nombradas.");
    em.persist(i);
    em.flush();
    LOG.info(() -> "Investigation " + i.id() + " opened on case " + r + " by " + me.userName());
    return file(i, me);
  }

  /** The investigation {@code id} as the caller may see it. */
  public InvestigationFile get(long id) {
    Staff me = current.get();
    return file(visible(id, me, CaseAction.VIEW), me);
  }

  /** The id of the investigation of case {@code radicado}, if the caller may see it. */
  public Optional<Long> idOfCase(String radicado) {
    Staff me = current.get();
    return findByRadicado(radicado).filter(i -> sees(i, me)).map(Investigation::id);
  }

  /**
   * The caller's investigations: those they are a member of; every one for the Dirección SIG and
   * the administrator.
   */
  public List<InvestigationSummary> mine() {
    Staff me = current.get();
    List<Investigation> found =
        me.has(StaffRole.SIG) || me.has(StaffRole.ADMIN)
            ? em.createNamedQuery(Investigation.ALL, Investigation.class).getResultList()
            : em.createNamedQuery(Investigation.OF_MEMBER, Investigation.class)
                .setParameter("user", me.userName())
                .getResultList();
    LocalDate today = today();
    return found.stream()
        .map(
            i ->
                new InvestigationSummary(
                    i.id(),
                    i.radicado(),
                    i.modality(),
                    i.status(),
                    i.openedAt(),
                    i.chair().orElse(null),
                    i.members().size(),
                    i.evidence().size(),
                    i.overdueTasks(today).size(),
                    i.isMember(me.userName())))
        .toList();
  }

  /** The active causes the administrator keeps, for the conclusions. */
  public List<Cause> causes() {
    return em.createNamedQuery(Cause.ACTIVE, Cause.class).getResultList();
  }

  /** The checklist of documents the client must provide for {@code modality}. */
  public List<String> checklist(Modality modality) {
    return em.createNamedQuery(DocumentTemplate.OF_MODALITY, DocumentTemplate.class)
        .setParameter("modality", modality)
        .getResultStream()
        .map(DocumentTemplate::name)
        .toList();
  }

  /** Active staff who may be named on a committee. */
  public List<StaffUser> staff() {
    current.get();
    return directory.users().stream().filter(StaffUser::active).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Committee, facts, losses, acta de atención
  // ---------------------------------------------------------------------------------------------

  /** Names an active member of staff on the committee and on the case behind it. */
  public void addMember(long id, String userName, CommitteeRole role, boolean chair) {
    Staff me = current.get();
    Investigation i = editable(id, me);
    String user =
        directory
            .find(userName == null ? "" : userName.strip())
            .filter(StaffUser::active)
            .map(StaffUser::userName)
            .orElseThrow(
                () -> InvestigationRuleViolation.field("miembro", "member.not_staff", userName));
    if (directory.staff(user).map(x -> !x.hasAny(COMMITTEE_ROLES)).orElse(true)) {
      throw InvestigationRuleViolation.field("miembro", "member.role_not_allowed", user);
    }
    i.addMember(user, role, chair, me.userName(), now());
    workflow.nameMember(i.radicado(), me.userName(), user);
  }

  /**
   * Takes a member off the committee ({@link Investigation#removeMember}) and off the case behind
   * it, unless the case still needs them there (its responsible or the leader of its process), so
   * the person no longer opens a protected case because of this committee.
   */
  public void removeMember(long id, String userName, String reason) {
    Staff me = current.get();
    Investigation i = editable(id, me);
    String user = userName == null ? "" : userName.strip();
    i.removeMember(user, reason, me.userName(), now());
    workflow.releaseMember(
        i.radicado(), me.userName(), user, "Sale del comité de investigación: " + reason.strip());
  }

  public void makeChair(long id, String userName) {
    Staff me = current.get();
    editable(id, me).makeChair(userName, me.userName(), now());
  }

  public void recordFacts(long id, SiniestroFacts facts, Modality modality) {
    Staff me = current.get();
    editable(id, me).recordFacts(facts, modality, me.userName(), now());
  }

  public void recordInsurance(long id, String insurer, String policy, String claim) {
    Staff me = current.get();
    editable(id, me).recordInsurance(insurer, policy, claim, me.userName(), now());
  }

  public void addLoss(long id, boolean recovery, String description, BigDecimal amount) {
    Staff me = current.get();
    editable(id, me).addLoss(recovery, description, amount, me.userName(), now());
  }

  public void recordActa(long id, ActaDeAtencion acta) {
    Staff me = current.get();
    editable(id, me).recordActa(acta, me.userName(), now());
  }

  /** Attaches the signed scan of the acta de atención. */
  public void attachSignedActa(long id, UploadedFile scan) {
    Staff me = current.get();
    Investigation i = editable(id, me);
    i.attachSignedActa(store(scan), me.userName(), now());
  }

  // ---------------------------------------------------------------------------------------------
  // Parties
  // ---------------------------------------------------------------------------------------------

  public long addParty(
      long id,
      PartyKind kind,
      String names,
      String document,
      String contact,
      String notes,
      boolean protect) {
    Staff me = current.get();
    Party p =
        editable(id, me)
            .addParty(kind, names, document, contact, notes, protect, me.userName(), now());
    em.flush();
    return p.id();
  }

  public void protectParty(long id, long partyId) {
    Staff me = current.get();
    editable(id, me).protectParty(partyId, me.userName(), now());
  }

  /** Reveals a protected identity to a member; only the chair or the Dirección SIG, with reason. */
  public void disclose(long id, long partyId, String toUser, String reason) {
    Staff me = current.get();
    Investigation i = editable(id, me);
    i.disclose(
        partyId,
        toUser,
        reason,
        i.isChair(me.userName()) || me.has(StaffRole.SIG),
        me.userName(),
        now());
    LOG.info(
        () ->
            "Investigation "
                + id
                + ": party "
                + partyId
                + " disclosed to "
                + toUser
                + " by "
                + me.userName());
  }

  // ---------------------------------------------------------------------------------------------
  // Evidence
  // ---------------------------------------------------------------------------------------------

  /** Adds an evidence item, with its file (or null for one without a file, e.g. an inspection). */
  public InvestigationFile.EvidenceView addEvidence(
      long id, EvidenceKind kind, String description, String source, UploadedFile file) {
    Staff me = current.get();
    Investigation i = editable(id, me);
    if (kind == null) {
      throw InvestigationRuleViolation.field("tipo", "evidence.kind_required");
    }
    if (description == null || description.isBlank()) {
      throw InvestigationRuleViolation.field("descripcion", "evidence.description_required");
    }
    Evidence e =
        i.addEvidence(
            kind, description, source, file == null ? null : store(file), me.userName(), now());
    em.flush();
    return file(i, me).evidence().stream().filter(v -> v.id() == e.id()).findFirst().orElseThrow();
  }

  public void supersedeEvidence(long id, long evidenceId, String reason) {
    Staff me = current.get();
    editable(id, me).supersedeEvidence(evidenceId, reason, me.userName(), now());
  }

  public void transferCustody(long id, long evidenceId, String from, String to, String purpose) {
    Staff me = current.get();
    editable(id, me).transferCustody(evidenceId, from, to, purpose, me.userName(), now());
  }

  /**
   * Recomputes the SHA-256 of every evidence file from the stored bytes and names those that no
   * longer match the hash recorded when they were stored. Whoever may see the investigation may
   * ask; the check is written in the timeline while it is open.
   */
  public IntegrityReport verifyIntegrity(long id) {
    Staff me = current.get();
    Investigation i = visible(id, me, CaseAction.VIEW);
    int verified = 0;
    List<IntegrityReport.Altered> altered = new ArrayList<>();
    for (Evidence e : i.evidence()) {
      if (e.contentId() == null) {
        continue;
      }
      String actual;
      try {
        Optional<StoredContent> content = contents.content(e.contentId());
        actual = content.isEmpty() ? "" : contents.recomputeSha256(content.get());
      } catch (IOException missing) {
        actual = "";
      }
      verified++;
      if (!actual.equals(e.sha256())) {
        altered.add(
            new IntegrityReport.Altered(e.id(), e.number(), e.fileName(), e.sha256(), actual));
      }
    }
    IntegrityReport report = new IntegrityReport(verified, List.copyOf(altered));
    i.integrityChecked(verified, altered.size(), me.userName(), now());
    if (!altered.isEmpty()) {
      LOG.warning(() -> "Investigation " + id + ": evidence altered " + altered);
    }
    return report;
  }

  /** Writes the file of evidence {@code evidenceId} to {@code out}, a chunk at a time. */
  public InvestigationFile.EvidenceView evidenceFile(long id, long evidenceId) {
    Staff me = current.get();
    Investigation i = visible(id, me, CaseAction.DOWNLOAD);
    i.evidence(evidenceId);
    return file(i, me).evidence().stream()
        .filter(v -> v.id() == evidenceId)
        .findFirst()
        .orElseThrow();
  }

  public void download(long id, long evidenceId, OutputStream out) throws IOException {
    Staff me = current.get();
    Evidence e = visible(id, me, CaseAction.DOWNLOAD).evidence(evidenceId);
    if (e.contentId() != null) {
      contents.copy(contents.content(e.contentId()).orElseThrow(), out);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Sessions
  // ---------------------------------------------------------------------------------------------

  public long newSession(long id, ActaContent content) {
    Staff me = current.get();
    CommitteeSession s = editable(id, me).newSession(content, me.userName(), now());
    em.flush();
    return s.id();
  }

  public void editSession(long id, long sessionId, ActaContent content) {
    Staff me = current.get();
    editable(id, me).editSession(sessionId, content, me.userName(), now());
  }

  public void approveSession(long id, long sessionId) {
    Staff me = current.get();
    editable(id, me).approveSession(sessionId, me.userName(), now());
  }

  public long correctSession(long id, long sessionId, String reason) {
    Staff me = current.get();
    CommitteeSession s = editable(id, me).correctSession(sessionId, reason, me.userName(), now());
    em.flush();
    return s.id();
  }

  public void completeTask(long id, long sessionId, int index) {
    Staff me = current.get();
    editable(id, me).completeTask(sessionId, index, me.userName(), now());
  }

  // ---------------------------------------------------------------------------------------------
  // Documents from the client, authorities
  // ---------------------------------------------------------------------------------------------

  /**
   * Requests documents from the affected client (seed 000). While the case's legal window for a
   * request to complete is open (Ley 1755 de 2015, art. 17: within ten business days of the
   * radicación, before the term expires), it is that request: the petitioner is mailed and the term
   * is suspended until the documents arrive (one month, reminder, desistimiento as the case's term
   * engine does). Outside that window the request is recorded and the term keeps running.
   *
   * @return whether the case's term was suspended
   */
  public boolean requestDocuments(long id, List<String> names) {
    Staff me = current.get();
    Investigation i = editable(id, me);
    List<DocumentRequest> made = i.requestDocuments(names, me.userName(), now());
    PqrsCase c = cases.findByRadicado(i.radicado()).orElseThrow();
    boolean suspend =
        CasePermissions.applies(c, CaseAction.REQUEST_INFORMATION, today(), terms.calendar());
    if (suspend) {
      String list = String.join("; ", made.stream().map(DocumentRequest::name).toList());
      workflow.requestInformation(
          i.radicado(),
          me.userName(),
          InvestigationRuleViolation.text(
              InvestigationRuleViolation.SPANISH, "case.documents_request", list));
    }
    return suspend;
  }

  /**
   * Marks a requested document received, with its file; when the last one arrives and the case was
   * waiting for them, the case's term runs again (art. 17).
   */
  public void receiveDocument(long id, long documentId, UploadedFile file) {
    Staff me = current.get();
    Investigation i = editable(id, me);
    i.receiveDocument(documentId, file == null ? null : store(file), me.userName(), now());
    if (i.allDocumentsReceived()) {
      PqrsCase c = cases.findByRadicado(i.radicado()).orElseThrow();
      if (c.awaitingInformation()) {
        workflow.informationReceived(i.radicado(), me.userName(), null);
      }
    }
  }

  public void addAuthorityContact(
      long id,
      Authority authority,
      AuthorityContact.Direction direction,
      String reference,
      LocalDate on,
      String note,
      UploadedFile file) {
    Staff me = current.get();
    Investigation i = editable(id, me);
    i.addAuthorityContact(
        authority,
        direction,
        reference,
        on,
        note,
        file == null ? null : store(file),
        me.userName(),
        now());
  }

  // ---------------------------------------------------------------------------------------------
  // Conclusions
  // ---------------------------------------------------------------------------------------------

  public void conclude(
      long id,
      Long causeId,
      String responsibilities,
      String sanctions,
      String measures,
      ClaimDecision decision,
      BigDecimal amount,
      List<String> improvements) {
    Staff me = current.get();
    Investigation i = editable(id, me);
    Cause cause = null;
    if (causeId != null) {
      cause = em.find(Cause.class, causeId);
      if (cause == null || !cause.active()) {
        throw InvestigationRuleViolation.field("causa", "conclusions.cause_unknown", causeId);
      }
    }
    i.conclude(
        cause,
        responsibilities,
        sanctions,
        measures,
        decision,
        amount,
        improvements,
        me.userName(),
        now());
  }

  public void vote(long id, boolean inFavour, String note) {
    Staff me = current.get();
    visible(id, me, CaseAction.NOTE).vote(me.userName(), inFavour, note, now());
  }

  /**
   * The chair closes the investigation; its final report is attached to the case twice: the
   * committee's (protected parties pseudonymised) and the version without internal sections, to go
   * with the answer to the petitioner (DOMAIN.md "Investigations": "a final report (PDF) that
   * becomes part of the answer").
   */
  public void close(long id) {
    Staff me = current.get();
    Investigation i = visible(id, me, CaseAction.CLOSE);
    LocalDateTime now = now();
    i.close(me.userName(), now);
    em.flush();
    InvestigationFile anonymous = InvestigationFile.of(i, null, false, false, today());
    PqrsCase c = cases.findByRadicado(i.radicado()).orElseThrow();
    String base = "informe-final-" + i.radicado().replaceAll("[^A-Za-z0-9-]", "");
    contents.attach(
        c,
        base + ".pdf",
        "application/pdf",
        InvestigationReports.finalReport(anonymous, true),
        now,
        me.userName());
    Long publicId =
        contents
            .attach(
                c,
                base + "-peticionario.pdf",
                "application/pdf",
                InvestigationReports.finalReport(anonymous, false),
                now,
                me.userName())
            .id();
    i.reportAttached(publicId, me.userName(), now);
  }

  // ---------------------------------------------------------------------------------------------
  // PDFs
  // ---------------------------------------------------------------------------------------------

  /** The final report as the caller may read it (protected parties pseudonymised for them). */
  public byte[] finalReport(long id, boolean internal) {
    Staff me = current.get();
    return InvestigationReports.finalReport(
        file(visible(id, me, CaseAction.DOWNLOAD), me), internal);
  }

  /** The acta de atención al usuario por hurto, for signatures. */
  public byte[] actaDeAtencion(long id) {
    Staff me = current.get();
    return InvestigationReports.actaDeAtencion(file(visible(id, me, CaseAction.DOWNLOAD), me));
  }

  /** The acta of session {@code sessionId}, with its SHA-256 once approved. */
  public byte[] sessionActa(long id, long sessionId) {
    Staff me = current.get();
    InvestigationFile f = file(visible(id, me, CaseAction.DOWNLOAD), me);
    InvestigationFile.SessionView s =
        f.sessions().stream()
            .filter(x -> x.id() == sessionId)
            .findFirst()
            .orElseThrow(
                () -> InvestigationRuleViolation.field("sesion", "session.not_found", sessionId));
    return InvestigationReports.sessionActa(f, s);
  }

  // ---------------------------------------------------------------------------------------------

  private EvidenceFile store(UploadedFile file) {
    if (file == null || file.path() == null) {
      throw InvestigationRuleViolation.field("archivo", "file.required");
    }
    try {
      long size = Files.size(file.path());
      if (size == 0) {
        throw InvestigationRuleViolation.field("archivo", "file.empty", file.fileName());
      }
      if (size > maxFileMb * 1024L * 1024L) {
        throw InvestigationRuleViolation.field(
            "archivo", "file.too_large", file.fileName(), maxFileMb);
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(file.path())) {
        head = in.readNBytes(64 * 1024);
      }
      String type = UploadPolicy.detect(head, file.fileName());
      if (!UploadPolicy.ACCEPTED.contains(type)) {
        throw InvestigationRuleViolation.field("archivo", "file.type_refused", file.fileName());
      }
      StoredContent content = contents.store(type, file.path(), now());
      return new EvidenceFile(
          file.fileName(), type, content.size(), content.id(), content.sha256());
    } catch (IOException | UncheckedIOException e) {
      throw InvestigationRuleViolation.field("archivo", "file.unreadable", file.fileName());
    }
  }

  private Optional<Investigation> findByRadicado(String radicado) {
    return em.createNamedQuery(Investigation.BY_RADICADO, Investigation.class)
        .setParameter("radicado", radicado == null ? "" : radicado.strip())
        .getResultStream()
        .findFirst();
  }

  /** Who sees an investigation: its members, the Dirección SIG and the administrator. */
  static boolean sees(Investigation i, Staff me) {
    return i.isMember(me.userName()) || me.has(StaffRole.SIG) || me.has(StaffRole.ADMIN);
  }

  private Investigation visible(long id, Staff me, CaseAction action) {
    Investigation i = em.find(Investigation.class, id);
    if (i == null) {
      throw new InvestigationRuleViolation("not_found", id);
    }
    if (!sees(i, me)) {
      journal.denied(i.caseId(), i.radicado(), me.userName(), action);
      throw new CaseAccessDenied(i.radicado(), CaseAction.VIEW);
    }
    return i;
  }

  private Investigation editable(long id, Staff me) {
    Investigation i = visible(id, me, CaseAction.INVESTIGATE);
    if (!i.isMember(me.userName()) && !me.has(StaffRole.SIG)) {
      journal.denied(i.caseId(), i.radicado(), me.userName(), CaseAction.INVESTIGATE);
      throw new CaseAccessDenied(i.radicado(), CaseAction.INVESTIGATE);
    }
    return i;
  }

  private InvestigationFile file(Investigation i, Staff me) {
    return InvestigationFile.of(
        i, me.userName(), me.has(StaffRole.SIG), me.has(StaffRole.ADMIN), today());
  }

  private static CommitteeRole roleOf(Staff me) {
    if (me.has(StaffRole.SIG)) {
      return CommitteeRole.SIG;
    }
    if (me.has(StaffRole.GERENCIA)) {
      return CommitteeRole.GERENCIA;
    }
    return CommitteeRole.OPERACIONES;
  }

  private static String stateName(CaseState state) {
    return co.ventanilla.cases.CaseTexts.stateName(state, InvestigationRuleViolation.SPANISH);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
