package co.ventanilla.investigations;

/**
 * What happened (seed 002 §4 activity 2: "violaciones de derechos humanos, agresiones, eventos
 * perturbadores e indeseables, siniestros e incumplimiento de ley"; level 4 of the MANEJO DE PQRS
 * table: "intento de intrusión, hurto"). Every modality but {@link #OTRO} alleges a crime, an
 * aggression, a rights violation or a legal breach, which is what lets any case open an
 * investigation.
 */
public enum Modality {
  HURTO,
  INTENTO_INTRUSION,
  DANO,
  AGRESION,
  VIOLACION_DERECHOS_HUMANOS,
  INCUMPLIMIENTO_LEY,
  SANCION_AUTORIDAD,
  OTRO;

  /** Whether the modality itself alleges a crime, aggression, rights violation or breach of law. */
  public boolean alleges() {
    return this != OTRO;
  }
}
