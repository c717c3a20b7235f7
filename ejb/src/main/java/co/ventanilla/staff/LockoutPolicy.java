package co.ventanilla.staff;

import java.time.Duration;

/**
 * How many consecutive failed logins lock an account, and for how long. Locking for a while, rather
 * than for good, stops password guessing without letting anyone lock a colleague out for the day by
 * typing their name.
 *
 * @param maxAttempts failures in a row that lock the account (at least 1)
 * @param lockFor how long the account stays locked
 */
public record LockoutPolicy(int maxAttempts, Duration lockFor) {

  public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

  public LockoutPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (lockFor.isNegative() || lockFor.isZero()) {
      throw new IllegalArgumentException("lockFor must be positive: " + lockFor);
    }
  }
}
