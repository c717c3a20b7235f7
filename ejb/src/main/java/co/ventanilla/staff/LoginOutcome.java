package co.ventanilla.staff;

/** How a login attempt ended; every attempt is kept with its outcome ({@link LoginAttempt}). */
public enum LoginOutcome {
  SUCCESS,
  BAD_PASSWORD,
  UNKNOWN_USER,
  LOCKED,
  INACTIVE,
  /** Not a login: an administrator lifted the account's locks (every address starts again). */
  UNLOCKED;

  public boolean succeeded() {
    return this == SUCCESS;
  }
}
