package co.ventanilla.mail;

import co.ventanilla.cases.outbox.OutboxMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

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

  public void send(OutboxMessage m) throws MessagingException {
    Session session = Session.getInstance(settings.sessionProperties());
    MimeMessage mail = new MimeMessage(session);
    mail.setFrom(new InternetAddress(settings.from(), true));
    mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.recipient(), true));
    mail.setSubject(m.subject(), StandardCharsets.UTF_8.name());
    mail.setText(m.body(), StandardCharsets.UTF_8.name());
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
