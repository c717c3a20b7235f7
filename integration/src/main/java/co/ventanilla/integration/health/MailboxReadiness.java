package co.ventanilla.integration.health;

import co.ventanilla.integration.mail.MailboxPolls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready when a mailbox has failed every poll for {@value #FAILING_MINUTES} minutes (default
 * 15): mail sent to it is then not being filed. The data says, per mailbox, when it was last polled
 * and, when failing, since when and why.
 */
@Readiness
@ApplicationScoped
public class MailboxReadiness implements HealthCheck {

  /** Configuration key: minutes of failed polls after which a mailbox makes readiness DOWN. */
  public static final String FAILING_MINUTES = "ventanilla.health.mailbox-failing-minutes";

  @Inject MailboxPolls polls;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = FAILING_MINUTES, defaultValue = "15")
  long failingMinutes;

  @Override
  public HealthCheckResponse call() {
    Verdict verdict = judge(polls.all(), clock.instant(), Duration.ofMinutes(failingMinutes));
    HealthCheckResponseBuilder response = HealthCheckResponse.named("mailboxes");
    verdict.data().forEach(response::withData);
    return response.status(verdict.up()).build();
  }

  /** The rule, apart from the health API: up unless one mailbox fails for {@code limit}. */
  static Verdict judge(Collection<MailboxPolls.State> mailboxes, Instant now, Duration limit) {
    Map<String, String> data = new LinkedHashMap<>();
    boolean up = true;
    if (mailboxes.isEmpty()) {
      data.put("mailboxes", "none polled");
    }
    for (MailboxPolls.State m : mailboxes) {
      Instant failingSince = m.failingSince();
      Instant last = m.lastSuccess();
      String lastText = last == null ? "never" : last.truncatedTo(ChronoUnit.SECONDS).toString();
      if (failingSince == null) {
        data.put(m.mailbox(), "ok; last successful poll " + lastText);
        continue;
      }
      boolean down = !failingSince.plus(limit).isAfter(now);
      up &= !down;
      data.put(
          m.mailbox(),
          (down ? "failing" : "failing (within " + limit.toMinutes() + " min)")
              + " since "
              + failingSince.truncatedTo(ChronoUnit.SECONDS)
              + ", "
              + m.failuresInARow()
              + " polls in a row; last successful poll "
              + lastText
              + "; "
              + m.lastError());
    }
    return new Verdict(up, data);
  }

  record Verdict(boolean up, Map<String, String> data) {}
}
