package co.ventanilla.improvement;

/** The status of one action of an ACPM; pendiente and en curso are open, the others finished. */
public enum ActionStatus {
  PENDIENTE,
  EN_CURSO,
  CUMPLIDA,
  CANCELADA;

  public boolean isOpen() {
    return this == PENDIENTE || this == EN_CURSO;
  }
}
