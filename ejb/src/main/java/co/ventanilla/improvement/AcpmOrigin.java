package co.ventanilla.improvement;

/**
 * Where an ACPM comes from (issue #14; seed 003 §5.3: "quejas, reclamos y sugerencias de mayor
 * recurrencia o relevancia"; seed 004 "Comunicación de resultados": "incumplimiento de metas,
 * tendencias o repetitividad en los datos"; seed 002 §4 actividad 2: the committee's conclusions).
 */
public enum AcpmOrigin {
  /** A cause that recurs in the cases of a process or agency: linked to the radicados. */
  CAUSA_RECURRENTE,
  /** A satisfaction survey result or the answer ratings below the target: linked to a campaign. */
  SATISFACCION,
  /** The conclusion of a siniestro investigation: linked to the investigation. */
  INVESTIGACION,
  /** An internal audit finding: linked by its reference. */
  AUDITORIA_INTERNA,
  OTRO
}
