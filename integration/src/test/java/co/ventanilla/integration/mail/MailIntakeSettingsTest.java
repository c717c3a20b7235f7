package co.ventanilla.integration.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.PqrsType;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mail intake's configuration keys, their defaults and the errors that stop the start. */
class MailIntakeSettingsTest {

  private static MailIntakeSettings settings(Map<String, String> values) {
    return MailIntakeSettings.from(key -> Optional.ofNullable(values.get(key)));
  }

  private static Map<String, String> servicio() {
    Map<String, String> values = new HashMap<>();
    values.put("intake.mail.mailboxes", "servicio");
    values.put("intake.mail.servicio.url", "imaps://mail.empresa.co");
    values.put("intake.mail.servicio.user", "servicio@empresa.co");
    values.put("intake.mail.servicio.password", "s3cr(e)t");
    return values;
  }

  @Test
  void noMailboxesMeansNoMailAndNoError() {
    assertTrue(settings(Map.of()).mailboxes().isEmpty());
    assertTrue(settings(Map.of("intake.mail.mailboxes", " , ")).mailboxes().isEmpty());
  }

  @Test
  void aMailboxGetsItsDefaults() {
    MailIntakeSettings s = settings(servicio());

    MailboxSettings box = s.mailboxes().get(0);
    assertEquals("servicio", box.name());
    assertEquals("imaps", box.scheme());
    assertEquals("mail.empresa.co", box.host());
    assertEquals(993, box.port());
    assertEquals("INBOX", box.folder());
    assertEquals(Duration.ofSeconds(60), box.pollInterval());
    assertEquals("Cuarentena", box.quarantineFolder());
    assertNull(box.defaultType());
    assertEquals(3, s.maxAttempts());
    assertEquals(25L * 1024 * 1024, s.maxSizeBytes());
    assertFalse(box.toString().contains("s3cr"), "the password never reaches a log");
  }

  @Test
  void everyKeyIsRead() {
    Map<String, String> values = servicio();
    values.put("intake.mail.mailboxes", "servicio, denuncias");
    values.put("intake.mail.denuncias.url", "imap://127.0.0.1:3143");
    values.put("intake.mail.denuncias.user", "denuncias");
    values.put("intake.mail.denuncias.password", "x");
    values.put("intake.mail.denuncias.folder", "Bandeja de entrada");
    values.put("intake.mail.denuncias.poll-seconds", "15");
    values.put("intake.mail.denuncias.default-type", "denuncia");
    values.put("intake.mail.denuncias.agency", "Sede Norte");
    values.put("intake.mail.denuncias.quarantine-folder", "Revisar");
    values.put("intake.mail.max-attempts", "5");
    values.put("intake.mail.max-size-mb", "10");

    MailIntakeSettings s = settings(values);

    MailboxSettings box = s.mailbox("denuncias").orElseThrow();
    assertEquals(2, s.mailboxes().size());
    assertEquals("imap", box.scheme());
    assertEquals(3143, box.port());
    assertEquals("Bandeja de entrada", box.folder());
    assertEquals(Duration.ofSeconds(15), box.pollInterval());
    assertEquals(PqrsType.DENUNCIA, box.defaultType());
    assertTrue(box.mailbox().protectsCases());
    assertEquals("Sede Norte", box.agency());
    assertEquals("Revisar", box.quarantineFolder());
    assertEquals(5, s.maxAttempts());
    assertEquals(10L * 1024 * 1024, s.maxSizeBytes());
  }

  @Test
  void aWrongOrMissingSettingStopsTheStartNamingTheKey() {
    Map<String, String> noUrl = servicio();
    noUrl.remove("intake.mail.servicio.url");
    Map<String, String> pop = servicio();
    pop.put("intake.mail.servicio.url", "pop3://mail.empresa.co");
    Map<String, String> type = servicio();
    type.put("intake.mail.servicio.default-type", "reclamacion");
    Map<String, String> poll = servicio();
    poll.put("intake.mail.servicio.poll-seconds", "0");
    Map<String, String> name = servicio();
    name.put("intake.mail.mailboxes", "servicio al cliente");

    assertMessage(noUrl, "intake.mail.servicio.url: missing");
    assertMessage(pop, "intake.mail.servicio.url");
    assertMessage(type, "intake.mail.servicio.default-type");
    assertMessage(poll, "intake.mail.servicio.poll-seconds");
    assertMessage(name, "intake.mail.mailboxes");
  }

  private static void assertMessage(Map<String, String> values, String expected) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> settings(values));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
