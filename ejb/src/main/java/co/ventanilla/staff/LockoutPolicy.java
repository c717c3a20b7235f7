package co.ventanilla.staff;

import java.time.Duration;

/**
 * How many failed logins lock, what, and for how long. Locks are per account <em>and address</em>,
 * and per address over all accounts (see {@link StaffDirectory#authenticate}); locking for a while,
 * rather than for good, stops password guessing without letting anyone lock a colleague out for the
 * day by typing their name.
 *
 * @param maxAttempts wrong passwords in a row for one account from one address that lock that
 *     account for that address (at least 1)
 * @param lockFor how long a lock lasts, and the window in which failures are counted
 * @param maxFailuresPerAddress failures from one address, over any names, that refuse the address
 *     for every account (at least {@code maxAttempts})
 */
public record LockoutPolicy(int maxAttempts, Duration lockFor, int maxFailuresPerAddress) {

  public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15), 20);

  public LockoutPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (lockFor.isNegative() || lockFor.isZero()) {
      throw new IllegalArgumentException("lockFor must be positive: " + lockFor);
    }
    if (maxFailuresPerAddress < maxAttempts) {
      throw new IllegalArgumentException(
          "maxFailuresPerAddress must be at least maxAttempts: " + maxFailuresPerAddress);
    }
  }

  /** A policy with the default per-address limit (four accounts' worth of attempts). */
  public LockoutPolicy(int maxAttempts, Duration lockFor) {
    this(maxAttempts, lockFor, Math.max(20, maxAttempts * 4));
  }
}
