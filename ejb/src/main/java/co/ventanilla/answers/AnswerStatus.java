package co.ventanilla.answers;

/**
 * Where one version of an answer is: {@code DRAFT} (the only status in which its text can change),
 * {@code RETURNED} by the reviewer, {@code APPROVED}, {@code SUPERSEDED} by a later version after
 * its approval, {@code SENT} to the petitioner.
 */
public enum AnswerStatus {
  DRAFT,
  RETURNED,
  APPROVED,
  SUPERSEDED,
  SENT;

  /** Whether the text is frozen: every status but {@link #DRAFT}. */
  public boolean isFrozen() {
    return this != DRAFT;
  }
}
