package co.ventanilla.web.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most {@code intake.web.rate-limit-per-hour} public filings (the form and {@code POST
 * /api/pqrs}) per client address in any sliding hour, so a script cannot flood the queue. An API
 * client (a program with its own key, such as the company's web site) has its own bucket and limit
 * instead. Kept in memory: a restart forgets it, which is acceptable for a flood guard.
 */
@ApplicationScoped
public class FilingRateLimiter {

  private static final long HOUR_MILLIS = 3_600_000L;

  @Inject
  @ConfigProperty(name = "intake.web.rate-limit-per-hour", defaultValue = "20")
  int perHour;

  private final Clock clock;
  private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

  public FilingRateLimiter() {
    this(Clock.systemUTC());
  }

  FilingRateLimiter(Clock clock) {
    this.clock = clock;
  }

  /** Counts one filing by {@code address}; false when the address is over its limit. */
  public boolean tryAcquire(String address) {
    return tryAcquire("address:" + address, perHour) == 0;
  }

  /**
   * Counts one filing in {@code bucket} allowed {@code limit} an hour.
   *
   * @return 0 when counted; else the seconds until the bucket has room again (nothing counted)
   */
  public long tryAcquire(String bucket, int limit) {
    long now = clock.millis();
    Deque<Long> times = recent.computeIfAbsent(bucket, a -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && now - times.peekFirst() >= HOUR_MILLIS) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        long wait = HOUR_MILLIS - (now - times.peekFirst());
        return Math.max(1, (wait + 999) / 1000);
      }
      times.addLast(now);
      return 0;
    }
  }

  /** The per-address limit an hour. */
  public int perHour() {
    return perHour;
  }
}
