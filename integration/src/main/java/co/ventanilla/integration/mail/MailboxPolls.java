package co.ventanilla.integration.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the polls of each mailbox go: when one last reached the server, and since when every poll has
 * failed. Written by the mailbox routes ({@link MailboxPollStrategy}), read by the readiness check
 * and the metrics.
 */
@ApplicationScoped
public class MailboxPolls {

  private final Map<String, State> states = new ConcurrentHashMap<>();

  /** The state of {@code mailbox}, created when first asked. */
  public State of(String mailbox) {
    return states.computeIfAbsent(mailbox, State::new);
  }

  /** Every mailbox that has a route, by name. */
  public List<State> all() {
    return states.values().stream().sorted((a, b) -> a.mailbox.compareTo(b.mailbox)).toList();
  }

  /** One mailbox's polls. Thread-safe: written by its route, read by health and metrics. */
  public static final class State {

    private final String mailbox;
    private Instant lastSuccess;
    private Instant failingSince;
    private int failuresInARow;
    private String lastError;

    public State(String mailbox) {
      this.mailbox = mailbox;
    }

    public String mailbox() {
      return mailbox;
    }

    /** A poll reached the server and went through its mails. */
    public synchronized void succeeded(Instant at) {
      lastSuccess = at;
      failingSince = null;
      failuresInARow = 0;
      lastError = null;
    }

    /**
     * A poll failed (the server could not be reached or refused the login).
     *
     * @return how many polls in a row have now failed
     */
    public synchronized int failed(Instant at, String error) {
      if (failingSince == null) {
        failingSince = at;
      }
      lastError = error;
      return ++failuresInARow;
    }

    public synchronized Instant lastSuccess() {
      return lastSuccess;
    }

    /** Since when every poll has failed; {@code null} while the last poll succeeded. */
    public synchronized Instant failingSince() {
      return failingSince;
    }

    public synchronized int failuresInARow() {
      return failuresInARow;
    }

    public synchronized String lastError() {
      return lastError;
    }

    /** For the metrics: the Unix second of the last successful poll, 0 before the first. */
    public double lastSuccessEpochSeconds() {
      Instant at = lastSuccess();
      return at == null ? 0 : at.toEpochMilli() / 1000.0;
    }
  }
}
