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
 * At most {@code intake.web.rate-limit-per-hour} public filings (form and API) per client address
 * in any sliding hour, so a script cannot flood the queue. Kept in memory: a restart forgets it,
 * which is acceptable for a flood guard.
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
    long now = clock.millis();
    Deque<Long> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && now - times.peekFirst() >= HOUR_MILLIS) {
        times.pollFirst();
      }
      if (times.size() >= perHour) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }
}
