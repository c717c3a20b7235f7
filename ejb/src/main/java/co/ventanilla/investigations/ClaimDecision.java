package co.ventanilla.investigations;

/** Whether the client's claim for the siniestro is accepted (with an amount) or denied. */
public enum ClaimDecision {
  ACEPTADA,
  NEGADA,
  NO_APLICA
}
