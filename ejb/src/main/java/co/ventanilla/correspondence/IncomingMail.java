package co.ventanilla.correspondence;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.intake.SubmittedFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One mail as read from a mailbox, already decoded (charsets, RFC 2047 headers, RFC 2231 file
 * names, HTML reduced to text): the canonical record every mailbox produces and {@link
 * MailIntakeService} decides on. The raw MIME always travels with it, so the original is kept
 * whatever the decision.
 *
 * @param mailbox where it arrived
 * @param sourceKey what makes it unique: {@link #sourceKey(String, String, byte[])}
 * @param messageId its {@code Message-ID} (RFC 5322 §3.6.4), or {@code null}
 * @param fromAddress the sender's address from {@code From}, or {@code null} when it has none
 * @param fromName the sender's display name, or {@code null}
 * @param to the recipients as written ({@code To} and {@code Cc}), for the record
 * @param subject the decoded subject, or {@code null} when it has none
 * @param text the body as plain text (the text part, or the HTML part reduced to text)
 * @param sentAt the {@code Date} header, or {@code null} when missing or unreadable
 * @param attachments its files; empty when the mail is {@link #oversized()}
 * @param raw the mail exactly as the server holds it ({@code message/rfc822})
 * @param maxSizeBytes the size above which its attachments are not extracted; 0: no limit
 * @param automatic why a program wrote it, or {@code null} when a person did
 * @param deliveredAt when the mail server received it (IMAP {@code INTERNALDATE}), or {@code null}
 *     when the server could not tell; unlike {@code sentAt}, written by our own server
 * @param messageKey what makes the mail unique across all our mailboxes, so that one mail sent to
 *     two of them (To: servicio, Cc: a sede) is one case: {@link #messageKey(String, String,
 *     byte[])}
 */
public record IncomingMail(
    Mailbox mailbox,
    String sourceKey,
    String messageId,
    String fromAddress,
    String fromName,
    String to,
    String subject,
    String text,
    Instant sentAt,
    List<SubmittedFile> attachments,
    byte[] raw,
    long maxSizeBytes,
    AutomaticReason automatic,
    Instant deliveredAt,
    String messageKey) {

  /** Longest source key the database keeps ({@code intake_record.source_key}). */
  public static final int SOURCE_KEY_MAX = 500;

  public IncomingMail {
    Objects.requireNonNull(mailbox, "mailbox");
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(raw, "raw");
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    text = text == null ? "" : text;
    if (messageKey == null) {
      messageKey = messageKey(messageId, fromAddress, raw);
    }
  }

  /** A mail without a delivery date; its message key from its Message-ID or its bytes. */
  public IncomingMail(
      Mailbox mailbox,
      String sourceKey,
      String messageId,
      String fromAddress,
      String fromName,
      String to,
      String subject,
      String text,
      Instant sentAt,
      List<SubmittedFile> attachments,
      byte[] raw,
      long maxSizeBytes,
      AutomaticReason automatic) {
    this(
        mailbox,
        sourceKey,
        messageId,
        fromAddress,
        fromName,
        to,
        subject,
        text,
        sentAt,
        attachments,
        raw,
        maxSizeBytes,
        automatic,
        null,
        null);
  }

  /**
   * The key of a mail across every mailbox: {@code mid:<SHA-256 of Message-ID and sender>} (the
   * sender too, so that a stranger reusing someone's Message-ID does not make their mail vanish),
   * or, without a Message-ID, {@code body:<SHA-256 of content>} where the content is what every
   * copy of the mail shares (the translator passes the bytes without the headers each server adds;
   * {@code Received}, {@code Delivered-To}, {@code Return-Path} differ per mailbox). 69 characters
   * at most.
   */
  public static String messageKey(String messageId, String fromAddress, byte[] content) {
    String id = messageId == null ? "" : messageId.replaceAll("\\s+", "");
    if (!id.isEmpty()) {
      String from = fromAddress == null ? "" : fromAddress.strip().toLowerCase(Locale.ROOT);
      return "mid:" + ContentStore.sha256((id + "\n" + from).getBytes(StandardCharsets.UTF_8));
    }
    return "body:" + ContentStore.sha256(content);
  }

  /**
   * The key that makes a mail unique in its mailbox: {@code mail:<mailbox>:<Message-ID>}, or, when
   * the mail has no Message-ID (or one too long to keep), {@code mail:<mailbox>:sha256:<hash of the
   * raw MIME>}. The same mail read twice (after a crash between the database commit and the \Seen
   * flag, or delivered again) has the same key, and the database accepts a key once.
   */
  public static String sourceKey(String mailbox, String messageId, byte[] raw) {
    String prefix = "mail:" + mailbox + ":";
    String id = messageId == null ? "" : messageId.replaceAll("\\s+", "");
    if (!id.isEmpty() && prefix.length() + id.length() <= SOURCE_KEY_MAX) {
      return prefix + id;
    }
    return prefix + "sha256:" + ContentStore.sha256(raw);
  }

  /** This mail, received by our server at {@code at}. */
  public IncomingMail withDeliveredAt(Instant at) {
    return new IncomingMail(
        mailbox,
        sourceKey,
        messageId,
        fromAddress,
        fromName,
        to,
        subject,
        text,
        sentAt,
        attachments,
        raw,
        maxSizeBytes,
        automatic,
        at,
        messageKey);
  }

  /** Size of the raw mail in bytes. */
  public long size() {
    return raw.length;
  }

  /** Whether the mail is larger than the configured limit ({@code intake.mail.max-size-mb}). */
  public boolean oversized() {
    return maxSizeBytes > 0 && raw.length > maxSizeBytes;
  }

  /** Whether a program, not a person, wrote it. */
  public boolean isAutomatic() {
    return automatic != null;
  }
}
