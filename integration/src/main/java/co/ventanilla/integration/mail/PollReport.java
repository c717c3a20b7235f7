package co.ventanilla.integration.mail;

import co.ventanilla.correspondence.MailOutcome;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;

/**
 * What one poll of a mailbox did, written as one log line when its last mail is done (and nothing
 * when the poll found no mail): what an operator needs to see that mail flows, and what did not.
 */
final class PollReport {

  private static final Logger LOG = Logger.getLogger(PollReport.class.getName());

  private final MailboxSettings mailbox;
  private int created;
  private int appended;
  private int ignored;
  private int duplicates;
  private int quarantined;
  private int failed;

  PollReport(MailboxSettings mailbox) {
    this.mailbox = mailbox;
  }

  synchronized void count(MailOutcome.Kind kind) {
    switch (kind) {
      case CASE_CREATED -> created++;
      case ENTRY_APPENDED -> appended++;
      case IGNORED -> ignored++;
      case DUPLICATE -> duplicates++;
    }
  }

  synchronized void quarantined() {
    quarantined++;
  }

  /** Failed and left unread for the next poll. */
  synchronized void failed() {
    failed++;
  }

  /** Logs and starts over when {@code exchange} is the last mail of its poll. */
  synchronized void endOfMail(Exchange exchange) {
    if (!exchange.getProperty(ExchangePropertyKey.BATCH_COMPLETE, false, Boolean.class)) {
      return;
    }
    String line =
        "Mailbox "
            + mailbox.name()
            + " polled ("
            + mailbox.describe()
            + "): "
            + created
            + " cases created, "
            + appended
            + " entries appended, "
            + ignored
            + " automatic mails ignored, "
            + quarantined
            + " quarantined, "
            + failed
            + " failed (left unread, tried again next poll), "
            + duplicates
            + " already processed";
    if (failed > 0 || quarantined > 0) {
      LOG.warning(line);
    } else {
      LOG.info(line);
    }
    created = appended = ignored = duplicates = quarantined = failed = 0;
  }
}
