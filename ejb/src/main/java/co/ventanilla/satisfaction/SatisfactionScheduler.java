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
 * The satisfaction timer: every hour (minute 35, America/Bogota) the survey's work (in June and
 * December the period's campaign opens, once; reminders and closings by their dates) and the rating
 * reminders due. An automatic, non-persistent timer: what it must remember (a period claimed, a
 * reminder sent, a campaign closed) is in the database.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SatisfactionScheduler {

  private static final Logger LOG = Logger.getLogger(SatisfactionScheduler.class.getName());

  @EJB RatingService ratings;
  @EJB SurveyService surveys;
  @Inject java.time.Clock clock;
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
      surveys(java.time.LocalDateTime.now(clock));
      return ratings.sendReminders();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Rating reminders failed; retried at the next run", e);
      return 0;
    } finally {
      running.set(false);
    }
  }

  /**
   * The survey's work at {@code now}: in June and December the period's campaign opens (once:
   * {@code survey_ledger}); reminders and closings of campaigns are due by their dates. Each step
   * is its own transaction; a failure is retried at the next run. Tests pass a moment of their
   * choosing (a day of June) instead of the clock's.
   */
  public java.util.Optional<SurveyCampaign> surveys(java.time.LocalDateTime now) {
    java.util.Optional<SurveyCampaign> opened = java.util.Optional.empty();
    try {
      opened = surveys.openScheduled(now, node());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Survey campaign could not open; retried at the next run", e);
    }
    try {
      surveys.remind(now);
      surveys.closeDue(now);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Survey reminders or closing failed; retried at the next run", e);
    }
    return opened;
  }

  private static String node() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "desconocido";
    }
  }
}
