package co.ventanilla.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * SMTP settings from MicroProfile Config, with the Jakarta Mail property names so they mean what
 * their documentation says: {@code mail.smtp.host} (unset: mail is queued, not sent), {@code
 * mail.smtp.port}, {@code mail.smtp.auth}, {@code mail.smtp.starttls.enable}, {@code
 * mail.smtp.ssl.enable}, timeouts, plus {@code mail.smtp.user}, {@code mail.smtp.password} and
 * {@code mail.from} (the sender shown to petitioners). Environment variables override them ({@code
 * MAIL_SMTP_HOST}, {@code MAIL_FROM}, ...).
 */
@ApplicationScoped
public class MailSettings {

  /** Jakarta Mail properties passed through when set. */
  static final List<String> SESSION_KEYS =
      List.of(
          "mail.smtp.host",
          "mail.smtp.port",
          "mail.smtp.auth",
          "mail.smtp.starttls.enable",
          "mail.smtp.starttls.required",
          "mail.smtp.ssl.enable",
          "mail.smtp.ssl.trust",
          "mail.smtp.connectiontimeout",
          "mail.smtp.timeout",
          "mail.smtp.writetimeout",
          "mail.smtp.localhost");

  private final Config config;

  public MailSettings() {
    this(ConfigProvider.getConfig(MailSettings.class.getClassLoader()));
  }

  public MailSettings(Config config) {
    this.config = config;
  }

  /** Whether an SMTP server is configured. */
  public boolean enabled() {
    return value("mail.smtp.host").isPresent();
  }

  /** Properties for the Jakarta Mail session, with finite timeouts by default. */
  public Properties sessionProperties() {
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.connectiontimeout", "10000");
    p.setProperty("mail.smtp.timeout", "30000");
    p.setProperty("mail.smtp.writetimeout", "30000");
    for (String key : SESSION_KEYS) {
      value(key).ifPresent(v -> p.setProperty(key, v));
    }
    if (user().isPresent() && !p.containsKey("mail.smtp.auth")) {
      p.setProperty("mail.smtp.auth", "true");
    }
    return p;
  }

  public Optional<String> user() {
    return value("mail.smtp.user");
  }

  public Optional<String> password() {
    return value("mail.smtp.password");
  }

  /** {@code mail.from}, e.g. {@code "Servicio al cliente <pqrs@empresa.co>"}. */
  public String from() {
    return value("mail.from").orElse("Ventanilla <no-reply@localhost>");
  }

  private Optional<String> value(String key) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
  }
}
