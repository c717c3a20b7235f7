package co.ventanilla.integration.mail;

import co.ventanilla.correspondence.FailureOutcome;
import co.ventanilla.correspondence.IncomingMail;
import co.ventanilla.correspondence.MailFailure;
import co.ventanilla.correspondence.MailIntakeService;
import co.ventanilla.correspondence.MailOutcome;
import co.ventanilla.intake.InvalidSubmissionException;
import co.ventanilla.platform.OperationsMetrics;
import java.io.ByteArrayOutputStream;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(mail.getSize(), 1024));
    mail.writeTo(out); // BODY.PEEK[]: does not set \Seen
    byte[] raw = out.toByteArray();
    exchange.setProperty(RAW, raw);
    DefaultMessage clean = new DefaultMessage(exchange);
    exchange.setIn(clean);
    try {
      clean.setBody(MailTranslator.translate(mailbox.mailbox(), raw, settings.maxSizeBytes()));
    } catch (Exception e) {
      exchange.setProperty(UNTRANSLATABLE, true);
      throw e;
    }
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
    try {
      if (raw == null) {
        report.failed();
        metrics.mailRead(mailbox.name(), "failed");
        throw cause;
      }
      FailureOutcome outcome;
      try {
        outcome = mailIntake.recordFailure(failure(exchange, raw, cause), settings.maxAttempts());
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
