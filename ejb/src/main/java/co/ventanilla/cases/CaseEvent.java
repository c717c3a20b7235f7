package co.ventanilla.cases;

/**
 * What a history entry records. Entries that change the state carry both states; the others
 * (assignment, escalation, term events, links) carry the unchanged state twice.
 */
public enum CaseEvent {
  FILED,
  CLASSIFIED,
  ASSIGNED,
  PROCESSING_STARTED,
  INVESTIGATION_OPENED,
  INFORMATION_REQUESTED,
  INFORMATION_PERIOD_EXTENDED,
  INFORMATION_RECEIVED,
  TERM_EXTENDED,
  ESCALATED,
  ANSWER_DRAFTED,
  ANSWER_EDITED,
  ANSWER_RETURNED,
  ANSWER_APPROVED,
  ANSWER_SENT,
  PETITIONER_RESPONSE,
  CLOSED,
  IMPROCEDENTE,
  TRASLADO,
  DESISTIMIENTO,
  LINKED,
  MESSAGE_RECEIVED,
  PROTECTED,
  MEMBER_ADDED,
  MEMBER_REMOVED,
  /** Files added after filing, by staff or by the petitioner with the tracking code. */
  FILES_ADDED,
  NOTE_ADDED,
  /** Reception chose the configured agency (sede) of a case whose agency matched none. */
  AGENCY_CONFIRMED,
  /** The petitioner's data corrected at their request (Ley 1581 de 2012, art. 15). */
  PERSONAL_DATA_RECTIFIED,
  /** The petitioner's data suppressed (Ley 1581 de 2012, arts. 8 e and 15). */
  PERSONAL_DATA_ANONYMISED
}
