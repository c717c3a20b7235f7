package co.ventanilla.cases.access;

import co.ventanilla.answers.AnswerStatus;
import co.ventanilla.cases.CaseEvent;
import co.ventanilla.cases.CaseMember;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A case as its workspace shows it to one person: what they may read of it (the petitioner masked
 * when they may not see personal data) and the actions they may take now.
 *
 * @param businessDaysLeft business days until the due date (negative when overdue), null when the
 *     case has no running term
 * @param informationDeadline while the term is stopped waiting for the petitioner, the last day
 *     they have to complete (Ley 1755 de 2015, art. 17)
 * @param maxExtendedDue the latest date an ampliación may reach (twice the term, art. 14)
 * @param agencyUnconfirmed the agency as received matched none of the configured agencies:
 *     reception chooses one (sede por confirmar)
 * @param accesses on a protected case, for the quality office: the latest openings and refusals
 *     journaled (empty otherwise)
 */
public record CaseFile(
    String radicado,
    PqrsType type,
    Channel channel,
    CaseState state,
    String subject,
    String description,
    String agency,
    boolean agencyUnconfirmed,
    LocalDateTime receivedAt,
    LocalDate dueDate,
    Integer termDays,
    Integer businessDaysLeft,
    boolean awaitingInformation,
    LocalDate informationDeadline,
    LocalDate maxExtendedDue,
    Integer severityLevel,
    boolean immediateAttention,
    int escalationLevel,
    Long areaId,
    String areaName,
    String responsible,
    boolean protectedCase,
    String trasladoAuthority,
    Boolean petitionerAccepted,
    Integer satisfactionScore,
    PetitionerView petitioner,
    List<TimelineEntry> timeline,
    List<AttachmentView> attachments,
    List<AnswerView> answers,
    List<LinkView> links,
    List<MemberView> members,
    List<AccessView> accesses,
    Set<CaseAction> actions)
    implements Serializable {

  /** The case as a list row shows it (the petitioner's name only when not masked). */
  public co.ventanilla.cases.CaseSummary summary() {
    return new co.ventanilla.cases.CaseSummary(
        radicado,
        type,
        channel,
        state,
        subject,
        agency,
        receivedAt,
        dueDate,
        areaName,
        responsible,
        severityLevel,
        escalationLevel,
        protectedCase,
        awaitingInformation,
        petitioner.anonymous(),
        petitioner.masked() ? null : petitioner.names());
  }

  /** Whether {@code action} is offered. */
  public boolean can(CaseAction action) {
    return actions.contains(action);
  }

  /** The answer being worked on or the last one sent, if any. */
  public AnswerView currentAnswer() {
    return answers.isEmpty() ? null : answers.get(answers.size() - 1);
  }

  /**
   * The petitioner, or only whether it is anonymous when {@code masked}.
   *
   * @param masked the reader may not see personal data: every field but {@code anonymous} is null
   */
  public record PetitionerView(
      boolean masked,
      boolean anonymous,
      String names,
      String documentType,
      String documentNumber,
      String email,
      String phone,
      String address)
      implements Serializable {}

  /** What kind of line of the timeline. */
  public enum Kind {
    HISTORY,
    MAIL_IN,
    MAIL_OUT
  }

  /**
   * One line of the timeline: a history entry (event, states, note), a mail received (from,
   * subject, text) or a mail sent or waiting to be sent (to, subject, text, sent or not).
   */
  public record TimelineEntry(
      Kind kind,
      LocalDateTime at,
      String actor,
      CaseEvent event,
      CaseState fromState,
      CaseState toState,
      String title,
      String text,
      LocalDateTime sentAt)
      implements Serializable {}

  public record AttachmentView(
      long id,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      LocalDateTime addedAt,
      String addedBy)
      implements Serializable {}

  public record AnswerView(
      int number,
      String text,
      AnswerStatus status,
      String draftedBy,
      LocalDateTime draftedAt,
      String reviewedBy,
      LocalDateTime reviewedAt,
      String reviewNote,
      LocalDateTime sentAt)
      implements Serializable {}

  public record LinkView(String radicado, String note, String linkedBy, LocalDateTime linkedAt)
      implements Serializable {}

  /** One line of the access journal: who, when, from where, doing what, allowed or not. */
  public record AccessView(
      String userName, LocalDateTime at, String address, CaseAction action, boolean allowed)
      implements Serializable {}

  public record MemberView(
      String userName, CaseMember.Reason reason, String addedBy, LocalDateTime addedAt)
      implements Serializable {}
}
