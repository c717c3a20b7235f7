package co.ventanilla.web.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FilingRateLimiterTest {

  private static FilingRateLimiter limiter(Clock clock, int perHour) {
    FilingRateLimiter limiter = new FilingRateLimiter(clock);
    limiter.perHour = perHour;
    return limiter;
  }

  @Test
  void anAddressOverItsLimitIsRefusedUntilAnHourHasPassed() {
    Instant start = Instant.parse("2026-03-17T15:00:00Z");
    FilingRateLimiter at0 = limiter(Clock.fixed(start, ZoneOffset.UTC), 2);

    assertTrue(at0.tryAcquire("10.0.0.1"));
    assertTrue(at0.tryAcquire("10.0.0.1"));
    assertFalse(at0.tryAcquire("10.0.0.1"), "third filing in the same hour");
    assertTrue(at0.tryAcquire("10.0.0.2"), "another address has its own limit");
  }

  @Test
  void theWindowSlides() {
    MovingClock clock = new MovingClock(Instant.parse("2026-03-17T15:00:00Z"));
    FilingRateLimiter limiter = limiter(clock, 1);

    assertTrue(limiter.tryAcquire("10.0.0.1"));
    clock.now = clock.now.plus(Duration.ofMinutes(59));
    assertFalse(limiter.tryAcquire("10.0.0.1"));
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertTrue(limiter.tryAcquire("10.0.0.1"));
  }

  private static final class MovingClock extends Clock {
    Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aBucketOverItsLimitSaysHowLongToWaitAndOtherBucketsGoOn() {
    java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(0);
    Clock clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public java.time.Instant instant() {
            return java.time.Instant.ofEpochMilli(now.get());
          }
        };
    FilingRateLimiter limiter = limiter(clock, 20);
    for (int i = 0; i < 3; i++) {
      org.junit.jupiter.api.Assertions.assertEquals(0, limiter.tryAcquire("client:web", 3));
    }
    now.set(600_000); // ten minutes later

    long wait = limiter.tryAcquire("client:web", 3);

    org.junit.jupiter.api.Assertions.assertEquals(3_000, wait, "50 minutes until the first leaves");
    org.junit.jupiter.api.Assertions.assertEquals(0, limiter.tryAcquire("client:other", 3));
  }
}
