package co.ventanilla.investigations;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An investigation as one reader may see it: protected parties they are not a custodian of read as
 * their pseudonym ("Testigo 2") with no document or contact. Screens, the API and the PDFs are all
 * built from this, so a protected identity never leaves the service for someone who may not see it.
 *
 * @param custodian the reader sees every protected identity (chair or Dirección SIG)
 * @param canEdit the reader may change it (a member or the Dirección SIG, while open)
 * @param chair the reader chairs the committee
 */
public record InvestigationFile(
    long id,
    String radicado,
    Modality modality,
    String reason,
    InvestigationStatus status,
    String openedBy,
    LocalDateTime openedAt,
    boolean custodian,
    boolean canEdit,
    boolean chair,
    boolean member,
    Facts facts,
    Acta acta,
    List<MemberView> members,
    List<LossView> losses,
    BigDecimal totalLost,
    BigDecimal totalRecovered,
    BigDecimal netLoss,
    List<PartyView> parties,
    List<EvidenceView> evidence,
    List<SessionView> sessions,
    List<DocumentView> documents,
    List<AuthorityView> authorities,
    Conclusions conclusions,
    List<VoteView> votes,
    List<TimelineView> timeline,
    String closedBy,
    LocalDateTime closedAt)
    implements Serializable {

  public boolean open() {
    return status == InvestigationStatus.ABIERTA;
  }

  public record Facts(
      LocalDateTime occurredAt,
      String agency,
      String client,
      String post,
      String narrative,
      String guardsOnDuty,
      String minutaReference,
      String insurer,
      String policyNumber,
      String claimNumber)
      implements Serializable {}

  public record Acta(
      boolean filled,
      LocalDateTime attendedAt,
      String place,
      String victim,
      String victimDocument,
      String narrative,
      String items,
      String authoritiesNotified,
      String recordedBy,
      String signedFileName,
      Long signedContentId)
      implements Serializable {}

  public record MemberView(
      String userName, CommitteeRole role, boolean chair, String addedBy, LocalDateTime addedAt)
      implements Serializable {}

  public record LossView(
      Loss.Kind kind, String description, BigDecimal amount, String recordedBy, LocalDateTime at)
      implements Serializable {}

  /**
   * A party; when {@code masked}, {@code names} is the pseudonym and document, contact and notes
   * are null.
   */
  public record PartyView(
      long id,
      PartyKind kind,
      String label,
      boolean protectedParty,
      boolean masked,
      String names,
      String document,
      String contact,
      String notes)
      implements Serializable {}

  public record CustodyView(
      String from, String to, LocalDateTime at, String purpose, String recordedBy)
      implements Serializable {}

  public record EvidenceView(
      long id,
      int number,
      EvidenceKind kind,
      String description,
      String source,
      String fileName,
      String mediaType,
      Long size,
      String sha256,
      String addedBy,
      LocalDateTime addedAt,
      boolean superseded,
      String supersededBy,
      LocalDateTime supersededAt,
      String supersededReason,
      List<CustodyView> custody)
      implements Serializable {}

  public record TaskView(
      int index, String description, String owner, LocalDate dueOn, boolean done, boolean overdue)
      implements Serializable {}

  public record SessionView(
      long id,
      int number,
      int version,
      LocalDate heldOn,
      String attendees,
      String agenda,
      String developments,
      String decisions,
      CommitteeSession.Status status,
      String createdBy,
      String approvedBy,
      LocalDateTime approvedAt,
      String contentSha256,
      String correctionReason,
      List<TaskView> tasks)
      implements Serializable {}

  public record DocumentView(
      long id,
      String name,
      String requestedBy,
      LocalDateTime requestedAt,
      String receivedBy,
      LocalDateTime receivedAt,
      String fileName)
      implements Serializable {}

  public record AuthorityView(
      long id,
      Authority authority,
      AuthorityContact.Direction direction,
      String reference,
      LocalDate occurredOn,
      String note,
      String fileName,
      String recordedBy)
      implements Serializable {}

  public record Conclusions(
      boolean concluded,
      Long causeId,
      String cause,
      String responsibilities,
      String sanctions,
      String measures,
      ClaimDecision claimDecision,
      BigDecimal claimAmount,
      List<String> improvements,
      String concludedBy,
      LocalDateTime concludedAt)
      implements Serializable {}

  public record VoteView(String userName, boolean inFavour, String note, LocalDateTime at)
      implements Serializable {}

  public record TimelineView(LocalDateTime at, String actor, String text) implements Serializable {}

  /** Builds the file of {@code i} for {@code userName} ({@code sig}: of the Dirección SIG). */
  public static InvestigationFile of(
      Investigation i, String userName, boolean sig, boolean admin, LocalDate today) {
    boolean member = i.isMember(userName);
    boolean chair = i.isChair(userName);
    SiniestroFacts f = i.facts();
    ActaDeAtencion a = i.acta();
    return new InvestigationFile(
        id(i.id()),
        i.radicado(),
        i.modality(),
        i.reason(),
        i.status(),
        i.openedBy(),
        i.openedAt(),
        chair || sig,
        !i.isClosed() && (member || sig),
        chair,
        member,
        new Facts(
            f.occurredAt(),
            f.agency(),
            f.client(),
            f.post(),
            f.narrative(),
            f.guardsOnDuty(),
            f.minutaReference(),
            f.insurer(),
            f.policyNumber(),
            f.claimNumber()),
        new Acta(
            a.filled(),
            a.attendedAt(),
            a.place(),
            a.victim(),
            a.victimDocument(),
            a.narrative(),
            a.items(),
            a.authoritiesNotified(),
            a.recordedBy(),
            a.signedFileName(),
            a.signedContentId()),
        i.members().stream()
            .map(m -> new MemberView(m.userName(), m.role(), m.chair(), m.addedBy(), m.addedAt()))
            .toList(),
        i.losses().stream()
            .map(
                l ->
                    new LossView(
                        l.kind(), l.description(), l.amount(), l.recordedBy(), l.recordedAt()))
            .toList(),
        i.totalLost(),
        i.totalRecovered(),
        i.netLoss(),
        i.parties().stream().map(p -> party(i, p, userName, sig)).toList(),
        i.evidence().stream().map(InvestigationFile::evidence).toList(),
        i.sessions().stream().map(s -> session(s, today)).toList(),
        i.documents().stream()
            .map(
                d ->
                    new DocumentView(
                        id(d.id()),
                        d.name(),
                        d.requestedBy(),
                        d.requestedAt(),
                        d.receivedBy(),
                        d.receivedAt(),
                        d.fileName()))
            .toList(),
        i.authorities().stream()
            .map(
                x ->
                    new AuthorityView(
                        id(x.id()),
                        x.authority(),
                        x.direction(),
                        x.reference(),
                        x.occurredOn(),
                        x.note(),
                        x.fileName(),
                        x.recordedBy()))
            .toList(),
        new Conclusions(
            i.concluded(),
            i.cause() == null ? null : i.cause().id(),
            i.cause() == null ? null : i.cause().name(),
            i.responsibilities(),
            i.sanctions(),
            i.measures(),
            i.claimDecision(),
            i.claimAmount(),
            List.copyOf(i.improvements()),
            i.concludedBy(),
            i.concludedAt()),
        i.votes().stream()
            .map(v -> new VoteView(v.userName(), v.inFavour(), v.note(), v.votedAt()))
            .toList(),
        i.timeline().stream()
            .map(t -> new TimelineView(t.occurredAt(), t.actor(), t.text()))
            .toList(),
        i.closedBy(),
        i.closedAt());
  }

  private static PartyView party(Investigation i, Party p, String userName, boolean sig) {
    boolean sees = userName != null && i.seesIdentity(p, userName, sig);
    return sees
        ? new PartyView(
            id(p.id()),
            p.kind(),
            p.label(),
            p.isProtected(),
            false,
            p.names(),
            p.document(),
            p.contact(),
            p.notes())
        : new PartyView(id(p.id()), p.kind(), p.label(), true, true, p.label(), null, null, null);
  }

  private static EvidenceView evidence(Evidence e) {
    return new EvidenceView(
        id(e.id()),
        e.number(),
        e.kind(),
        e.description(),
        e.source(),
        e.fileName(),
        e.mediaType(),
        e.size(),
        e.sha256(),
        e.addedBy(),
        e.addedAt(),
        e.superseded(),
        e.supersededBy(),
        e.supersededAt(),
        e.supersededReason(),
        e.custody().stream()
            .map(
                c ->
                    new CustodyView(
                        c.fromHolder(),
                        c.toHolder(),
                        c.transferredAt(),
                        c.purpose(),
                        c.recordedBy()))
            .toList());
  }

  private static SessionView session(CommitteeSession s, LocalDate today) {
    List<TaskView> tasks = new java.util.ArrayList<>();
    for (int n = 0; n < s.tasks().size(); n++) {
      SessionTask t = s.tasks().get(n);
      tasks.add(
          new TaskView(
              n,
              t.description(),
              t.owner(),
              t.dueOn(),
              t.done(),
              s.status() != CommitteeSession.Status.REEMPLAZADA && t.overdue(today)));
    }
    return new SessionView(
        id(s.id()),
        s.number(),
        s.version(),
        s.heldOn(),
        s.attendees(),
        s.agenda(),
        s.developments(),
        s.decisions(),
        s.status(),
        s.createdBy(),
        s.approvedBy(),
        s.approvedAt(),
        s.contentSha256(),
        s.correctionReason(),
        List.copyOf(tasks));
  }

  private static long id(Long id) {
    return id == null ? 0 : id;
  }
}
