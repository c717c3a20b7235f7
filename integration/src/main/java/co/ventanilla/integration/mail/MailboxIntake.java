package co.ventanilla.integration.mail;

import co.ventanilla.correspondence.FailureOutcome;
import co.ventanilla.correspondence.IncomingMail;
import co.ventanilla.correspondence.MailFailure;
import co.ventanilla.correspondence.MailIntakeService;
import co.ventanilla.correspondence.MailOutcome;
import co.ventanilla.intake.InvalidSubmissionException;
import co.ventanilla.platform.OperationsMetrics;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailConstants;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.support.DefaultMessage;

/**
 * The steps of one mailbox's route, in the order the route calls them: {@link #read} the mail whole
 * and translate it, (the EJB decides,) {@link #received} count the outcome; or, when any of that
 * failed, {@link #failed}: record the attempt and either leave the mail unread for the next poll
 * or, once it is quarantined, let it be flagged read and moved to the quarantine folder.
 *
 * <p>Camel's mail consumer flags a mail \Seen (and moves it) only after the route completed without
 * an exception ({@code peek=true}: reading the body does not set \Seen). So the flag follows the
 * database commit, never precedes it; a crash in between shows the mail again, and the unique
 * source key in the database makes that second reading a no-op.
 */
final class MailboxIntake {

  /** Exchange property: the raw MIME of the mail, once read. */
  static final String RAW = "ventanilla.mail.raw";

  /** Exchange property: the raw mail was read but could not be translated (a permanent failure). */
  static final String UNTRANSLATABLE = "ventanilla.mail.untranslatable";

  /**
   * Exchange property: the server's message, for its key by IMAP UID when its bytes cannot be had.
   */
  static final String ORIGINAL = "ventanilla.mail.original";

  private final MailboxSettings mailbox;
  private final MailIntakeSettings settings;
  private final MailIntakeService mailIntake;
  private final PollReport report;
  private final OperationsMetrics metrics;

  MailboxIntake(
      MailboxSettings mailbox,
      MailIntakeSettings settings,
      MailIntakeService mailIntake,
      OperationsMetrics metrics) {
    this.mailbox = mailbox;
    this.settings = settings;
    this.mailIntake = mailIntake;
    this.report = new PollReport(mailbox);
    this.metrics = metrics;
  }

  /**
   * Reads the mail's raw MIME from the server and translates it. The Camel message is replaced by a
   * plain one that carries only the translation: the consumer obeys the headers {@code delete},
   * {@code moveTo} and {@code copyTo} of the message when it commits, and a mail's own headers
   * (which anyone can write) must never reach it.
   */
  void read(Exchange exchange) throws Exception {
    jakarta.mail.Message mail = exchange.getIn(MailMessage.class).getOriginalMessage();
    exchange.setProperty(ORIGINAL, mail);
    byte[] raw = RawMail.read(mail);
    exchange.setProperty(RAW, raw);
    Instant deliveredAt = RawMail.deliveredAt(mail);
    DefaultMessage clean = new DefaultMessage(exchange);
    exchange.setIn(clean);
    try {
      clean.setBody(
          MailTranslator.translate(mailbox.mailbox(), raw, settings.maxSizeBytes(), deliveredAt));
    } catch (Exception e) {
      exchange.setProperty(UNTRANSLATABLE, true);
      throw e;
    }
  }

  /**
   * Hands the mail to the service. When two of our mailboxes read the same mail at the same instant
   * both try to claim it and the database lets one through; the other fails on the unique key and
   * is tried once more at once, when it finds the mail processed and notes its copy.
   */
  void receive(Exchange exchange) {
    IncomingMail mail = exchange.getIn().getBody(IncomingMail.class);
    MailOutcome outcome;
    try {
      outcome = mailIntake.receive(mail);
    } catch (RuntimeException e) {
      if (!uniqueKeyConflict(e)) {
        throw e;
      }
      outcome = mailIntake.receive(mail);
    }
    exchange.getIn().setBody(outcome);
  }

  static boolean uniqueKeyConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
        return true;
      }
      String message = t.getMessage();
      if (message != null && message.contains("Duplicate entry")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key of a mail by its place on the server ({@code mail:<mailbox>:uid:<UIDVALIDITY>:<UID>}),
   * for counting the attempts on a mail whose bytes the server will not give; {@code null} when the
   * server has no UIDs.
   */
  private String uidKey(jakarta.mail.Message mail) {
    try {
      if (mail.getFolder() instanceof UIDFolder folder) {
        return "mail:"
            + mailbox.name()
            + ":uid:"
            + folder.getUIDValidity()
            + ":"
            + folder.getUID(mail);
      }
    } catch (MessagingException | RuntimeException e) {
      // no key: such a mail is read again, as before
    }
    return null;
  }

  void received(Exchange exchange) {
    MailOutcome.Kind kind = exchange.getIn().getBody(MailOutcome.class).kind();
    report.count(kind);
    metrics.mailRead(
        mailbox.name(),
        switch (kind) {
          case CASE_CREATED -> "created";
          case ENTRY_APPENDED -> "threaded";
          case IGNORED -> "ignored";
          case DUPLICATE -> "duplicate";
        });
    report.endOfMail(exchange);
  }

  /**
   * The mail could not be processed. Without its raw MIME (the server failed while sending it)
   * nothing is counted: it stays unread and is read again. Otherwise the attempt is recorded; the
   * mail stays unread (the exception is thrown again, so the consumer rolls back) until the EJB
   * says it is quarantined, with its raw MIME stored: only then it is flagged read and moved.
   */
  void failed(Exchange exchange) throws Exception {
    Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    Exception cause = caught != null ? caught : new IllegalStateException("Mail not processed");
    byte[] raw = exchange.getProperty(RAW, byte[].class);
    jakarta.mail.Message original = exchange.getProperty(ORIGINAL, jakarta.mail.Message.class);
    String uidKey = raw == null && original != null ? uidKey(original) : null;
    try {
      if (raw == null && (uidKey == null || RawMail.serverTrouble(cause))) {
        // the server, not the mail: nothing is counted, the next poll reads it again
        report.failed();
        metrics.mailRead(mailbox.name(), "failed");
        throw cause;
      }
      MailFailure failure =
          raw == null
              ? new MailFailure(
                  mailbox.name(),
                  uidKey,
                  null,
                  null,
                  new byte[0],
                  "El servidor de correo no entrega este correo: " + describe(cause),
                  false)
              : failure(exchange, raw, cause);
      FailureOutcome outcome;
      try {
        outcome = mailIntake.recordFailure(failure, settings.maxAttempts());
      } catch (Exception recording) {
        cause.addSuppressed(recording);
        report.failed();
        metrics.mailRead(mailbox.name(), "failed");
        throw cause;
      }
      if (!outcome.quarantined()) {
        report.failed();
        metrics.mailRead(mailbox.name(), "failed");
        throw cause;
      }
      report.quarantined();
      metrics.mailRead(mailbox.name(), "quarantined");
      exchange.setIn(new DefaultMessage(exchange));
      if (mailbox.quarantineFolder() != null
          && !mailbox.quarantineFolder().equalsIgnoreCase(mailbox.folder())) {
        exchange.getIn().setHeader(MailConstants.MAIL_MOVE_TO, mailbox.quarantineFolder());
      }
    } finally {
      report.endOfMail(exchange);
    }
  }

  private MailFailure failure(Exchange exchange, byte[] raw, Exception cause) {
    IncomingMail translated = exchange.getIn().getBody(IncomingMail.class);
    String sourceKey;
    String subject;
    String from;
    if (translated != null) {
      sourceKey = translated.sourceKey();
      subject = translated.subject();
      from = translated.fromAddress();
    } else {
      MailTranslator.Facts facts = MailTranslator.facts(mailbox.name(), raw);
      sourceKey = facts.sourceKey();
      subject = facts.subject();
      from = facts.from();
    }
    // Trying again cannot help when the raw mail cannot be translated, or cannot be a valid
    // submission.
    boolean permanent =
        exchange.getProperty(UNTRANSLATABLE, false, Boolean.class) || invalid(cause) != null;
    return new MailFailure(
        mailbox.name(), sourceKey, subject, from, raw, describe(cause), permanent);
  }

  private static InvalidSubmissionException invalid(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidSubmissionException invalid) {
        return invalid;
      }
    }
    return null;
  }

  /** The error for staff: the submission's problems in Spanish, or the exception chain. */
  private static String describe(Exception cause) {
    InvalidSubmissionException invalid = invalid(cause);
    if (invalid != null) {
      Locale spanish = Locale.forLanguageTag("es-CO");
      return invalid.problems().stream()
          .map(p -> p.message(spanish))
          .collect(Collectors.joining(" "));
    }
    StringBuilder text = new StringBuilder();
    for (Throwable t = cause; t != null && text.length() < 3000; t = t.getCause()) {
      if (text.length() > 0) {
        text.append(" <- ");
      }
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    return text.toString();
  }
}
