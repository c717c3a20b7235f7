package co.ventanilla.privacy;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every day at 03:15 (America/Bogota) proposes the month's retention run if the month has none yet:
 * the ledger row makes it once a month, whatever the nodes and restarts ({@link
 * RetentionService#propose}). An automatic, non-persistent timer: the ledger in the database is
 * what remembers, so a day missed while stopped is caught up by the next day's tick.
 */
@Singleton
public class RetentionScheduler {

  private static final Logger LOG = Logger.getLogger(RetentionScheduler.class.getName());

  @EJB RetentionService retention;
  @Inject Clock clock;

  @Schedule(minute = "15", hour = "3", persistent = false, timezone = "America/Bogota")
  void daily() {
    try {
      retention.propose(LocalDate.now(clock), "sistema");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Retention run failed; tried again tomorrow", e);
    }
  }
}
