package co.ventanilla.integration.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The mail intake alone in a JVM of its own, for the fault suite ({@link MailKillFault}): the real
 * routes and the real services (each call its own transaction) on the schema named by {@code
 * db.url} and {@code db.name}, reading mailbox {@code servicio} of the IMAP server on the port in
 * {@code args[0]}, until it is killed.
 */
public final class MailIngestionProcess {

  private MailIngestionProcess() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    MailboxSettings servicio =
        MailIntakeSettings.from(
                key ->
                    Optional.ofNullable(
                        switch (key) {
                          case "intake.mail.mailboxes" -> "servicio";
                          case "intake.mail.servicio.url" -> "imap://127.0.0.1:" + port;
                          case "intake.mail.servicio.user" -> "servicio";
                          case "intake.mail.servicio.password" -> "secreto";
                          default -> null;
                        }))
            .mailboxes()
            .get(0)
            .withPollInterval(Duration.ofMillis(200));
    DefaultCamelContext camel = new DefaultCamelContext();
    camel.addRoutes(
        new MailIntakeRoutes(
            new MailIntakeSettings(List.of(servicio), 3, 25L * 1024 * 1024),
            new TransactionalMailIntake(Clock.system(ZoneId.of("America/Bogota")), null)));
    camel.start();
    System.out.println("READY");
    Thread.currentThread().join();
  }
}
