package co.ventanilla.integration.mail;

import co.ventanilla.platform.OperationsMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/**
 * Watches every poll of one mailbox (Camel calls it around each poll, mails included): records its
 * duration and outcome in the metrics and in {@link MailboxPolls}. A poll fails when the mail
 * server cannot be reached or refuses the login; a mail that fails does not fail the poll. Logs one
 * line when a mailbox starts failing and one when it recovers, instead of one per poll.
 */
final class MailboxPollStrategy implements PollingConsumerPollStrategy {

  private static final Logger LOG = Logger.getLogger(MailboxPollStrategy.class.getName());

  private final String mailbox;
  private final MailboxPolls.State state;
  private final OperationsMetrics metrics;
  private final Clock clock;
  private long startedAt;

  MailboxPollStrategy(
      String mailbox, MailboxPolls.State state, OperationsMetrics metrics, Clock clock) {
    this.mailbox = mailbox;
    this.state = state;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public boolean begin(Consumer consumer, Endpoint endpoint) {
    startedAt = System.nanoTime();
    return true;
  }

  @Override
  public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
    metrics.mailPoll(mailbox, Duration.ofNanos(System.nanoTime() - startedAt), true);
    int failedBefore = state.failuresInARow();
    state.succeeded(clock.instant());
    if (failedBefore > 0) {
      LOG.info(
          () -> "Mailbox " + mailbox + " polled again after " + failedBefore + " failed polls");
    }
  }

  @Override
  public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
    metrics.mailPoll(mailbox, Duration.ofNanos(System.nanoTime() - startedAt), false);
    String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    int failures = state.failed(clock.instant(), error);
    if (failures == 1) {
      LOG.warning(
          () ->
              "Mailbox "
                  + mailbox
                  + " could not be polled (tried again every poll; logged again when it"
                  + " recovers): "
                  + error);
    } else {
      LOG.fine(() -> "Mailbox " + mailbox + " poll failed " + failures + " times: " + error);
    }
    return false; // no immediate retry: the next poll comes at the mailbox's interval
  }
}
