package co.ventanilla.investigations;

/** Open while the committee works; closed by the chair once the conclusions are voted. */
public enum InvestigationStatus {
  ABIERTA,
  CERRADA
}
