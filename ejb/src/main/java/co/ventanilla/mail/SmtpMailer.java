package co.ventanilla.mail;

import co.ventanilla.cases.outbox.OutboxMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

/**
 * Sends one outbox message over SMTP as UTF-8 text, with the headers that keep mail loops and
 * auto-reply storms away: {@code Auto-Submitted} (RFC 3834) on automatic mail, {@code
 * X-Auto-Response-Suppress: All} (so Exchange does not answer our acknowledgements) and {@code
 * X-Ventanilla-Radicado}, by which our own intake recognizes and ignores its mail.
 */
public class SmtpMailer {

  /** Header naming the case a mail is about; our IMAP intake ignores mail carrying it. */
  public static final String RADICADO_HEADER = "X-Ventanilla-Radicado";

  private final MailSettings settings;

  public SmtpMailer(MailSettings settings) {
    this.settings = settings;
  }

  /**
   * The same Message-ID every time outbox message {@code m} is sent ({@code
   * <outbox-42.20260317100000000@empresa.example>}: its id and creation time, the domain of {@code
   * mail.from}): should a mail be sent twice (the process stopped after the SMTP server accepted it
   * and before it was marked sent), the recipient's mail program and our own mail intake see one
   * mail. {@code null} for a message without an id (not stored).
   */
  static String messageId(OutboxMessage m, String from) {
    if (m.id() == null) {
      return null;
    }
    String domain = "ventanilla.invalid";
    int at = from == null ? -1 : from.lastIndexOf('@');
    if (at >= 0) {
      String rest = from.substring(at + 1).replaceAll("[>\\s].*$", "");
      if (rest.matches("[A-Za-z0-9.-]+")) {
        domain = rest;
      }
    }
    // the creation time too: ids start again in a new database, and a recipient's mail program
    // that saw <outbox-42@...> before would hide a different mail with the same id
    String created =
        m.createdAt() == null
            ? ""
            : "."
                + m.createdAt()
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS"));
    return "<outbox-" + m.id() + created + "@" + domain + ">";
  }

  public void send(OutboxMessage m) throws MessagingException {
    send(m, List.of());
  }

  /** Sends {@code m}; with {@code files}, as multipart/mixed: the text, then each file. */
  public void send(OutboxMessage m, List<MailAttachment> files) throws MessagingException {
    Session session = Session.getInstance(settings.sessionProperties());
    String messageId = messageId(m, settings.from());
    MimeMessage mail =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
              super.updateMessageID();
            } else {
              setHeader("Message-ID", messageId);
            }
          }
        };
    mail.setFrom(new InternetAddress(settings.from(), true));
    mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.recipient(), true));
    mail.setSubject(m.subject(), StandardCharsets.UTF_8.name());
    if (files.isEmpty()) {
      mail.setText(m.body(), StandardCharsets.UTF_8.name());
    } else {
      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(m.body(), StandardCharsets.UTF_8.name());
      mixed.addBodyPart(text);
      for (MailAttachment f : files) {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(
            new jakarta.activation.DataHandler(new ByteArrayDataSource(f.bytes(), f.mediaType())));
        part.setFileName(f.fileName());
        mixed.addBodyPart(part);
      }
      mail.setContent(mixed);
    }
    mail.setSentDate(new Date());
    if (m.radicado() != null) {
      mail.setHeader(RADICADO_HEADER, m.radicado());
    }
    if (!OutboxMessage.WRITTEN_BY_STAFF.equals(m.autoSubmitted())) {
      mail.setHeader("Auto-Submitted", m.autoSubmitted());
      mail.setHeader("X-Auto-Response-Suppress", "All");
      mail.setHeader("Precedence", "auto_reply");
    }
    mail.saveChanges();
    if (settings.user().isPresent()) {
      Transport.send(mail, settings.user().get(), settings.password().orElse(""));
    } else {
      Transport.send(mail);
    }
  }
}
