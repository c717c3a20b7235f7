package co.ventanilla.improvement;

/** A proposal waits for the Dirección SIG, who accepts it (an ACPM is created) or dismisses it. */
public enum ProposalStatus {
  PENDIENTE,
  ACEPTADA,
  DESCARTADA
}
