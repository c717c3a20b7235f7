package co.ventanilla.integration.mail;

import co.ventanilla.correspondence.AutomaticReason;
import co.ventanilla.correspondence.FailureOutcome;
import co.ventanilla.correspondence.IncomingMail;
import co.ventanilla.correspondence.MailFailure;
import co.ventanilla.correspondence.MailIntakeService;
import co.ventanilla.correspondence.MailOutcome;
import co.ventanilla.correspondence.StandaloneCorrespondence;
import co.ventanilla.testing.JpaTestSupport;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The real {@link MailIntakeService} as the container runs it, outside the container: every call in
 * a transaction of its own on a new entity manager (the container's one transaction per EJB call),
 * the services wired by hand ({@link StandaloneCorrespondence}). For failure tests it can fail on
 * purpose, after the real work and inside the transaction, so that the rollback is real.
 */
final class TransactionalMailIntake extends MailIntakeService {

  private final Clock clock;
  private final String prefix;

  /** Subject → how many more calls fail ({@link Integer#MAX_VALUE}: always). */
  private final Map<String, AtomicInteger> failing = new ConcurrentHashMap<>();

  /** Runs inside the transaction of each {@link #receive}, after the work, before the commit. */
  volatile Consumer<IncomingMail> beforeCommit = mail -> {};

  TransactionalMailIntake(Clock clock, String prefix) {
    this.clock = clock;
    this.prefix = prefix;
  }

  /** Mails with {@code subject} fail the next {@code times} calls. */
  void failFor(String subject, int times) {
    failing.put(subject, new AtomicInteger(times));
  }

  void stopFailing(String subject) {
    failing.remove(subject);
  }

  @Override
  public MailOutcome receive(IncomingMail mail) {
    return JpaTestSupport.inTransaction(
        em -> {
          MailOutcome outcome =
              StandaloneCorrespondence.mailIntake(em, clock, prefix).receive(mail);
          beforeCommit.accept(mail);
          AtomicInteger left = mail.subject() == null ? null : failing.get(mail.subject());
          if (left != null && left.getAndDecrement() > 0) {
            throw new IllegalStateException("Simulated failure for " + mail.subject());
          }
          return outcome;
        });
  }

  @Override
  public FailureOutcome recordFailure(MailFailure failure, int maxAttempts) {
    return JpaTestSupport.inTransaction(
        em ->
            StandaloneCorrespondence.mailIntake(em, clock, prefix)
                .recordFailure(failure, maxAttempts));
  }

  @Override
  public Map<AutomaticReason, Long> ignoredCounts(String mailbox) {
    return JpaTestSupport.read(
        em -> StandaloneCorrespondence.mailIntake(em, clock, prefix).ignoredCounts(mailbox));
  }
}
