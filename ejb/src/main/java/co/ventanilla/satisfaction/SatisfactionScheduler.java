package co.ventanilla.satisfaction;

import co.ventanilla.platform.OperationsMetrics;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The satisfaction timer: every hour (minute 35, America/Bogota) the rating reminders due. An
 * automatic, non-persistent timer: what it must remember (a reminder sent) is in the database.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SatisfactionScheduler {

  private static final Logger LOG = Logger.getLogger(SatisfactionScheduler.class.getName());

  @EJB RatingService ratings;
  @Inject OperationsMetrics metrics = OperationsMetrics.unattached();

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(minute = "35", hour = "*", persistent = false, timezone = "America/Bogota")
  void hourly() {
    metrics.timerRun("satisfaction");
    run();
  }

  /** Runs what is due now; returns the rating reminders queued. */
  public int run() {
    if (!running.compareAndSet(false, true)) {
      return 0;
    }
    try {
      return ratings.sendReminders();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Rating reminders failed; retried at the next run", e);
      return 0;
    } finally {
      running.set(false);
    }
  }
}
