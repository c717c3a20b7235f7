package co.ventanilla.cases;

/**
 * Where a case is in its life. The names are the procedure's own words (DOMAIN.md, "The case and
 * its life"): radicado → asignado → en trámite → (en investigación) → respuesta proyectada →
 * respuesta aprobada → respondido → cerrado, with the side exits improcedente (seed 003),
 * trasladado (Ley 1755 de 2015 art. 21) and desistido (art. 17).
 */
public enum CaseState {
  RADICADO,
  ASIGNADO,
  EN_TRAMITE,
  EN_INVESTIGACION,
  RESPUESTA_PROYECTADA,
  RESPUESTA_APROBADA,
  RESPONDIDO,
  CERRADO,
  IMPROCEDENTE,
  TRASLADADO,
  DESISTIDO;

  /** Whether the case is finished: no term runs and no action but reading is left. */
  public boolean isFinal() {
    return this == CERRADO || this == IMPROCEDENTE || this == TRASLADADO || this == DESISTIDO;
  }
}
