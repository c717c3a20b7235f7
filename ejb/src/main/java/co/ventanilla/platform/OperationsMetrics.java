package co.ventanilla.platform;

import co.ventanilla.config.JndiNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The operations metrics (Micrometer): the application's one Prometheus registry, which {@code
 * /metrics} shows ({@link #scrape}), and the named meters the services count with. It also carries
 * the JVM's figures (memory, garbage collection, threads, classes, processor, uptime) and the
 * outbox and connection-pool gauges, read from the database at most every {@link #OUTBOX_CACHE}.
 * Code built without a container (standalone tests) gets {@link #unattached()}, whose meters go
 * nowhere. Every name is listed with its meaning in {@code docs/operations.md}.
 */
@ApplicationScoped
public class OperationsMetrics {

  private static final Logger LOG = Logger.getLogger(OperationsMetrics.class.getName());

  private static final OperationsMetrics UNATTACHED =
      new OperationsMetrics(new CompositeMeterRegistry());

  /** How long one reading of the outbox table serves the gauges. */
  static final Duration OUTBOX_CACHE = Duration.ofSeconds(5);

  private final MeterRegistry registry;

  @Resource(lookup = JndiNames.DATA_SOURCE)
  DataSource dataSource;

  @Inject Clock clock;

  private JvmGcMetrics gc;
  private volatile OutboxFigures outbox;
  private volatile long outboxReadAt;

  public OperationsMetrics() {
    this(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
  }

  /** For tests: the meters in {@code registry}. */
  public OperationsMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * The instance of code built without a container (standalone tests): its meters go nowhere. A
   * field initialised with it is replaced by the container's injection.
   */
  public static OperationsMetrics unattached() {
    return UNATTACHED;
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** Every meter in the Prometheus text format (version 0.0.4). */
  public String scrape() {
    if (registry instanceof PrometheusMeterRegistry prometheus) {
      return prometheus.scrape();
    }
    throw new IllegalStateException("Not a Prometheus registry: " + registry);
  }

  @PostConstruct
  void bind() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    gc = new JvmGcMetrics();
    gc.bindTo(registry);
    outboxGauge("ventanilla_outbox_pending", "Mails in the outbox not sent yet", f -> f.pending);
    outboxGauge(
        "ventanilla_outbox_failing",
        "Mails not sent yet whose last attempt failed (retried with back-off)",
        f -> f.failing);
    outboxGauge("ventanilla_outbox_sent", "Mails of the outbox sent", f -> f.sent);
    Gauge.builder(
            "ventanilla_outbox_oldest_pending_age_seconds",
            this,
            m -> m.outbox().oldestPendingAgeSeconds(m.clock))
        .description("Age of the oldest mail not sent yet, in seconds; 0 when none waits")
        .register(registry);
    DataSourceDefinition pool = SchemaMigration.class.getAnnotation(DataSourceDefinition.class);
    Gauge.builder("ventanilla_db_pool_max_connections", pool, DataSourceDefinition::maxPoolSize)
        .description("Most connections the application's pool opens (maxPoolSize)")
        .register(registry);
    Gauge.builder("ventanilla_db_pool_min_connections", pool, DataSourceDefinition::minPoolSize)
        .description("Connections the application's pool keeps open at least (minPoolSize)")
        .register(registry);
    Gauge.builder("ventanilla_db_connections_open", this, m -> m.outbox().connectionsOpen())
        .description(
            "Connections of the product's database user to its schema open on the server: the"
                + " pool's connections, in use or idle")
        .register(registry);
    Gauge.builder("ventanilla_db_connections_busy", this, m -> m.outbox().connectionsBusy())
        .description(
            "Of those, connections running a statement when read (the reading one not counted)")
        .register(registry);
    Gauge.builder("ventanilla_db_pool_acquire_seconds", this, m -> m.outbox().acquireSeconds())
        .description(
            "How long the last reading waited for a connection from the pool; grows when every"
                + " connection is in use")
        .register(registry);
  }

  @PreDestroy
  void close() {
    if (gc != null) {
      gc.close();
    }
  }

  private void outboxGauge(
      String name, String description, java.util.function.ToDoubleFunction<OutboxFigures> f) {
    Gauge.builder(name, this, m -> f.applyAsDouble(m.outbox()))
        .description(description)
        .register(registry);
  }

  /** A case filed (after its commit), by channel and PQRS type. */
  public void caseFiled(String channel, String type) {
    Counter.builder("ventanilla_cases_filed")
        .description("Cases filed, by channel and type")
        .tag("channel", channel)
        .tag("type", type)
        .register(registry)
        .increment();
  }

  /**
   * A mail of {@code mailbox} read and decided: {@code outcome} is {@code created} (a new case),
   * {@code threaded} (an entry of an existing case), {@code ignored} (automatic mail), {@code
   * duplicate} (already processed), {@code quarantined} or {@code failed} (left unread).
   */
  public void mailRead(String mailbox, String outcome) {
    Counter.builder("ventanilla_mail_read")
        .description("Mails read, by mailbox and outcome")
        .tag("mailbox", mailbox)
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  /** One poll of {@code mailbox}: how long it took, and whether it reached the server. */
  public void mailPoll(String mailbox, Duration took, boolean succeeded) {
    Timer.builder("ventanilla_mail_poll")
        .description("Polls of a mailbox (reading and deciding every mail of the poll)")
        .tag("mailbox", mailbox)
        .tag("result", succeeded ? "ok" : "failed")
        .register(registry)
        .record(took);
  }

  /**
   * Shows, for {@code mailbox}, the epoch second of its last successful poll ({@code state} gives
   * it; 0 before the first).
   */
  public <T> void mailLastSuccess(
      String mailbox, T state, java.util.function.ToDoubleFunction<T> epochSeconds) {
    Gauge.builder("ventanilla_mail_last_successful_poll_seconds", state, epochSeconds)
        .description("When the mailbox was last polled successfully (Unix time)")
        .tag("mailbox", mailbox)
        .strongReference(true)
        .register(registry);
  }

  /** A suggestion-box import ended: {@code outcome} {@code finished} or {@code failed}. */
  public void importEnded(String outcome, long created, long rejected, long duplicates) {
    Counter.builder("ventanilla_imports")
        .description("Suggestion-box CSV imports, by outcome")
        .tag("outcome", outcome)
        .register(registry)
        .increment();
    importRows("accepted", created);
    importRows("rejected", rejected);
    importRows("duplicate", duplicates);
  }

  private void importRows(String result, long rows) {
    Counter.builder("ventanilla_import_rows")
        .description("Rows of suggestion-box imports, by result")
        .tag("result", result)
        .register(registry)
        .increment(rows);
  }

  /** One run of a timer ({@code escalation}, {@code outbox}...). */
  public void timerRun(String timer) {
    Counter.builder("ventanilla_timer_runs")
        .description("Runs of the application's timers")
        .tag("timer", timer)
        .register(registry)
        .increment();
  }

  /** Outbox deliveries tried by the sender: {@code sent} or {@code failed}. */
  public void outboxDelivered(String outcome, int mails) {
    Counter.builder("ventanilla_outbox_deliveries")
        .description("Mails the outbox sender tried, by outcome")
        .tag("outcome", outcome)
        .register(registry)
        .increment(mails);
  }

  /** Times a query of the staff inbox ({@code page} or {@code count}). */
  public <T> T inboxQuery(String query, Supplier<T> work) {
    return Timer.builder("ventanilla_inbox_query")
        .description("Queries of the staff inbox: one page, or the counts")
        .tag("query", query)
        .register(registry)
        .record(work);
  }

  /** The outbox figures, read at most every {@link #OUTBOX_CACHE}. */
  OutboxFigures outbox() {
    long now = System.nanoTime();
    OutboxFigures figures = outbox;
    if (figures != null && now - outboxReadAt < OUTBOX_CACHE.toNanos()) {
      return figures;
    }
    figures = readOutbox();
    outbox = figures;
    outboxReadAt = now;
    return figures;
  }

  /**
   * The outbox figures and the database connections, in one reading: the time the pool took to hand
   * out its connection, then the outbox table and the server's process list (the product's user on
   * its schema; a user without the PROCESS privilege sees only its own connections, which are the
   * ones counted).
   */
  private OutboxFigures readOutbox() {
    if (dataSource == null) {
      return OutboxFigures.NONE;
    }
    long asked = System.nanoTime();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      double acquireSeconds = (System.nanoTime() - asked) / 1e9;
      long pending;
      long failing;
      long sent;
      Timestamp oldest;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT COALESCE(SUM(sent_at IS NULL), 0), COALESCE(SUM(sent_at IS NULL AND"
                  + " attempts > 0), 0), COALESCE(SUM(sent_at IS NOT NULL), 0),"
                  + " MIN(CASE WHEN sent_at IS NULL THEN created_at END) FROM outbox_message")) {
        rs.next();
        pending = rs.getLong(1);
        failing = rs.getLong(2);
        sent = rs.getLong(3);
        oldest = rs.getTimestamp(4);
      }
      double open = Double.NaN;
      double busy = Double.NaN;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT COUNT(*), COALESCE(SUM(COMMAND <> 'Sleep' AND ID <> CONNECTION_ID()), 0)"
                  + " FROM information_schema.PROCESSLIST WHERE DB = DATABASE()"
                  + " AND USER = SUBSTRING_INDEX(CURRENT_USER(), '@', 1)")) {
        rs.next();
        open = rs.getLong(1);
        busy = rs.getLong(2);
      } catch (java.sql.SQLException notReadable) {
        LOG.log(Level.FINE, "Database connections not read", notReadable);
      }
      return new OutboxFigures(
          pending,
          failing,
          sent,
          oldest == null ? null : oldest.toLocalDateTime(),
          open,
          busy,
          acquireSeconds);
    } catch (Exception e) {
      LOG.log(Level.FINE, "Outbox figures not read", e);
      return OutboxFigures.NONE;
    }
  }

  /**
   * One reading of the outbox table and of the database connections; NaN when it could not be read.
   */
  record OutboxFigures(
      double pending,
      double failing,
      double sent,
      LocalDateTime oldestPending,
      double connectionsOpen,
      double connectionsBusy,
      double acquireSeconds) {

    static final OutboxFigures NONE =
        new OutboxFigures(
            Double.NaN, Double.NaN, Double.NaN, null, Double.NaN, Double.NaN, Double.NaN);

    double oldestPendingAgeSeconds(Clock clock) {
      if (Double.isNaN(pending)) {
        return Double.NaN;
      }
      if (oldestPending == null) {
        return 0;
      }
      return Math.max(
          0,
          Duration.between(oldestPending, LocalDateTime.now(clock)).toMillis()
              / (double) TimeUnit.SECONDS.toMillis(1));
    }
  }
}
