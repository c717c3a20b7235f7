package co.ventanilla.integration.mail;

import co.ventanilla.cases.PqrsType;
import co.ventanilla.intake.SubmissionRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The mail intake's configuration, from MicroProfile Config, so that environment variables alone
 * suffice (upper case, dots and dashes as underscores: {@code INTAKE_MAIL_SERVICIO_URL}). These
 * keys are public contract:
 *
 * <ul>
 *   <li>{@code intake.mail.mailboxes}: the names of the mailboxes, comma-separated ({@code
 *       servicio,denuncias}); none: no mail is read, and that is not an error.
 *   <li>per mailbox {@code intake.mail.<name>.}{@code url} ({@code imap://host:port} or {@code
 *       imaps://host:port}; required), {@code user} (required), {@code password} (required), {@code
 *       folder} (default {@code INBOX}), {@code poll-seconds} (default 60), {@code default-type} (a
 *       PQRS type code; {@code denuncia} for the whistle-blower box, which also makes its cases
 *       protected), {@code agency}, {@code quarantine-folder} (default {@code Cuarentena}: created
 *       when missing; if the server refuses, a quarantined mail stays where it was, flagged read).
 *   <li>{@code intake.mail.max-attempts} (default 3): failed attempts before a mail is quarantined.
 *   <li>{@code intake.mail.max-size-mb} (default 25): above it, a mail is filed with its original
 *       whole but its attachments are not extracted.
 * </ul>
 *
 * <p>A mailbox named in the list with a missing or wrong setting stops the start with a message
 * naming the key: a mailbox silently not read would lose the petitions sent to it.
 */
public record MailIntakeSettings(
    List<MailboxSettings> mailboxes, int maxAttempts, long maxSizeBytes) {

  public static final String PREFIX = "intake.mail.";
  public static final String MAILBOXES = co.ventanilla.config.ConfigKeys.MAIL_MAILBOXES;
  public static final String MAX_ATTEMPTS = co.ventanilla.config.ConfigKeys.MAIL_MAX_ATTEMPTS;
  public static final String MAX_SIZE_MB = co.ventanilla.config.ConfigKeys.MAIL_MAX_SIZE_MB;

  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final int DEFAULT_MAX_SIZE_MB = 25;
  public static final int DEFAULT_POLL_SECONDS = 60;
  public static final String DEFAULT_FOLDER = "INBOX";
  public static final String DEFAULT_QUARANTINE_FOLDER = "Cuarentena";

  /** Names become part of keys, routes and environment variables: keep them plain. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  public MailIntakeSettings {
    mailboxes = List.copyOf(mailboxes);
  }

  /** The key of setting {@code setting} of mailbox {@code name}: {@code intake.mail.<name>.url}. */
  public static String key(String name, String setting) {
    return PREFIX + name + "." + setting;
  }

  /** From the application's MicroProfile Config. */
  public static MailIntakeSettings fromMicroProfileConfig() {
    Config config = ConfigProvider.getConfig();
    return from(key -> config.getOptionalValue(key, String.class));
  }

  /**
   * From any source of settings (a map in tests).
   *
   * @throws IllegalArgumentException naming the key, when a setting is missing or wrong
   */
  public static MailIntakeSettings from(Function<String, Optional<String>> config) {
    Function<String, Optional<String>> source =
        key -> config.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    List<MailboxSettings> mailboxes = new ArrayList<>();
    for (String name : names(source.apply(MAILBOXES).orElse(""))) {
      mailboxes.add(mailbox(name, source));
    }
    int maxAttempts = positive(source, MAX_ATTEMPTS, DEFAULT_MAX_ATTEMPTS);
    long maxSizeBytes = positive(source, MAX_SIZE_MB, DEFAULT_MAX_SIZE_MB) * 1024L * 1024L;
    return new MailIntakeSettings(mailboxes, maxAttempts, maxSizeBytes);
  }

  /** The settings of mailbox {@code name}, when it is configured. */
  public Optional<MailboxSettings> mailbox(String name) {
    return mailboxes.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  private static Set<String> names(String list) {
    Set<String> names = new LinkedHashSet<>();
    for (String raw : list.split(",")) {
      String name = raw.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (!NAME.matcher(name).matches()) {
        throw wrong(MAILBOXES, "mailbox names are letters, digits, '-' and '_': " + name);
      }
      if (!names.add(name)) {
        throw wrong(MAILBOXES, "mailbox " + name + " is named twice");
      }
    }
    return names;
  }

  private static MailboxSettings mailbox(String name, Function<String, Optional<String>> source) {
    String urlKey = key(name, "url");
    URI url = parseUrl(urlKey, required(source, urlKey));
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort() > 0 ? url.getPort() : "imaps".equals(scheme) ? 993 : 143;
    String typeKey = key(name, "default-type");
    PqrsType defaultType =
        source
            .apply(typeKey)
            .map(
                code ->
                    PqrsType.parse(code)
                        .orElseThrow(
                            () ->
                                wrong(
                                    typeKey,
                                    "unknown type "
                                        + code
                                        + "; one of "
                                        + SubmissionRules.typeCodes())))
            .orElse(null);
    return new MailboxSettings(
        name,
        scheme,
        url.getHost(),
        port,
        required(source, key(name, "user")),
        required(source, key(name, "password")),
        source.apply(key(name, "folder")).orElse(DEFAULT_FOLDER),
        Duration.ofSeconds(positive(source, key(name, "poll-seconds"), DEFAULT_POLL_SECONDS)),
        defaultType,
        source.apply(key(name, "agency")).orElse(null),
        source.apply(key(name, "quarantine-folder")).orElse(DEFAULT_QUARANTINE_FOLDER));
  }

  /** {@code imap://host:port} or {@code imaps://host:port}; nothing else (no user, path, query). */
  private static URI parseUrl(String key, String value) {
    URI url;
    try {
      url = new URI(value);
    } catch (URISyntaxException e) {
      throw wrong(key, "not a URL: " + value);
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("imap") && !scheme.equals("imaps")) {
      throw wrong(key, "expected imap://host:port or imaps://host:port, got " + value);
    }
    if (url.getHost() == null
        || url.getUserInfo() != null
        || url.getQuery() != null
        || (url.getPath() != null && !url.getPath().isEmpty() && !url.getPath().equals("/"))) {
      throw wrong(
          key,
          "expected imap://host:port or imaps://host:port (user, password and folder have keys"
              + " of their own), got "
              + value);
    }
    return url;
  }

  private static String required(Function<String, Optional<String>> source, String key) {
    return source.apply(key).orElseThrow(() -> wrong(key, "missing"));
  }

  private static int positive(Function<String, Optional<String>> source, String key, int dflt) {
    Optional<String> value = source.apply(key);
    if (value.isEmpty()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(value.get());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw wrong(key, "expected a whole number above 0, got " + value.get());
  }

  private static IllegalArgumentException wrong(String key, String problem) {
    return new IllegalArgumentException("Mail intake setting " + key + ": " + problem);
  }
}
