package co.ventanilla.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of a case list: what the inbox shows. The petitioner's name is null when the reader may
 * not see it (see {@code CasePermissions#seesPetitioner}); the case's text is never in a row.
 */
public record CaseSummary(
    String radicado,
    PqrsType type,
    Channel channel,
    CaseState state,
    String subject,
    String agency,
    LocalDateTime receivedAt,
    LocalDate dueDate,
    String areaName,
    String responsible,
    Integer severityLevel,
    int escalationLevel,
    boolean protectedCase,
    boolean awaitingInformation,
    boolean anonymous,
    String petitionerNames)
    implements java.io.Serializable {

  /** The same row without the petitioner's name. */
  public CaseSummary withoutPetitioner() {
    return new CaseSummary(
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
        anonymous,
        null);
  }

  /** Whether the term ran out before {@code today} and the case is still open and running. */
  public boolean overdueOn(LocalDate today) {
    return dueDate != null
        && dueDate.isBefore(today)
        && PqrsCase.TERM_RUNS.contains(state)
        && !awaitingInformation;
  }

  /** Whether the term ends {@code today} on an open case. */
  public boolean dueOn(LocalDate today) {
    return today.equals(dueDate) && PqrsCase.TERM_RUNS.contains(state) && !awaitingInformation;
  }
}
