package co.ventanilla.correspondence;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.attachments.StoredContent;
import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.outbox.Outbox;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.config.ConfigKeys;
import co.ventanilla.intake.IntakeReceipt;
import co.ventanilla.intake.IntakeRecord;
import co.ventanilla.intake.IntakeRecords;
import co.ventanilla.intake.IntakeService;
import co.ventanilla.intake.InvalidSubmissionException;
import co.ventanilla.intake.Original;
import co.ventanilla.intake.Submission;
import co.ventanilla.intake.SubmissionProblem;
import co.ventanilla.intake.SubmissionRules;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides what a mail read from a mailbox becomes, in one transaction:
 *
 * <ol>
 *   <li>the same mail already processed (same source key: filed, appended, ignored or in
 *       quarantine) → nothing new ({@link MailOutcome.Kind#DUPLICATE}); this is what makes a mail
 *       count once even when the mailbox shows it again after a crash between the commit and the
 *       \Seen flag;
 *   <li>written by a program (auto-reply, bounce, list, our own mail; RFC 3834) → recorded as
 *       ignored, never a case;
 *   <li>quotes the radicado of an existing case, in the subject or the body → an entry of that
 *       case's correspondence ({@link CorrespondenceService});
 *   <li>otherwise → a new case ({@link IntakeService}): channel EMAIL, type from the first word of
 *       the subject when it names one ("Queja …"), else the mailbox's default, else petición (Ley
 *       1755 de 2015 art. 13: every request is a petition); protected when it comes to the
 *       whistle-blower box or is a denuncia.
 * </ol>
 *
 * <p>Any of these keeps the raw mail with the case or entry. A mail larger than the limit is still
 * filed, with its original whole but its attachments not extracted; the case says so and the sender
 * is told through the outbox.
 *
 * <p>When processing fails, the caller records the failure ({@link #recordFailure}) in a new
 * transaction; after the configured attempts the mail goes to the quarantine.
 */
@Stateless
public class MailIntakeService {

  private static final Logger LOG = Logger.getLogger(MailIntakeService.class.getName());

  private static final double MEGABYTE = 1024 * 1024;

  /** Older delivery dates are not believed: {@link #receivedAt}. */
  static final int MAX_DELIVERY_AGE_DAYS = 90;

  @EJB IntakeService intake;
  @EJB CorrespondenceService correspondence;
  @Inject CaseRepository cases;
  @Inject IntakeRecords intakeRecords;
  @Inject CaseMessages messages;
  @Inject MailLedger ledger;
  @Inject ContentStore contents;
  @Inject Outbox outbox;
  @Inject Clock clock;

  /** Empty counts as missing in MicroProfile Config: no prefix. */
  @Inject
  @ConfigProperty(name = ConfigKeys.RADICADO_PREFIX)
  Optional<String> radicadoPrefix;

  /**
   * Files {@code mail} as a new case or an entry of the case it quotes, or records it as ignored.
   *
   * @throws InvalidSubmissionException when the mail cannot be a valid submission (e.g. its sender
   *     address is not a valid address); nothing was stored
   */
  public MailOutcome receive(IncomingMail mail) {
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    Optional<MailOutcome> earlier = earlierOutcome(mail.sourceKey());
    if (earlier.isPresent()) {
      ledger.clearAttempts(mail.sourceKey());
      ledger.noteDelivery(
          new MailDelivery(mail.messageKey(), mail.mailbox().name(), mail.sourceKey(), now));
      LOG.fine(
          () -> "Mail already processed (" + earlier.get().detail() + "): " + mail.sourceKey());
      return earlier.get();
    }
    Optional<DistinctMail> elsewhere = ledger.distinct(mail.messageKey());
    if (elsewhere.isPresent()) {
      return copyOf(elsewhere.get(), mail, now);
    }
    DistinctMail claim =
        ledger.claim(
            new DistinctMail(mail.messageKey(), mail.mailbox().name(), mail.sourceKey(), now));
    ledger.noteDelivery(
        new MailDelivery(mail.messageKey(), mail.mailbox().name(), mail.sourceKey(), now));
    MailOutcome outcome = decide(mail, now);
    claim.decided(outcome);
    ledger.clearAttempts(mail.sourceKey());
    return outcome;
  }

  /**
   * The same mail, already processed from another of our mailboxes (sent to servicio and copied to
   * a sede): no second case or entry; the copy is noted on the mailbox and, when the mail became or
   * joined a case, in that case's history, so staff see it reached both.
   */
  private MailOutcome copyOf(DistinctMail first, IncomingMail mail, LocalDateTime now) {
    boolean firstCopyHere =
        ledger.noteDelivery(
            new MailDelivery(mail.messageKey(), mail.mailbox().name(), mail.sourceKey(), now));
    ledger.clearAttempts(mail.sourceKey());
    if (firstCopyHere && first.radicado() != null) {
      cases
          .findByRadicado(first.radicado())
          .ifPresent(
              c ->
                  c.addNote(
                      mail.mailbox().actor(),
                      now,
                      CorrespondenceTexts.spanish(
                          "mail.also_received", mail.mailbox().name(), first.mailbox())));
    }
    LOG.info(
        () ->
            "Mail "
                + mail.sourceKey()
                + " was already processed from mailbox "
                + first.mailbox()
                + " ("
                + first.outcome()
                + (first.radicado() == null ? "" : " " + first.radicado())
                + "): noted, not filed again");
    return new MailOutcome(
        MailOutcome.Kind.DUPLICATE, first.radicado(), "also received in " + first.mailbox());
  }

  private MailOutcome decide(IncomingMail mail, LocalDateTime now) {
    MailOutcome outcome;
    if (mail.isAutomatic()) {
      ledger.store(new IgnoredMail(mail, now));
      LOG.info(
          () ->
              "Automatic mail ignored ("
                  + mail.automatic()
                  + ") in mailbox "
                  + mail.mailbox().name()
                  + ": "
                  + mail.sourceKey());
      outcome = new MailOutcome(MailOutcome.Kind.IGNORED, null, mail.automatic().name());
    } else {
      LocalDateTime receivedAt = receivedAt(mail, now);
      Optional<PqrsCase> quoted = quotedCase(mail);
      if (quoted.isPresent()) {
        outcome = appendTo(quoted.get(), mail, receivedAt);
      } else {
        outcome = file(mail, receivedAt);
      }
      if (mail.oversized() && outcome.kind() != MailOutcome.Kind.DUPLICATE) {
        noticeOversized(mail, outcome.radicado(), now);
      }
    }
    return outcome;
  }

  /**
   * Counts a failed attempt to process a mail, in a transaction of its own. When the attempts reach
   * {@code maxAttempts} ({@code intake.mail.max-attempts}), or at once when the failure is
   * permanent, the raw mail goes to the quarantine and the answer says so: only then may the caller
   * let the mailbox mark it read. Before that the mail must stay unread so the next poll tries
   * again; a passing failure therefore never quarantines a mail before its attempts are spent.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public FailureOutcome recordFailure(MailFailure failure, int maxAttempts) {
    Optional<MailQuarantine> quarantined = ledger.quarantined(failure.sourceKey());
    if (quarantined.isPresent()) {
      return new FailureOutcome(quarantined.get().attempts(), true);
    }
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    MailAttempt attempt =
        ledger
            .attempts(failure.sourceKey())
            .orElseGet(
                () -> {
                  MailAttempt first = new MailAttempt(failure.sourceKey(), failure.mailbox(), now);
                  ledger.store(first);
                  return first;
                });
    int attempts = attempt.failed(now, failure.error());
    int limit = Math.max(1, maxAttempts);
    if (attempts < limit && !failure.permanent()) {
      LOG.warning(
          () ->
              "Mail "
                  + failure.sourceKey()
                  + " failed, attempt "
                  + attempts
                  + " of "
                  + limit
                  + "; it stays unread and is tried again on the next poll: "
                  + failure.error());
      return new FailureOutcome(attempts, false);
    }
    StoredContent raw = contents.store("message/rfc822", failure.raw(), now);
    ledger.store(new MailQuarantine(failure, raw, attempts, attempt.firstFailedAt(), now));
    ledger.clearAttempts(failure.sourceKey());
    LOG.warning(
        () ->
            "Mail quarantined after "
                + attempts
                + (failure.permanent() ? " attempt (cannot succeed)" : " attempts")
                + ": "
                + failure.sourceKey()
                + " of mailbox "
                + failure.mailbox()
                + ": "
                + failure.error());
    return new FailureOutcome(attempts, true);
  }

  /** How many mails of {@code mailbox} were ignored as automatic, by reason. */
  public Map<AutomaticReason, Long> ignoredCounts(String mailbox) {
    return ledger.ignoredByReason(mailbox);
  }

  private Optional<MailOutcome> earlierOutcome(String sourceKey) {
    Optional<IntakeRecord> filed = intakeRecords.findBySourceKey(sourceKey);
    if (filed.isPresent()) {
      return Optional.of(duplicate(filed.get().pqrsCase().radicado(), "filed"));
    }
    Optional<CaseMessage> appended = messages.findBySourceKey(sourceKey);
    if (appended.isPresent()) {
      return Optional.of(duplicate(appended.get().pqrsCase().radicado(), "appended"));
    }
    Optional<MailQuarantine> quarantined =
        ledger.quarantined(sourceKey).filter(q -> q.status() != QuarantineStatus.REIMPORTED);
    if (quarantined.isPresent()) {
      return Optional.of(duplicate(null, "quarantined " + quarantined.get().status()));
    }
    return ledger.ignored(sourceKey).map(i -> duplicate(null, "ignored " + i.reason()));
  }

  private static MailOutcome duplicate(String radicado, String what) {
    return new MailOutcome(MailOutcome.Kind.DUPLICATE, radicado, what);
  }

  /**
   * When the mail was received, in Colombian time, which starts its legal term (Ley 1755 de 2015
   * art. 14: the term runs from the reception of the petition): when our mail server received it
   * (IMAP {@code INTERNALDATE}), or now when the server did not tell, or tells a date in the future
   * or more than {@link #MAX_DELIVERY_AGE_DAYS} days old (a mailbox filled by a migration or a
   * restore, not a reception). The sender's {@code Date:} header never decides: anyone writes it
   * (1998, year 0, 9999 have been seen) and a radicado of 1998 cannot exist.
   */
  LocalDateTime receivedAt(IncomingMail mail, LocalDateTime now) {
    if (mail.deliveredAt() == null) {
      return now;
    }
    LocalDateTime delivered =
        LocalDateTime.ofInstant(mail.deliveredAt(), clock.getZone()).truncatedTo(ChronoUnit.MILLIS);
    if (delivered.isAfter(now) || delivered.isBefore(now.minusDays(MAX_DELIVERY_AGE_DAYS))) {
      return now;
    }
    return delivered;
  }

  /** The first radicado the mail quotes that is a case. */
  private Optional<PqrsCase> quotedCase(IncomingMail mail) {
    for (String candidate :
        RadicadoReferences.candidates(mail.subject(), mail.text(), radicadoPrefix.orElse(""))) {
      Optional<PqrsCase> found = cases.findByRadicado(candidate);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private MailOutcome appendTo(PqrsCase pqrsCase, IncomingMail mail, LocalDateTime receivedAt) {
    String text = mail.text().strip();
    if (mail.oversized()) {
      text = text + "\n\n" + oversizedNote(mail);
    }
    CorrespondenceReceipt receipt =
        correspondence.receive(
            pqrsCase.radicado(),
            new InboundMessage(
                mail.sourceKey(),
                sender(mail),
                mail.to(),
                mail.subject(),
                text,
                receivedAt,
                mail.oversized() ? List.of() : mail.attachments(),
                new Original("message/rfc822", mail.raw()),
                mail.mailbox().actor()));
    return receipt.alreadyReceived()
        ? duplicate(receipt.radicado(), "appended")
        : new MailOutcome(MailOutcome.Kind.ENTRY_APPENDED, receipt.radicado(), null);
  }

  private MailOutcome file(IncomingMail mail, LocalDateTime receivedAt) {
    Mailbox mailbox = mail.mailbox();
    PqrsType type = typeOf(mail.subject()).orElse(defaultType(mailbox));
    boolean anonymous = mail.fromAddress() == null;
    Submission.Builder submission =
        Submission.builder(Channel.EMAIL)
            .type(type)
            .names(anonymous ? null : cut(names(mail), SubmissionRules.NAMES_MAX))
            .email(mail.fromAddress())
            .anonymous(anonymous)
            .agency(mailbox.agency())
            .subject(cut(subjectOf(mail), SubmissionRules.SUBJECT_MAX))
            .description(description(mail))
            .receivedAt(receivedAt)
            .sourceReference(
                cut(
                    mail.messageId() == null
                        ? CorrespondenceTexts.spanish("mail.no_message_id", mailbox.name())
                        : "Message-ID " + mail.messageId(),
                    500))
            .actor(mailbox.actor())
            .sourceKey(mail.sourceKey())
            .protectedCase(mailbox.protectsCases() || type == PqrsType.DENUNCIA)
            .original(new Original("message/rfc822", mail.raw()));
    if (!mail.oversized()) {
      mail.attachments().forEach(submission::attach);
    }
    Submission s = submission.build();
    // Checked here, not only in the intake service: a refused submission must fail the whole
    // mail (and be counted), never half of a transaction.
    List<SubmissionProblem> problems = SubmissionRules.check(s);
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
    IntakeReceipt receipt = intake.register(s);
    return receipt.alreadyFiled()
        ? duplicate(receipt.radicado(), "filed")
        : new MailOutcome(MailOutcome.Kind.CASE_CREATED, receipt.radicado(), type.code());
  }

  /**
   * The type a subject names in its first word ("Queja por…", "Reclamo: …", "Felicitaciones"), as
   * {@link PqrsType#parse} reads it; single letters do not count.
   */
  static Optional<PqrsType> typeOf(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    Optional<PqrsType> personalData = personalDataRequest(subject);
    if (personalData.isPresent()) {
      return personalData;
    }
    String first = subject.strip().split("[\\s:;,.!¡¿?()\\[\\]-]+", 2)[0];
    return first.length() < 3 ? Optional.empty() : PqrsType.parse(first);
  }

  private static final java.util.regex.Pattern PERSONAL_DATA =
      java.util.regex.Pattern.compile(
          "datos personales|habeas data|h[aá]beas data|ley 1581|protecci[oó]n de datos",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  private static final java.util.regex.Pattern CLAIM_WORDS =
      java.util.regex.Pattern.compile(
          "reclam|supri|supresi|elimin|borr|rectific|actualiz|correg|correcci|revoc",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * A subject that speaks of personal data ("Habeas data: supresión de mis datos", "Consulta de
   * datos personales") is a request of Ley 1581 de 2012: a reclamo when it asks to correct, update,
   * delete or revoke (art. 15), otherwise a consulta (art. 14).
   */
  static Optional<PqrsType> personalDataRequest(String subject) {
    if (!PERSONAL_DATA.matcher(subject).find()) {
      return Optional.empty();
    }
    return Optional.of(
        CLAIM_WORDS.matcher(subject).find() ? PqrsType.RECLAMO_DATOS : PqrsType.CONSULTA_DATOS);
  }

  private static PqrsType defaultType(Mailbox mailbox) {
    return mailbox.defaultType() == null ? PqrsType.PETICION : mailbox.defaultType();
  }

  private static String names(IncomingMail mail) {
    return mail.fromName() == null || mail.fromName().isBlank()
        ? mail.fromAddress()
        : mail.fromName();
  }

  private static String sender(IncomingMail mail) {
    if (mail.fromAddress() == null) {
      return mail.fromName();
    }
    return mail.fromName() == null || mail.fromName().isBlank()
        ? mail.fromAddress()
        : mail.fromName() + " <" + mail.fromAddress() + ">";
  }

  private static String subjectOf(IncomingMail mail) {
    return mail.subject() == null || mail.subject().isBlank()
        ? CorrespondenceTexts.spanish("mail.no_subject")
        : mail.subject();
  }

  /** The body as the case's description, with the notes staff need, within the legal maximum. */
  private static String description(IncomingMail mail) {
    String text = mail.text().strip();
    if (text.isEmpty()) {
      text =
          CorrespondenceTexts.spanish(
              mail.attachments().isEmpty() && !mail.oversized()
                  ? "mail.no_text"
                  : "mail.no_text_see_attachments");
    }
    String note = mail.oversized() ? "\n\n" + oversizedNote(mail) : "";
    int room = SubmissionRules.DESCRIPTION_MAX - note.length();
    if (text.length() > room) {
      String cutNote =
          "\n\n"
              + CorrespondenceTexts.spanish("mail.text_truncated", String.valueOf(text.length()));
      text = text.substring(0, room - cutNote.length()) + cutNote;
    }
    return text + note;
  }

  private static String oversizedNote(IncomingMail mail) {
    return CorrespondenceTexts.spanish(
        "mail.oversized.note", megabytes(mail.size()), megabytes(mail.maxSizeBytes()));
  }

  /** Tells the sender their mail was filed without its attachments being extracted. */
  private void noticeOversized(IncomingMail mail, String radicado, LocalDateTime now) {
    outbox.enqueue(
        new OutboxMessage(
                mail.fromAddress(),
                CorrespondenceTexts.spanish("mail.oversized.subject", radicado),
                CorrespondenceTexts.spanish(
                    "mail.oversized.body",
                    radicado,
                    megabytes(mail.size()),
                    megabytes(mail.maxSizeBytes())),
                radicado,
                now,
                CorrespondenceTexts.spanish("mail.oversized.no_recipient"))
            .autoReplied());
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.forLanguageTag("es-CO"), "%.1f", bytes / MEGABYTE);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
