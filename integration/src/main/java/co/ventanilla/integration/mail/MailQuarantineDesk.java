package co.ventanilla.integration.mail;

import co.ventanilla.correspondence.IncomingMail;
import co.ventanilla.correspondence.MailOutcome;
import co.ventanilla.correspondence.MailQuarantine;
import co.ventanilla.correspondence.MailQuarantineService;
import co.ventanilla.correspondence.Mailbox;
import co.ventanilla.correspondence.QuarantineStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.List;

/**
 * The staff's view of the mail quarantine (for the screens): list it, download a mail, import it
 * again, discard it. Importing again needs the mailbox's translator, which lives here, next to the
 * routes: the stored raw MIME is translated exactly as a newly read mail and handed to {@link
 * MailQuarantineService#reimport}, which files it in one transaction and marks the quarantine
 * record.
 */
@ApplicationScoped
public class MailQuarantineDesk {

  @EJB MailQuarantineService quarantine;

  private MailIntakeSettings settings;

  public MailQuarantineDesk() {}

  /** For tests: the desk on given settings and service. */
  public MailQuarantineDesk(MailIntakeSettings settings, MailQuarantineService quarantine) {
    this.settings = settings;
    this.quarantine = quarantine;
  }

  public List<MailQuarantine> list(QuarantineStatus status, int first, int max) {
    return quarantine.list(status, first, max);
  }

  public long count(QuarantineStatus status) {
    return quarantine.count(status);
  }

  public byte[] raw(long id) {
    return quarantine.raw(id);
  }

  /**
   * Imports quarantined mail {@code id} again, as {@code actor}: it becomes a case or an entry as
   * if it had just arrived in its mailbox (with that mailbox's current settings).
   *
   * @throws MessagingException when the stored mail still cannot be read
   */
  public MailOutcome reimport(long id, String actor) throws MessagingException, IOException {
    MailQuarantine record = quarantine.get(id);
    MailIntakeSettings config = settings();
    Mailbox mailbox =
        config
            .mailbox(record.mailbox())
            .map(MailboxSettings::mailbox)
            .orElse(new Mailbox(record.mailbox(), null, null));
    IncomingMail mail =
        MailTranslator.translate(mailbox, quarantine.raw(id), config.maxSizeBytes());
    return quarantine.reimport(id, mail, actor);
  }

  /** Sets quarantined mail {@code id} aside for good, as {@code actor}, for {@code reason}. */
  public void discard(long id, String actor, String reason) {
    quarantine.discard(id, actor, reason);
  }

  private synchronized MailIntakeSettings settings() {
    if (settings == null) {
      settings = MailIntakeSettings.fromMicroProfileConfig();
    }
    return settings;
  }
}
