package co.ventanilla.improvement;

/** Which rule made a proposal. */
public enum ProposalRule {
  /** A cause recurred N times in M months in one process or agency. */
  RECURRENCIA,
  /** The mean of the answer ratings of a process fell below the target. */
  CALIFICACION,
  /** A survey question's mean fell below the target (called by the survey side). */
  ENCUESTA
}
