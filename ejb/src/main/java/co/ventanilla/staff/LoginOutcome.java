package co.ventanilla.staff;

/** How a login attempt ended; every attempt is kept with its outcome ({@link LoginAttempt}). */
public enum LoginOutcome {
  SUCCESS,
  BAD_PASSWORD,
  UNKNOWN_USER,
  LOCKED,
  INACTIVE;

  public boolean succeeded() {
    return this == SUCCESS;
  }
}
