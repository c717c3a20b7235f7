package co.ventanilla.improvement;

/** Correctiva, preventiva or de mejora (seed 002 GO-PD-03 §4 actividad 10; seed 003 §5.3). */
public enum AcpmType {
  CORRECTIVA,
  PREVENTIVA,
  MEJORA
}
