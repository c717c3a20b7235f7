package co.ventanilla.integration.mail;

import co.ventanilla.cases.PqrsType;
import co.ventanilla.correspondence.Mailbox;
import java.time.Duration;
import java.util.Objects;

/**
 * One mailbox to read, from {@code intake.mail.<name>.*} (see {@link MailIntakeSettings}).
 *
 * @param scheme {@code imap} or {@code imaps}
 * @param pollInterval the pause between two polls
 * @param defaultType the type of its cases when the subject names none, or {@code null}
 * @param quarantineFolder the IMAP folder mails are moved to when quarantined; {@code null}: they
 *     stay where they were, flagged read
 */
public record MailboxSettings(
    String name,
    String scheme,
    String host,
    int port,
    String user,
    String password,
    String folder,
    Duration pollInterval,
    PqrsType defaultType,
    String agency,
    String quarantineFolder) {

  public MailboxSettings {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(pollInterval, "pollInterval");
  }

  /** What the mailbox's mail means by default, for the intake decision. */
  public Mailbox mailbox() {
    return new Mailbox(name, defaultType, agency);
  }

  /** The same mailbox polled every {@code interval} (tests poll faster than a second). */
  public MailboxSettings withPollInterval(Duration interval) {
    return new MailboxSettings(
        name,
        scheme,
        host,
        port,
        user,
        password,
        folder,
        interval,
        defaultType,
        agency,
        quarantineFolder);
  }

  /** For operators' logs: where and whose, never the password. */
  public String describe() {
    return scheme + "://" + host + ":" + port + " " + folder + " (" + user + ")";
  }

  @Override
  public String toString() {
    return "MailboxSettings[" + name + ", " + describe() + "]";
  }
}
