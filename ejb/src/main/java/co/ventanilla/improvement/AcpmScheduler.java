package co.ventanilla.improvement;

import co.ventanilla.platform.OperationsMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily run of the improvement room: alerts overdue actions ({@link AcpmAlerts}, once per
 * action and due date through its ledger) and runs the proposal rules ({@link ProposalService},
 * which never proposes a finding twice while pending). An automatic, non-persistent timer at 06:15
 * America/Bogota, and the same run shortly after start-up so a day missed while the application was
 * down is caught up; both are safe to repeat.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
public class AcpmScheduler {

  private static final Logger LOG = Logger.getLogger(AcpmScheduler.class.getName());

  static final long STARTUP_DELAY_MS = 30_000;

  @Resource ManagedScheduledExecutorService scheduler;
  @EJB AcpmAlerts alerts;
  @EJB ProposalService proposals;
  @Inject Clock clock;
  @Inject OperationsMetrics metrics = OperationsMetrics.unattached();

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    Runnable startup = this::run;
    scheduler.schedule(startup, STARTUP_DELAY_MS, TimeUnit.MILLISECONDS);
  }

  @Schedule(minute = "15", hour = "6", persistent = false, timezone = "America/Bogota")
  void daily() {
    metrics.timerRun("acpm");
    run();
  }

  /** Alerts and proposals of today; does nothing while a run is in progress. */
  public void run() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      LocalDate today = LocalDate.now(clock);
      try {
        alerts.alertOverdue(today);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "ACPM overdue alerts failed; retried at the next run", e);
      }
      try {
        proposals.evaluate(today);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "ACPM proposals failed; retried at the next run", e);
      }
    } finally {
      running.set(false);
    }
  }
}
