package co.ventanilla.correspondence;

import co.ventanilla.attachments.ContentStore;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;

/**
 * What staff do with mail that could not be processed (DOMAIN.md, intake channel 1: "a message that
 * cannot be processed is kept and shown to staff"): see the quarantine, download a mail as it came,
 * import it again once the cause is fixed, or discard it. Nothing is deleted: a discarded mail
 * keeps its record and its raw MIME, with who discarded it, when and why.
 */
@Stateless
public class MailQuarantineService {

  private static final Logger LOG = Logger.getLogger(MailQuarantineService.class.getName());

  /** Longest page a screen may ask for. */
  static final int MAX_PAGE = 500;

  @EJB MailIntakeService mailIntake;
  @Inject MailLedger ledger;
  @Inject ContentStore contents;
  @Inject Clock clock;

  /** One page of the quarantine in {@code status}, latest first. */
  public List<MailQuarantine> list(QuarantineStatus status, int first, int max) {
    return ledger.quarantine(status, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE));
  }

  public long count(QuarantineStatus status) {
    return ledger.countQuarantine(status);
  }

  /**
   * One quarantined mail.
   *
   * @throws MailQuarantineException when there is none with {@code id}
   */
  public MailQuarantine get(long id) {
    return find(id);
  }

  /** The quarantined mail exactly as it was read ({@code message/rfc822}). */
  public byte[] raw(long id) {
    return contents.read(find(id).raw());
  }

  /**
   * Runs the mail intake again on a quarantined mail, read again from its stored raw MIME by the
   * mailbox's translator ({@code mail}): it becomes a case, an entry, or is found to be automatic
   * or already processed, exactly as if it had just arrived. If it fails again nothing changes and
   * the mail stays pending.
   *
   * @throws MailQuarantineException when the mail is not pending
   * @throws co.ventanilla.intake.InvalidSubmissionException when it still cannot be filed
   */
  public MailOutcome reimport(long id, IncomingMail mail, String actor) {
    MailQuarantine quarantined = find(id);
    if (!quarantined.sourceKey().equals(mail.sourceKey())) {
      throw new IllegalArgumentException(
          "Mail " + mail.sourceKey() + " is not quarantined mail " + quarantined.sourceKey());
    }
    quarantined.reimported(actor, now());
    if (mail.deliveredAt() == null) {
      // received when it first reached us (and failed), not when staff import it again
      mail = mail.withDeliveredAt(quarantined.firstFailedAt().atZone(clock.getZone()).toInstant());
    }
    MailOutcome outcome = mailIntake.receive(mail);
    quarantined.imported(
        outcome.radicado(),
        CorrespondenceTexts.spanish(
            "quarantine.reimported." + outcome.kind().name().toLowerCase(java.util.Locale.ROOT),
            outcome.radicado() == null ? "" : outcome.radicado(),
            outcome.detail() == null ? "" : outcome.detail()));
    LOG.info(
        () ->
            "Quarantined mail "
                + id
                + " reimported by "
                + actor
                + ": "
                + outcome.kind()
                + (outcome.radicado() == null ? "" : " " + outcome.radicado()));
    return outcome;
  }

  /**
   * Sets a quarantined mail aside for good. The record and the raw mail stay.
   *
   * @throws MailQuarantineException when the mail is not pending or no actor is given
   */
  public void discard(long id, String actor, String reason) {
    find(id).discarded(actor, now(), reason);
    LOG.info(() -> "Quarantined mail " + id + " discarded by " + actor + ": " + reason);
  }

  private MailQuarantine find(long id) {
    return ledger
        .quarantine(id)
        .orElseThrow(() -> new MailQuarantineException("quarantine.unknown", String.valueOf(id)));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
