package co.ventanilla.reports;

import co.ventanilla.platform.OperationsMetrics;
import co.ventanilla.terms.TermPolicy;
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
import java.net.InetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Generates the reports when they are due, exactly once: every hour and shortly after start-up it
 * looks for the periods whose report is due and missing ({@link ReportCalendar}) and runs each
 * through the ledger ({@link ReportLedger}), which makes a second node or a second start-up do
 * nothing. The timers are not persistent (on Payara Micro they would live only in the cluster's
 * memory): the ledger in the database is what remembers, and the start-up catches up on periods
 * missed while the application was down, back to {@value ReportSettings#LOOKBACK_MONTHS}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportScheduler {

  private static final Logger LOG = Logger.getLogger(ReportScheduler.class.getName());

  /** Delay of the start-up catch-up, so that the application finishes starting first. */
  static final long STARTUP_DELAY_MS = 20_000;

  @Resource ManagedScheduledExecutorService scheduler;
  @EJB ReportLedger ledger;
  @Inject TermPolicy terms;
  @Inject ReportScheduleService schedule;
  @Inject Clock clock;
  @Inject OperationsMetrics metrics = OperationsMetrics.unattached();

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    // The start-up catch-up, a little later so that the application finishes starting first.
    Runnable startup = this::startUp;
    scheduler.schedule(startup, STARTUP_DELAY_MS, TimeUnit.MILLISECONDS);
  }

  private void startUp() {
    ReportSchedule s = schedule.current();
    LOG.info(
        () ->
            "Reports: due at "
                + s.hour()
                + ":00 (America/Bogota) of the first business day after each month, quarter and"
                + " semester; catching up on the last "
                + s.lookbackMonths()
                + " months ("
                + (s.fromConfiguration() ? "configuration" : "set by " + s.changedBy())
                + ")");
    catchUp();
  }

  /**
   * Every hour (at minute 5, America/Bogota) the reports whose due moment has passed are run; a
   * report is due at the schedule's hour ({@link ReportScheduleService}) of the first business day
   * after its period, so it goes out at the first tick after that; a changed hour applies from the
   * next tick. An automatic, non-persistent timer: it needs no data grid, and the ledger in the
   * database is what remembers.
   */
  @Schedule(minute = "5", hour = "*", persistent = false, timezone = "America/Bogota")
  void hourly() {
    metrics.timerRun("reports");
    catchUp();
  }

  /**
   * Runs every report due now and missing, oldest first.
   *
   * @return how many this node generated
   */
  public int catchUp() {
    if (!running.compareAndSet(false, true)) {
      return 0;
    }
    try {
      ReportSchedule s = schedule.current();
      return catchUp(
          ledger,
          new ReportCalendar(terms.calendar(), s.hour()),
          LocalDateTime.now(clock),
          s.lookbackMonths(),
          node());
    } finally {
      running.set(false);
    }
  }

  /** The catch-up, outside a container too: each period in its own transaction. */
  static int catchUp(
      ReportLedger ledger, ReportCalendar calendar, LocalDateTime now, int lookback, String node) {
    Optional<LocalDate> first = ledger.firstCaseDay();
    if (first.isEmpty()) {
      return 0;
    }
    List<ReportPeriod> due = calendar.due(now, first.get(), lookback, ledger.claimed());
    int generated = 0;
    for (ReportPeriod p : due) {
      try {
        if (ledger.runScheduled(p, node)) {
          generated++;
        }
      } catch (RuntimeException e) {
        // Rolled back with its claim: the next run tries again.
        LOG.log(Level.WARNING, "Report " + p.code() + " failed; retried at the next run", e);
      }
    }
    return generated;
  }

  private static String node() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "desconocido";
    }
  }
}
