package co.ventanilla.cases.access;

/**
 * What staff do to a case on its workspace. Which of them a person may take is {@link
 * CasePermissions}'s decision; whether the case's state and term admit it is the case's own ({@link
 * co.ventanilla.cases.PqrsCase}).
 */
public enum CaseAction {
  /** Open the case. */
  VIEW,
  /** Download one of its files. */
  DOWNLOAD,
  /** Add an internal note. */
  NOTE,
  /** Set the severity level and the immediate-attention flag (seed 002). */
  CLASSIFY,
  /** Give the case an area and a responsible. */
  ASSIGN,
  /** Start the trámite: asignado → en trámite. */
  START,
  /** Open an investigation: en trámite → en investigación (seed 002 §4 actividad 5). */
  INVESTIGATE,
  /** Escalate to a higher level (seed 001 §7.2). */
  ESCALATE,
  /** Ask the petitioner to complete the petition (Ley 1755 de 2015, art. 17). */
  REQUEST_INFORMATION,
  /** Record that the petitioner completed the petition (art. 17). */
  INFORMATION_RECEIVED,
  /** Grant the petitioner's prórroga to complete (art. 17). */
  EXTEND_INFORMATION,
  /** Ampliación del término (art. 14 parágrafo). */
  EXTEND_TERM,
  /** Traslado por competencia (art. 21). */
  TRANSFER,
  /** Close as improcedente (seed 003 §5.3; art. 19). */
  IMPROCEDENTE,
  /** Desistimiento tácito (art. 17). */
  DESIST,
  /** Link to another case (seed 003 §5.1). */
  LINK,
  /** Draft or edit the answer. */
  DRAFT,
  /** Approve or return the draft (seed 004 §3). */
  REVIEW,
  /** Send the approved answer. */
  SEND,
  /** Record the petitioner's acceptance and rating (seed 003 §5.3). */
  PETITIONER_RESPONSE,
  /** Close the answered case. */
  CLOSE,
  /** Mark the case protected (seed 002 §4 activity 2). */
  PROTECT,
  /** Name people on the case or take them off. */
  MEMBERS
}
