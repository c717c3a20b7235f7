package co.ventanilla.mail;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.outbox.JpaOutbox;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.intake.StandaloneIntake;
import co.ventanilla.intake.Submission;
import co.ventanilla.testing.JpaTestSupport;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outbox sender against a real SMTP server (GreenMail) and MariaDB: the acknowledgement of a
 * new case arrives with its headers; an SMTP outage delays mail and loses none.
 */
class OutboxSenderIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private MutableClock clock;

  @BeforeEach
  void emptyOutbox() {
    JpaTestSupport.deleteAllCases();
    clock = new MutableClock(Instant.parse("2026-03-17T15:00:00Z"));
  }

  private OutboxSender sender(int port) {
    Map<String, String> settings = new HashMap<>();
    settings.put("mail.smtp.host", "127.0.0.1");
    settings.put("mail.smtp.port", String.valueOf(port));
    settings.put("mail.from", "Servicio al cliente <pqrs@empresa.example>");
    return new OutboxSender(
        new TransactionalDelivery(), new MailSettings(new MapConfig(settings)), clock);
  }

  @Test
  void theAcknowledgementOfANewCaseIsDeliveredWithItsRadicadoAndAutoSubmittedHeader()
      throws Exception {
    // given: a case filed by someone with an email
    String radicado =
        inTransaction(
                em ->
                    StandaloneIntake.on(em, clock, null)
                        .register(
                            Submission.builder(Channel.WEB)
                                .type(PqrsType.QUEJA)
                                .names("Sandra Milena Vélez")
                                .email("sandra@example.com")
                                .subject("Guarda sin dotación")
                                .description("El guarda no tenía radio ni linterna.")
                                .build()))
            .radicado();

    // when
    int sent = sender(SMTP.getSmtp().getPort()).deliver();

    // then
    assertEquals(1, sent);
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertEquals(1, received.length);
    MimeMessage ack = received[0];
    assertEquals("sandra@example.com", ack.getAllRecipients()[0].toString());
    assertTrue(ack.getSubject().contains(radicado), ack.getSubject());
    assertEquals("auto-replied", ack.getHeader("Auto-Submitted", null));
    assertEquals(radicado, ack.getHeader(SmtpMailer.RADICADO_HEADER, null));
    String body = (String) ack.getContent();
    assertTrue(body.contains("Ley 1755 de 2015, art. 14"), body);
    assertTrue(body.contains("consulta.xhtml?radicado=" + radicado + "&codigo="), body);
    assertTrue(body.contains("10/04/2026"), body); // queja: 15 business days (ley-1755)
    assertEquals(0, sender(SMTP.getSmtp().getPort()).deliver(), "sent once only");
  }

  @Test
  void anSmtpOutageDelaysMailAndLosesNone() throws Exception {
    // given: two answers waiting and no SMTP server where the sender looks
    inTransaction(
        em -> {
          JpaOutbox outbox = new JpaOutbox(em);
          LocalDateTime now = LocalDateTime.now(clock);
          outbox.enqueue(new OutboxMessage("a@example.com", "Uno", "cuerpo", null, now, null));
          outbox.enqueue(new OutboxMessage("b@example.com", "Dos", "cuerpo", null, now, null));
          return null;
        });
    int deadPort = SMTP.getSmtp().getPort() + 1;

    // when: the server is unreachable
    assertEquals(0, sender(deadPort).deliver());

    // then: both recorded as failed, to be retried a minute later
    List<OutboxMessage> waiting = read(em -> new JpaOutbox(em).pending(10));
    assertEquals(2, waiting.size());
    for (OutboxMessage m : waiting) {
      assertNull(m.sentAt());
      assertEquals(1, m.attempts());
      assertNotNull(m.lastError());
      assertEquals(LocalDateTime.now(clock).plusMinutes(1), m.nextAttemptAt());
    }
    assertEquals(0, sender(SMTP.getSmtp().getPort()).deliver(), "not retried before its time");

    // when: the server is back and the retry time has come
    clock.advance(Duration.ofMinutes(1));
    int sent = sender(SMTP.getSmtp().getPort()).deliver();

    // then
    assertEquals(2, sent);
    assertEquals(2, SMTP.getReceivedMessages().length);
    assertEquals(0, read(em -> new JpaOutbox(em).pending(10)).size());
  }

  @Test
  void acknowledgementsQueuedWhileSmtpIsStoppedAreSentExactlyOnceWhenItReturns() throws Exception {
    // given: three cases filed while the SMTP server is stopped
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> radicados = new java.util.ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String email = "persona" + i + "@example.com";
      radicados.add(
          inTransaction(
                  em ->
                      StandaloneIntake.on(em, clock, null)
                          .register(
                              Submission.builder(Channel.WEB)
                                  .type(PqrsType.PETICION)
                                  .names("Persona " + email)
                                  .email(email)
                                  .subject("Petición " + email)
                                  .description("Texto.")
                                  .build()))
              .radicado());
    }
    assertEquals(0, sender(port).deliver(), "SMTP down: nothing sent");
    assertEquals(3, read(em -> new JpaOutbox(em).pending(10)).size(), "all three kept");

    // when: the server comes back and two senders (two servers of a cluster) run at once
    com.icegreen.greenmail.util.GreenMail smtp =
        new com.icegreen.greenmail.util.GreenMail(
            new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", "smtp"));
    smtp.start();
    try {
      clock.advance(Duration.ofMinutes(1));
      java.util.concurrent.ExecutorService two =
          java.util.concurrent.Executors.newFixedThreadPool(2);
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        OutboxSender s = sender(port);
        runs.add(
            two.submit(
                () -> {
                  go.await();
                  return s.deliver();
                }));
      }
      go.countDown();
      int sent = 0;
      for (var run : runs) {
        sent += run.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
      two.shutdown();

      // then: each acknowledgement once, with a Message-ID that a second sending would repeat
      assertEquals(3, sent);
      MimeMessage[] received = smtp.getReceivedMessages();
      assertEquals(3, received.length);
      java.util.Set<String> recipients = new java.util.TreeSet<>();
      for (MimeMessage m : received) {
        recipients.add(m.getAllRecipients()[0].toString());
        assertTrue(
            m.getMessageID().matches("<outbox-\\d+\\.\\d{17}@empresa\\.example>"),
            m.getMessageID());
      }
      assertEquals(
          java.util.Set.of("persona1@example.com", "persona2@example.com", "persona3@example.com"),
          recipients);
      clock.advance(Duration.ofMinutes(30));
      assertEquals(0, sender(port).deliver(), "and never again");
      assertEquals(3, smtp.getReceivedMessages().length);
      assertEquals(0, read(em -> new JpaOutbox(em).pending(10)).size());
    } finally {
      smtp.stop();
    }
  }

  /** Each delivery step in its own transaction, as REQUIRES_NEW gives it in the container. */
  private static final class TransactionalDelivery extends OutboxDelivery {
    @Override
    public List<Long> due(int max, LocalDateTime now) {
      return read(em -> new OutboxDelivery(em).due(max, now));
    }

    @Override
    public boolean claim(long id, LocalDateTime now, LocalDateTime until) {
      return inTransaction(em -> new OutboxDelivery(em).claim(id, now, until));
    }

    @Override
    public OutboxMessage load(long id) {
      return read(em -> new OutboxDelivery(em).load(id));
    }

    @Override
    public List<MailAttachment> attachments(long id) {
      return read(em -> new OutboxDelivery(em).attachments(id));
    }

    @Override
    public void markSent(long id, LocalDateTime at) {
      inTransaction(
          em -> {
            new OutboxDelivery(em).markSent(id, at);
            return null;
          });
    }

    @Override
    public void markFailed(long id, String error, LocalDateTime at) {
      inTransaction(
          em -> {
            new OutboxDelivery(em).markFailed(id, error, at);
            return null;
          });
    }
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return BOGOTA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** MicroProfile Config over a map, for settings in tests. */
  private record MapConfig(Map<String, String> values) implements Config {
    @Override
    public <T> T getValue(String name, Class<T> type) {
      return getOptionalValue(name, type).orElseThrow(NoSuchElementException::new);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
      return Optional.ofNullable((T) values.get(name));
    }

    @Override
    public org.eclipse.microprofile.config.ConfigValue getConfigValue(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<String> getPropertyNames() {
      return values.keySet();
    }

    @Override
    public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources() {
      return List.of();
    }

    @Override
    public <T> Optional<org.eclipse.microprofile.config.spi.Converter<T>> getConverter(
        Class<T> forType) {
      return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException();
    }
  }
}
