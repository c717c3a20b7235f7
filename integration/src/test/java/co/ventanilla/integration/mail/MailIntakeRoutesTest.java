package co.ventanilla.integration.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * What the routes are made of, without a mail server: no mailbox, no route; and the consumer
 * settings that "nothing lost, nothing twice" and a healthy poll depend on.
 */
class MailIntakeRoutesTest {

  private static MailIntakeSettings settings(Map<String, String> values) {
    return MailIntakeSettings.from(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void noMailboxConfiguredMeansNoRouteAndNoError() throws Exception {
    try (DefaultCamelContext camel = new DefaultCamelContext()) {
      camel.addRoutes(new MailIntakeRoutes(settings(Map.of()), null));
      camel.start();

      assertTrue(camel.getRoutes().isEmpty());
    }
  }

  @Test
  void oneRoutePerMailbox() throws Exception {
    MailIntakeSettings two =
        settings(
            Map.of(
                "intake.mail.mailboxes", "servicio,denuncias",
                "intake.mail.servicio.url", "imap://127.0.0.1:1",
                "intake.mail.servicio.user", "u",
                "intake.mail.servicio.password", "p",
                "intake.mail.denuncias.url", "imaps://127.0.0.1:2",
                "intake.mail.denuncias.user", "u",
                "intake.mail.denuncias.password", "p"));
    try (DefaultCamelContext camel = new DefaultCamelContext()) {
      camel.addRoutes(new MailIntakeRoutes(two, null));
      camel.build();

      assertEquals(
          List.of("mail-denuncias", "mail-servicio"),
          camel.getRouteDefinitions().stream().map(r -> r.getRouteId()).sorted().toList());
    }
  }

  @Test
  void theConsumerPeeksFetchesInLargeBlocksAndTimesOut() throws Exception {
    MailboxSettings box =
        settings(
                Map.of(
                    "intake.mail.mailboxes", "servicio",
                    "intake.mail.servicio.url", "imaps://mail.empresa.co:993",
                    "intake.mail.servicio.user", "servicio@empresa.co",
                    "intake.mail.servicio.password", "p&ss=wo)rd",
                    "intake.mail.servicio.folder", "Bandeja de entrada",
                    "intake.mail.servicio.poll-seconds", "45"))
            .mailboxes()
            .get(0);
    try (DefaultCamelContext camel = new DefaultCamelContext()) {
      MailIntakeRoutes routes = new MailIntakeRoutes(settings(Map.of()), null);
      routes.setCamelContext(camel);

      MailEndpoint endpoint = routes.endpoint(box);

      MailConfiguration config = endpoint.getConfiguration();
      assertTrue(config.isPeek(), "\\Seen only on completion, after the commit");
      assertTrue(config.isUnseen());
      assertFalse(config.isMapMailMessage());
      assertFalse(config.isDelete());
      assertEquals("imaps", config.getProtocol());
      assertEquals("mail.empresa.co", config.getHost());
      assertEquals(993, config.getPort());
      assertEquals("servicio@empresa.co", config.getUsername());
      assertEquals("p&ss=wo)rd", config.getPassword());
      assertEquals("Bandeja de entrada", config.getFolderName());
      assertEquals(30_000, config.getConnectionTimeout());
      assertTrue(
          Integer.parseInt(
                  config.getAdditionalJavaMailProperties().getProperty("mail.imaps.fetchsize"))
              >= 1024 * 1024);
      assertEquals(
          "30000", config.getAdditionalJavaMailProperties().getProperty("mail.imaps.writetimeout"));
      assertEquals(Duration.ofSeconds(45).toMillis(), endpoint.getDelay());
      assertFalse(endpoint.getEndpointUri().contains("p&ss"), "no password in the URI");
    }
  }
}
