package co.ventanilla.cases.lifecycle;

import co.ventanilla.answers.Answer;
import co.ventanilla.answers.SatisfactionRating;
import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.cases.CaseMember;
import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.Escalation;
import co.ventanilla.cases.OpenCases;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.outbox.Outbox;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.EscalationLevel;
import co.ventanilla.organization.OrganizationRepository;
import co.ventanilla.organization.StaffMember;
import co.ventanilla.terms.CaseTerm;
import co.ventanilla.terms.TermPolicy;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * What staff and timers do to a case, by radicado: each action loads the case, lets the case apply
 * its rules ({@link PqrsCase}), stores it with the mails the action sends (outbox, same
 * transaction) and logs one line. A refused action throws {@link CaseRuleViolation} with a Spanish
 * message and changes nothing.
 *
 * <p>The actor is the user name of whoever acts; until security is wired in, callers pass it (and,
 * for reviews, whether the user belongs to the Dirección SIG). Times are Colombian.
 */
@Stateless
public class CaseWorkflowService {

  private static final Logger LOG = Logger.getLogger(CaseWorkflowService.class.getName());

  /** The actor recorded for what the timers do. */
  public static final String SYSTEM = "sistema";

  @Inject CaseRepository cases;
  @Inject OpenCases openCases;
  @Inject OrganizationRepository organization;
  @Inject Outbox outbox;
  @Inject TermPolicy terms;
  @Inject Clock clock;

  /** What other rooms add to the answer mail (the rating links); none outside a container. */
  @Inject Instance<AnswerMailAddition> answerMailAdditions;

  /**
   * The rooms' files for an answer (the investigation's final report); none outside the container.
   */
  @Inject @Any Instance<AnswerEnclosures> enclosures;

  /** The same for tests outside the container. */
  List<AnswerEnclosures> standaloneEnclosures = List.of();

  /**
   * Sets the severity level (1–4 or null) and the immediate-attention flag; the term follows the
   * term table in force for the case's type and level, while the term has had no events.
   */
  public void classify(
      String radicado, String actor, Integer severityLevel, boolean immediateAttention) {
    PqrsCase c = load(radicado);
    OptionalInt days = terms.preset().table().termFor(c.type(), severityLevel);
    c.classify(
        actor,
        now(),
        severityLevel,
        immediateAttention,
        days.isPresent() ? days.getAsInt() : null,
        calendar());
    store(c, actor, "classified: level " + severityLevel + ", immediate " + immediateAttention);
  }

  /** Assigns the case to the area named {@code areaName} and to {@code responsible}. */
  public void assign(
      String radicado, String actor, String areaName, String responsible, String note) {
    PqrsCase c = load(radicado);
    Area area =
        organization
            .findArea(areaName)
            .orElseThrow(() -> new CaseRuleViolation("area.unknown", areaName));
    c.assign(actor, now(), area, responsible, note);
    store(c, actor, "assigned to " + responsible + " (" + area.name() + ")");
  }

  public void startProcessing(String radicado, String actor, String note) {
    PqrsCase c = load(radicado);
    c.startProcessing(actor, now(), note);
    store(c, actor, "work started");
  }

  public void openInvestigation(String radicado, String actor, String note) {
    PqrsCase c = load(radicado);
    c.openInvestigation(actor, now(), note);
    store(c, actor, "investigation opened");
  }

  /**
   * Asks the petitioner to complete the petition (art. 17) and mails them the request.
   *
   * @return the last day they have to complete it
   */
  public LocalDate requestInformation(String radicado, String actor, String request) {
    PqrsCase c = load(radicado);
    LocalDateTime now = now();
    LocalDate deadline = c.requestInformation(actor, now, request, calendar());
    boolean mailed = enqueue(CaseMail.informationRequest(c, request, deadline, now));
    store(c, actor, "information requested until " + deadline + mailedOrNot(mailed));
    return deadline;
  }

  /** The petitioner obtained the one-month prórroga to complete (art. 17). */
  public LocalDate extendInformationPeriod(String radicado, String actor) {
    PqrsCase c = load(radicado);
    LocalDate deadline = c.extendInformationPeriod(actor, now(), calendar());
    store(c, actor, "information period extended until " + deadline);
    return deadline;
  }

  /**
   * The petitioner completed the petition; the term runs again.
   *
   * @return the new due date
   */
  public LocalDate informationReceived(String radicado, String actor, String note) {
    PqrsCase c = load(radicado);
    LocalDate due = c.informationReceived(actor, now(), note, calendar());
    store(c, actor, "information received, due " + due);
    return due;
  }

  /**
   * Ampliación (art. 14 parágrafo) to {@code newDueDate} for {@code reason}; the petitioner is
   * mailed the notice.
   *
   * @return the new due date
   */
  public LocalDate extendTerm(String radicado, String actor, LocalDate newDueDate, String reason) {
    PqrsCase c = load(radicado);
    LocalDateTime now = now();
    CaseTerm.Extension extension = c.extend(actor, now, newDueDate, reason, calendar());
    boolean mailed = enqueue(CaseMail.extension(c, extension, now));
    store(
        c,
        actor,
        "term extended from "
            + extension.previousDue()
            + " to "
            + extension.newDue()
            + mailedOrNot(mailed));
    return extension.newDue();
  }

  /** Traslado por competencia to {@code authority} (art. 21); the petitioner is mailed. */
  public void transfer(String radicado, String actor, String authority, String note) {
    PqrsCase c = load(radicado);
    LocalDateTime now = now();
    c.transfer(actor, now, authority, note, calendar());
    boolean mailed = enqueue(CaseMail.traslado(c, note, now));
    store(c, actor, "transferred to " + authority + mailedOrNot(mailed));
  }

  public void markImprocedente(String radicado, String actor, String reason) {
    PqrsCase c = load(radicado);
    c.markImprocedente(actor, now(), reason);
    store(c, actor, "closed as improcedente");
  }

  /** Desistimiento tácito, once the period to complete ran out (art. 17). */
  public void desist(String radicado, String actor) {
    PqrsCase c = load(radicado);
    c.desist(actor, now(), calendar());
    store(c, actor, "closed as desistido");
  }

  /** Escalates by hand to {@code toLevel}; the new level is mailed. */
  public Escalation escalate(String radicado, String actor, int toLevel, String reason) {
    PqrsCase c = load(radicado);
    LocalDateTime now = now();
    Escalation escalation = c.escalate(actor, now, toLevel, reason);
    boolean mailed = notifyLevel(c, escalation, now);
    store(
        c,
        actor,
        "escalated to level " + toLevel + (mailed ? ", level mailed" : ", no recipient for it"));
    return escalation;
  }

  /**
   * For the timer: escalates one level every open case of which at least {@code shareOfTermElapsed}
   * of the term has elapsed on {@code today} and that was not escalated for that share yet (see
   * {@link PqrsCase#escalateForElapsedTerm}); one mail per escalation goes to the level reached.
   *
   * @param shareOfTermElapsed the configured share, e.g. 0.8
   * @return what was escalated
   */
  public List<Escalation> escalateOverdueCandidates(LocalDate today, double shareOfTermElapsed) {
    LocalDateTime now = now();
    BusinessCalendar calendar = calendar();
    List<Escalation> escalated = new ArrayList<>();
    for (PqrsCase c : openCases.escalationCandidates(shareOfTermElapsed)) {
      c.escalateForElapsedTerm(today, shareOfTermElapsed, SYSTEM, now, calendar)
          .ifPresent(
              escalation -> {
                notifyLevel(c, escalation, now);
                cases.store(c);
                escalated.add(escalation);
              });
    }
    LOG.info(
        () ->
            "Escalation for "
                + Math.round(shareOfTermElapsed * 100)
                + " % of the term on "
                + today
                + ": "
                + escalated.size()
                + " case(s) escalated "
                + escalated.stream().map(e -> e.radicado() + "→" + e.toLevel()).toList());
    return escalated;
  }

  /** The responsible drafts (or edits) the answer. */
  public Answer draftAnswer(String radicado, String actor, String text) {
    PqrsCase c = load(radicado);
    Answer answer = c.draftAnswer(actor, now(), text);
    store(c, actor, "answer v" + answer.number() + " drafted");
    return answer;
  }

  /** The area's leader (or the Dirección SIG) returns the draft with {@code note}. */
  public Answer returnAnswer(String radicado, StaffMember reviewer, String note) {
    PqrsCase c = load(radicado);
    Answer answer = c.returnAnswer(reviewer, now(), note);
    store(c, reviewer.userName(), "answer v" + answer.number() + " returned");
    return answer;
  }

  /** The area's leader (or the Dirección SIG) approves the draft. */
  public Answer approveAnswer(String radicado, StaffMember reviewer, String note) {
    PqrsCase c = load(radicado);
    Answer answer = c.approveAnswer(reviewer, now(), note);
    store(c, reviewer.userName(), "answer v" + answer.number() + " approved");
    return answer;
  }

  /** Mails the approved answer to the petitioner; the case is respondido. */
  public void sendAnswer(String radicado, String actor) {
    PqrsCase c = load(radicado);
    LocalDateTime now = now();
    Answer answer = c.sendAnswer(actor, now);
    StringBuilder additions = new StringBuilder();
    if (answerMailAdditions != null) {
      for (AnswerMailAddition addition : answerMailAdditions) {
        addition.forAnswer(c, now).ifPresent(text -> additions.append("\n\n").append(text));
      }
    }
    OutboxMessage mail = CaseMail.answer(c, answer, now, additions.toString());
    int files = 0;
    for (AnswerEnclosures room : enclosures == null ? standaloneEnclosures : enclosures) {
      for (AnswerEnclosures.Enclosure e : room.forAnswer(c.id(), c.radicado())) {
        mail.attach(e.fileName(), e.mediaType(), e.contentId());
        files++;
      }
    }
    outbox.enqueue(mail);
    store(
        c,
        actor,
        "answer v" + answer.number() + " queued for the petitioner with " + files + " file(s)");
  }

  /**
   * Records whether the petitioner accepts the answer and their rating, 1 (Muy mala) to 5
   * (Excelente); either may be null.
   */
  public void recordPetitionerResponse(
      String radicado, String actor, Boolean accepted, Integer score) {
    SatisfactionRating rating = score == null ? null : SatisfactionRating.ofScore(score);
    PqrsCase c = load(radicado);
    c.recordPetitionerResponse(actor, now(), accepted, rating);
    store(c, actor, "petitioner response: accepted " + accepted + ", rating " + score);
  }

  /**
   * The petitioner's own rating of the answer, through a signed link (the satisfaction room checks
   * the link): score 1–5, whether they accept the answer, and their comment.
   */
  public void recordRatingByLink(String radicado, Boolean accepted, int score, String comment) {
    SatisfactionRating rating = SatisfactionRating.ofScore(score);
    PqrsCase c = load(radicado);
    c.recordPetitionerRating(now(), accepted, rating, comment);
    store(c, PqrsCase.PETITIONER, "rated by link: " + score + ", accepted " + accepted);
  }

  public void close(String radicado, String actor, String note) {
    PqrsCase c = load(radicado);
    c.close(actor, now(), note);
    store(c, actor, "closed");
  }

  /** An internal note on the case. */
  public void addNote(String radicado, String actor, String text) {
    PqrsCase c = load(radicado);
    c.addNote(actor, now(), text);
    store(c, actor, "note added");
  }

  /** Sets the case's agency to the configured one {@code agency} (sede por confirmar). */
  public void confirmAgency(String radicado, String actor, String agency) {
    PqrsCase c = load(radicado);
    c.confirmAgency(actor, now(), agency);
    store(c, actor, "agency confirmed: " + agency);
  }

  /** Writes in the history the files just stored beside the case. */
  public void recordFiles(
      String radicado, String actor, List<String> fileNames, boolean byPetitioner) {
    PqrsCase c = load(radicado);
    c.recordFiles(actor, now(), fileNames, byPetitioner);
    store(c, actor, fileNames.size() + " file(s) added");
  }

  /**
   * Marks the case protected (seed 002 §4 activity 2); whoever marks it is named on it, with its
   * responsible and the leader of its area.
   */
  public void markProtected(String radicado, String actor, String reason) {
    PqrsCase c = load(radicado);
    LocalDateTime now = now();
    c.markProtected(actor, now, reason);
    c.name(actor, CaseMember.Reason.NAMED, actor, now);
    store(c, actor, "marked protected");
  }

  /** Names {@code userName} on the case. */
  public void nameMember(String radicado, String actor, String userName) {
    PqrsCase c = load(radicado);
    c.name(userName, CaseMember.Reason.NAMED, actor, now());
    store(c, actor, "named " + userName);
  }

  /** Takes {@code userName} off the case. */
  public void removeMember(String radicado, String actor, String userName, String note) {
    PqrsCase c = load(radicado);
    c.removeMember(userName, actor, now(), note);
    store(c, actor, "took " + userName + " off");
  }

  /**
   * Takes {@code userName} off the case when it was only named there; the responsible and the
   * leader of the case's area stay (they are the case's owners). True when taken off.
   */
  public boolean releaseMember(String radicado, String actor, String userName, String note) {
    PqrsCase c = load(radicado);
    boolean named = c.members().stream().anyMatch(m -> m.userName().equalsIgnoreCase(userName));
    boolean owner =
        userName.equalsIgnoreCase(c.responsible())
            || (c.area() != null && c.area().isLedBy(userName));
    if (!named || owner) {
      return false;
    }
    c.removeMember(userName, actor, now(), note);
    store(c, actor, "took " + userName + " off");
    return true;
  }

  /** Links the two cases, both ways (seed 003 §5.1: never merged). */
  public void link(String radicado, String otherRadicado, String actor, String note) {
    PqrsCase c = load(radicado);
    PqrsCase other = load(otherRadicado);
    c.linkTo(other, actor, now(), note);
    cases.store(other);
    store(c, actor, "linked to " + otherRadicado);
  }

  private PqrsCase load(String radicado) {
    return cases
        .findByRadicado(radicado == null ? null : radicado.strip())
        .orElseThrow(() -> new CaseRuleViolation("case.not_found", radicado));
  }

  private void store(PqrsCase c, String actor, String what) {
    cases.store(c);
    CaseState state = c.state();
    LOG.info(() -> "Case " + c.radicado() + " [" + state + "] " + what + " by " + actor);
  }

  private boolean notifyLevel(PqrsCase c, Escalation escalation, LocalDateTime now) {
    // A ladder row missing from the table must not stop the timer: the mail is kept, unsent.
    EscalationLevel level =
        organization
            .escalationLevel(escalation.toLevel())
            .orElseGet(
                () ->
                    new EscalationLevel(
                        escalation.toLevel(), "Nivel " + escalation.toLevel(), null));
    OutboxMessage message = CaseMail.escalation(c, escalation, level, now);
    outbox.enqueue(message);
    if (message.recipient() == null) {
      LOG.warning(
          () ->
              "Case "
                  + c.radicado()
                  + ": nobody to mail for escalation level "
                  + level.level()
                  + " ("
                  + level.name()
                  + "); set its mailbox");
    }
    return message.recipient() != null;
  }

  private boolean enqueue(Optional<OutboxMessage> message) {
    message.ifPresent(outbox::enqueue);
    return message.isPresent();
  }

  private static String mailedOrNot(boolean mailed) {
    return mailed
        ? ", petitioner mailed"
        : ", NOT mailed (no email): tell the petitioner otherwise";
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private BusinessCalendar calendar() {
    return terms.calendar();
  }
}
