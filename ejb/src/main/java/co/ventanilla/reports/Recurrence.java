package co.ventanilla.reports;

/**
 * A subject among the most repeated of the period (seed 001 §8.2, recurrence of causes), with how
 * many cases had it in the period before. Subjects are grouped as the database compares them:
 * without regard to case or accents.
 */
public record Recurrence(String subject, long count, long previousCount) {

  /** The change against the period before. */
  public long change() {
    return count - previousCount;
  }
}
