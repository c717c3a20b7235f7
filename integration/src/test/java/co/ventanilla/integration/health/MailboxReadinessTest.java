package co.ventanilla.integration.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.integration.mail.MailboxPolls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailboxReadinessTest {

  private static final Instant START = Instant.parse("2026-03-02T13:00:00Z");
  private static final Duration LIMIT = Duration.ofMinutes(15);

  private final MailboxPolls polls = new MailboxPolls();

  private static Clock at(Duration sinceStart) {
    return Clock.fixed(START.plus(sinceStart), ZoneOffset.UTC);
  }

  private MailboxReadiness.Verdict judgeAt(Duration sinceStart) {
    return MailboxReadiness.judge(polls.all(), at(sinceStart).instant(), LIMIT);
  }

  @Test
  void upWithoutMailboxes() {
    MailboxReadiness.Verdict verdict = judgeAt(Duration.ZERO);
    assertTrue(verdict.up());
    assertEquals("none polled", verdict.data().get("mailboxes"));
  }

  @Test
  void upWhileTheLastPollSucceeded() {
    polls.of("servicio").succeeded(START);
    MailboxReadiness.Verdict verdict = judgeAt(Duration.ofHours(2));
    assertTrue(verdict.up());
    assertEquals("ok; last successful poll 2026-03-02T13:00:00Z", verdict.data().get("servicio"));
  }

  @Test
  void downOnlyOnceEveryPollFailedForTheConfiguredMinutes() {
    MailboxPolls.State servicio = polls.of("servicio");
    servicio.succeeded(START);
    servicio.failed(START.plusSeconds(60), "MessagingException: Connection refused");
    servicio.failed(START.plusSeconds(120), "MessagingException: Connection refused");

    MailboxReadiness.Verdict early = judgeAt(Duration.ofMinutes(15).plusSeconds(59));
    assertTrue(early.up(), early.data().toString());
    assertTrue(early.data().get("servicio").startsWith("failing (within 15 min) since"));

    MailboxReadiness.Verdict late = judgeAt(Duration.ofMinutes(16));
    assertFalse(late.up());
    assertEquals(
        "failing since 2026-03-02T13:01:00Z, 2 polls in a row; last successful poll"
            + " 2026-03-02T13:00:00Z; MessagingException: Connection refused",
        late.data().get("servicio"));
  }

  @Test
  void oneSuccessfulPollMakesItUpAgain() {
    MailboxPolls.State servicio = polls.of("servicio");
    servicio.failed(START, "AuthenticationFailedException: bad login");
    assertFalse(judgeAt(Duration.ofMinutes(20)).up());
    assertTrue(
        judgeAt(Duration.ofMinutes(20))
            .data()
            .get("servicio")
            .contains("last successful poll never"));

    servicio.succeeded(START.plus(Duration.ofMinutes(21)));
    assertTrue(judgeAt(Duration.ofMinutes(22)).up());
  }

  @Test
  void oneFailingMailboxIsEnoughAndTheOthersAreListed() {
    polls.of("servicio").succeeded(START);
    polls.of("denuncias").failed(START, "MessagingException: timeout");
    MailboxReadiness.Verdict verdict = judgeAt(Duration.ofMinutes(30));
    assertFalse(verdict.up());
    assertEquals(List.of("denuncias", "servicio"), List.copyOf(verdict.data().keySet()));
  }
}
