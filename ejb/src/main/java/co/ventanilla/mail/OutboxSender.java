package co.ventanilla.mail;

import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.platform.OperationsMetrics;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Delivers the outbox every 20 seconds: answers, acknowledgements, notices and escalations written
 * in the same transaction as the change that caused them. A mail is marked sent only after the SMTP
 * server accepted it; a failure is recorded and retried with back-off, so an SMTP outage delays
 * mail and loses none. Without {@code mail.smtp.host} mail waits in the outbox.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
  private static final int BATCH = 50;

  /**
   * How long a message taken for sending is not taken by another sender: more than the SMTP
   * timeouts of one mail ({@link MailSettings}: 10 s to connect, 30 s per read or write).
   */
  static final java.time.Duration LEASE = java.time.Duration.ofMinutes(5);

  @EJB OutboxDelivery delivery;
  @Inject MailSettings settings;
  @Inject Clock clock;
  @Inject OperationsMetrics metrics = OperationsMetrics.unattached();

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean warnedDisabled = new AtomicBoolean();

  public OutboxSender() {}

  /** For use outside a container. */
  public OutboxSender(OutboxDelivery delivery, MailSettings settings, Clock clock) {
    this.delivery = delivery;
    this.settings = settings;
    this.clock = clock;
  }

  @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
  void tick() {
    metrics.timerRun("outbox");
    deliver();
  }

  /**
   * Tries every message that is due once.
   *
   * @return how many were sent
   */
  public int deliver() {
    if (!settings.enabled()) {
      if (warnedDisabled.compareAndSet(false, true)) {
        LOG.warning("mail.smtp.host is not set: outgoing mail waits in the outbox until it is");
      }
      return 0;
    }
    if (!running.compareAndSet(false, true)) {
      return 0; // the previous run is still going
    }
    try {
      SmtpMailer mailer = new SmtpMailer(settings);
      int sent = 0;
      int failed = 0;
      for (Long id : delivery.due(BATCH, LocalDateTime.now(clock))) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!delivery.claim(id, now, now.plus(LEASE))) {
          continue; // another sender has it, or it was sent meanwhile
        }
        OutboxMessage m = delivery.load(id);
        if (m == null) {
          continue;
        }
        try {
          mailer.send(m, delivery.attachments(id));
          delivery.markSent(id, LocalDateTime.now(clock));
          sent++;
        } catch (Exception e) {
          delivery.markFailed(
              id, e.getClass().getSimpleName() + ": " + e.getMessage(), LocalDateTime.now(clock));
          failed++;
        }
      }
      if (sent + failed > 0) {
        metrics.outboxDelivered("sent", sent);
        metrics.outboxDelivered("failed", failed);
        int s = sent;
        int f = failed;
        LOG.info(() -> "Outbox: " + s + " mails sent, " + f + " failed (retried later)");
      }
      return sent;
    } finally {
      running.set(false);
    }
  }
}
