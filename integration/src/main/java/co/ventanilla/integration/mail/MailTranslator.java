package co.ventanilla.integration.mail;

import co.ventanilla.correspondence.IncomingMail;
import co.ventanilla.correspondence.Mailbox;
import co.ventanilla.intake.SubmittedFile;
import co.ventanilla.intake.UploadPolicy;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Translates a mail, from its raw MIME, into the canonical {@link IncomingMail}: sender, subject,
 * date, text and files, decoded as people's mailers really write them (see {@link MailText}), and
 * whether a program wrote it ({@link AutomaticMailDetector}). Works on the raw bytes only, so a
 * mail read from the server and one read back from the quarantine translate the same.
 *
 * <p>The text is the {@code text/plain} part, or, when a mail only has HTML, the HTML reduced to
 * text; of a {@code multipart/alternative} only one version is read, but files are collected from
 * every version (a photo pasted into the HTML body is evidence too). Files are parts marked as
 * attachments, parts with a file name (RFC 2183; RFC 2231 and, as Outlook writes them, RFC 2047
 * names decoded), every non-text part, and attached mails (as {@code .eml}). Above the size limit
 * no file is extracted: the original, kept whole, has them.
 */
public final class MailTranslator {

  /** Parses only: nothing in these properties ever connects to a server. */
  private static final Session SESSION = Session.getInstance(new Properties());

  private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+");
  private static final int MAX_DEPTH = 20;

  private MailTranslator() {}

  /**
   * The mail in {@code raw}, read from {@code mailbox}.
   *
   * @param maxSizeBytes above it, files are not extracted; 0: no limit
   * @throws MessagingException when the MIME structure cannot be read at all
   */
  public static IncomingMail translate(Mailbox mailbox, byte[] raw, long maxSizeBytes)
      throws MessagingException, IOException {
    return translate(mailbox, raw, maxSizeBytes, null);
  }

  /**
   * The mail in {@code raw}, read from {@code mailbox}, which our mail server received at {@code
   * deliveredAt} (IMAP {@code INTERNALDATE}; {@code null} when it could not tell).
   *
   * @param maxSizeBytes above it, files are not extracted; 0: no limit
   * @throws MessagingException when the MIME structure cannot be read at all
   */
  public static IncomingMail translate(
      Mailbox mailbox, byte[] raw, long maxSizeBytes, Instant deliveredAt)
      throws MessagingException, IOException {
    MimeMessage mail = parse(raw);
    String messageId = MailText.header(mail, "Message-ID");
    InternetAddress from = from(mail);
    boolean oversized = maxSizeBytes > 0 && raw.length > maxSizeBytes;
    Content content = new Content(!oversized);
    content.walk(mail, true, 0);
    Instant sent = sentAt(mail);
    return new IncomingMail(
        mailbox,
        IncomingMail.sourceKey(mailbox.name(), messageId, raw),
        messageId,
        from == null ? null : from.getAddress(),
        from == null ? null : blankToNull(from.getPersonal()),
        recipients(mail),
        MailText.header(mail, "Subject"),
        content.text(),
        sent,
        content.files,
        raw,
        maxSizeBytes,
        AutomaticMailDetector.detect(mail),
        deliveredAt,
        IncomingMail.messageKey(
            messageId, from == null ? null : from.getAddress(), sharedContent(mail, raw)));
  }

  /**
   * The {@code Date} header as written by the sender, for the record only (it decides nothing):
   * {@code null} when missing, unreadable or outside the years 1900 to 9999 (year 0 and the like
   * are read by the lenient parser as real instants).
   */
  static Instant sentAt(MimeMessage mail) {
    try {
      Date sent = mail.getSentDate();
      if (sent == null) {
        return null;
      }
      Instant at = Instant.ofEpochMilli(sent.getTime());
      return at.isBefore(EARLIEST_DATE) || at.isAfter(LATEST_DATE) ? null : at;
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static final Instant EARLIEST_DATE = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant LATEST_DATE = Instant.parse("9999-12-31T00:00:00Z");

  /** The headers every copy of a mail shares, whichever of our mailboxes it reached. */
  private static final String[] SHARED_HEADERS = {"From", "To", "Cc", "Subject", "Date"};

  /**
   * What every copy of a mail shares, for its key when it has no Message-ID: the sender's headers
   * (not the ones each server adds: {@code Received}, {@code Delivered-To}, {@code Return-Path})
   * and the body exactly as sent.
   */
  static byte[] sharedContent(MimeMessage mail, byte[] raw) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length);
    for (String name : SHARED_HEADERS) {
      String value = rawHeader(mail, name);
      out.writeBytes(
          (name + ":" + (value == null ? "" : value.strip()) + "\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    int body = bodyStart(raw);
    out.write(raw, body, raw.length - body);
    return out.toByteArray();
  }

  /** Where the body starts: after the first empty line; the end when there is none. */
  static int bodyStart(byte[] raw) {
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '\n') {
        if (i + 1 < raw.length && raw[i + 1] == '\n') {
          return i + 2;
        }
        if (i + 2 < raw.length && raw[i + 1] == '\r' && raw[i + 2] == '\n') {
          return i + 3;
        }
      }
    }
    return raw.length;
  }

  /** The raw bytes as a MIME message, without copying them. */
  public static MimeMessage parse(byte[] raw) throws MessagingException {
    return new MimeMessage(SESSION, new SharedByteArrayInputStream(raw));
  }

  /**
   * What can be told of a mail that could not be translated, for the failure record: its key,
   * subject and sender, each as far as it can be read.
   */
  public static Facts facts(String mailbox, byte[] raw) {
    String messageId = null;
    String subject = null;
    String from = null;
    try {
      MimeMessage mail = parse(raw);
      messageId = MailText.header(mail, "Message-ID");
      subject = MailText.header(mail, "Subject");
      from = MailText.header(mail, "From");
    } catch (MessagingException | RuntimeException e) {
      // the key falls back to the hash of the raw mail
    }
    return new Facts(IncomingMail.sourceKey(mailbox, messageId, raw), subject, from);
  }

  /** See {@link #facts}. */
  public record Facts(String sourceKey, String subject, String from) {}

  /**
   * The sender from {@code From} (RFC 5322 §3.6.2): its first address, display name decoded. A
   * header the strict parser refuses still gives the first thing that looks like an address.
   */
  static InternetAddress from(MimeMessage mail) {
    String header = rawHeader(mail, "From");
    if (header == null) {
      return null;
    }
    String value = MailText.eightBit(MailText.unfold(header));
    try {
      InternetAddress[] addresses = InternetAddress.parseHeader(value, false);
      for (InternetAddress address : addresses) {
        if (address.getAddress() != null && address.getAddress().contains("@")) {
          return address;
        }
      }
    } catch (AddressException e) {
      // fall through to the lenient reading
    }
    Matcher m = ADDRESS.matcher(value);
    if (m.find()) {
      try {
        return new InternetAddress(m.group(), null, "UTF-8");
      } catch (IOException e) {
        return null;
      }
    }
    return null;
  }

  private static String recipients(MimeMessage mail) {
    List<String> all = new ArrayList<>();
    for (String name : new String[] {"To", "Cc"}) {
      String header = rawHeader(mail, name);
      if (header == null) {
        continue;
      }
      String value = MailText.eightBit(MailText.unfold(header));
      try {
        for (Address a : InternetAddress.parseHeader(value, false)) {
          all.add(((InternetAddress) a).toUnicodeString());
        }
      } catch (AddressException e) {
        all.add(MailText.decodeWords(value));
      }
    }
    return all.isEmpty() ? null : String.join(", ", all);
  }

  private static String rawHeader(MimeMessage mail, String name) {
    try {
      return mail.getHeader(name, ",");
    } catch (MessagingException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Text and files collected from a mail's parts. */
  private static final class Content {
    private final boolean withFiles;
    private final List<String> texts = new ArrayList<>();
    private final List<SubmittedFile> files = new ArrayList<>();

    Content(boolean withFiles) {
      this.withFiles = withFiles;
    }

    String text() {
      return MailText.tidy(String.join("\n\n", texts));
    }

    void walk(Part part, boolean readText, int depth) throws MessagingException, IOException {
      if (depth > MAX_DEPTH) {
        return;
      }
      String type = MailText.baseType(part);
      if (type.startsWith("multipart/")) {
        Multipart multipart;
        try {
          multipart = (Multipart) part.getContent();
          multipart.getCount(); // parses it
        } catch (MessagingException | ClassCastException e) {
          // A broken structure (no boundary found): its bytes as text, the original keeps the rest.
          if (readText) {
            texts.add(MailText.decode(bytes(part), null));
          }
          return;
        }
        int chosen = type.equals("multipart/alternative") ? alternative(multipart) : -1;
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          walk(child, readText && (chosen < 0 || chosen == i), depth + 1);
        }
        return;
      }
      boolean attachment = isAttachment(part);
      boolean body = !attachment && (type.equals("text/plain") || type.equals("text/html"));
      if (body && readText) {
        texts.add(
            type.equals("text/plain")
                ? MailText.decode(bytes(part), MailText.charsetOf(part))
                : MailText.htmlToText(bytes(part), MailText.charsetOf(part)));
      } else if (!body) {
        file(part, type); // attachments, images, attached mails, text/calendar, ...
      }
      // else: the version of a multipart/alternative that is not read
    }

    /**
     * Which version of a {@code multipart/alternative} to read: the plain text when there is one
     * (what the sender wrote, without layout), else the last one (RFC 2046 §5.1.4: the richest).
     */
    private static int alternative(Multipart multipart) throws MessagingException {
      for (int i = 0; i < multipart.getCount(); i++) {
        if (MailText.baseType(multipart.getBodyPart(i)).equals("text/plain")) {
          return i;
        }
      }
      return multipart.getCount() - 1;
    }

    private static boolean isAttachment(Part part) throws MessagingException {
      String disposition;
      try {
        String header = rawDisposition(part);
        disposition = header == null ? null : new ContentDisposition(header).getDisposition();
      } catch (MessagingException e) {
        disposition = null;
      }
      return Part.ATTACHMENT.equalsIgnoreCase(disposition) || fileName(part) != null;
    }

    private static String rawDisposition(Part part) throws MessagingException {
      String[] values = part.getHeader("Content-Disposition");
      return values == null || values.length == 0 ? null : values[0];
    }

    private void file(Part part, String type) throws MessagingException, IOException {
      if (!withFiles) {
        return;
      }
      byte[] content = bytes(part);
      String name = fileName(part);
      if (name == null && type.equals("message/rfc822")) {
        name = "correo-adjunto-" + (files.size() + 1) + ".eml";
      }
      if (name == null) {
        name = "adjunto-" + (files.size() + 1) + extension(type);
      }
      String detected = UploadPolicy.detect(content, name);
      if (detected.equals("application/octet-stream") || detected.equals("text/plain")) {
        detected = type.equals("application/octet-stream") ? detected : type;
      }
      files.add(new SubmittedFile(name, detected, content));
    }

    /**
     * The part's content decoded; when its transfer encoding is unknown or broken (base64 with
     * garbage, an invented {@code Content-Transfer-Encoding}), its bytes as sent: a person can
     * still read most of it, and the original is kept whole anyway.
     */
    private static byte[] bytes(Part part) throws MessagingException, IOException {
      try (InputStream in = part.getInputStream()) {
        return in.readAllBytes();
      } catch (MessagingException | IOException | RuntimeException e) {
        InputStream raw =
            part instanceof MimeBodyPart body
                ? body.getRawInputStream()
                : part instanceof MimeMessage message ? message.getRawInputStream() : null;
        if (raw == null) {
          throw e;
        }
        try (raw) {
          return raw.readAllBytes();
        }
      }
    }
  }

  /**
   * A part's file name: {@code filename} of Content-Disposition or {@code name} of Content-Type,
   * RFC 2231 encoded ({@code filename*=UTF-8''evidencia_a%C3%B1o.pdf}) or, as Outlook and others
   * write it, an RFC 2047 encoded word; raw 8-bit names repaired. Only the last path segment is
   * kept, without control characters. {@code null} when the part has none.
   */
  static String fileName(Part part) {
    String name;
    try {
      name = part.getFileName();
    } catch (MessagingException e) {
      name = null;
    }
    if (name == null || name.isBlank()) {
      return null;
    }
    name = MailText.decodeWords(name);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}]", "").strip();
    if (name.length() > 255) {
      int dot = name.lastIndexOf('.');
      String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, 255 - ext.length()) + ext;
    }
    return name.isEmpty() ? null : name;
  }

  private static String extension(String type) {
    try {
      return MimeTypes.getDefaultMimeTypes().forName(type).getExtension();
    } catch (MimeTypeException e) {
      return "";
    }
  }
}
