package co.ventanilla.correspondence;

import java.util.Objects;

/**
 * A failed attempt to process a mail, as much as is known of it: its key and raw MIME always (a
 * mail whose source could not even be read is not counted, it is simply read again on the next
 * poll), its subject and sender when they could be decoded.
 *
 * @param permanent the cause cannot go away by trying again (the mail cannot become a valid
 *     submission): it is quarantined at once instead of after the configured attempts
 */
public record MailFailure(
    String mailbox,
    String sourceKey,
    String subject,
    String from,
    byte[] raw,
    String error,
    boolean permanent) {

  public MailFailure {
    Objects.requireNonNull(mailbox, "mailbox");
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(raw, "raw");
  }
}
