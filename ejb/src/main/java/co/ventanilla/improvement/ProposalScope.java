package co.ventanilla.improvement;

/** What a proposal is about: a process (area), an agency, or a survey question. */
public enum ProposalScope {
  PROCESO,
  SEDE,
  PREGUNTA
}
