package co.ventanilla.intake;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.attachments.StoredContent;
import co.ventanilla.cases.CaseMember;
import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.CaseTexts;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.Radicado;
import co.ventanilla.cases.outbox.Outbox;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.cases.persistence.RadicadoCounter;
import co.ventanilla.config.ConfigKeys;
import co.ventanilla.organization.AgencyDirectory;
import co.ventanilla.platform.AfterCommit;
import co.ventanilla.platform.OperationsMetrics;
import co.ventanilla.staff.StaffRoster;
import co.ventanilla.terms.TermLaw;
import co.ventanilla.terms.TermPolicy;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a {@link Submission} from any channel into a case: checks it, gives it the next radicado
 * and its legal due date ({@link TermPolicy}), stores it with its first history entry, all in one
 * transaction. Either the case exists with its radicado or nothing was stored and no number was
 * used.
 *
 * <p>A denuncia, and any submission its channel marks protected (the whistle-blower mailbox), is
 * filed protected: only the people named on it see it, and the officers who receive protected cases
 * are named at once (seed 002 §4 activity 2; Ley 1581 de 2012).
 */
@Stateless
public class IntakeService {

  private static final Logger LOG = Logger.getLogger(IntakeService.class.getName());
  private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CaseRepository cases;
  @Inject RadicadoCounter radicados;
  @Inject Clock clock;
  @Inject TermPolicy terms;
  @Inject IntakeRecords records;
  @Inject Outbox outbox;
  @Inject StaffRoster staff;
  @Inject AgencyDirectory agencies;
  @Resource TransactionSynchronizationRegistry transactions;
  @Inject OperationsMetrics metrics = OperationsMetrics.unattached();

  /** Base of the links in acknowledgements, e.g. {@code https://pqrs.empresa.co/}. */
  @Inject
  @ConfigProperty(name = ConfigKeys.PUBLIC_URL)
  Optional<String> publicUrl;

  @Inject ContentStore contents;

  /** Empty counts as missing in MicroProfile Config: no prefix. */
  @Inject
  @ConfigProperty(name = ConfigKeys.RADICADO_PREFIX)
  Optional<String> radicadoPrefix;

  /**
   * Files the submission as a new case, with its attachments and original. A submission whose
   * source key was already filed files nothing and gets the first filing's receipt, marked {@link
   * IntakeReceipt#alreadyFiled()}.
   *
   * @throws InvalidSubmissionException with every problem, when it cannot be filed
   */
  public IntakeReceipt register(Submission submission) {
    List<SubmissionProblem> problems = SubmissionRules.check(submission);
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
    if (submission.sourceKey() != null) {
      Optional<IntakeRecord> earlier = records.findBySourceKey(submission.sourceKey());
      if (earlier.isPresent()) {
        PqrsCase filed = earlier.get().pqrsCase();
        LOG.info(
            () ->
                "Already filed as "
                    + filed.radicado()
                    + ", nothing new: "
                    + submission.sourceKey());
        return new IntakeReceipt(
            filed.radicado(), filed.trackingCode(), filed.receivedAt(), filed.dueDate(), true);
      }
    }
    LocalDateTime receivedAt =
        (submission.receivedAt() != null ? submission.receivedAt() : LocalDateTime.now(clock))
            .truncatedTo(ChronoUnit.MILLIS); // what DATETIME(3) keeps
    Radicado radicado = radicados.next(radicadoPrefix.orElse(""), receivedAt.getYear());
    AgencyDirectory.Resolution agency = agencies.resolve(submission.agency());
    PqrsCase pqrsCase =
        PqrsCase.file(
            radicado,
            trackingCode(),
            submission.type(),
            submission.channel(),
            new Petitioner(
                submission.names(),
                submission.documentType(),
                submission.documentNumber(),
                submission.email(),
                submission.phone(),
                submission.address(),
                submission.anonymous()),
            agency.agency(),
            submission.subject(),
            submission.description(),
            receivedAt,
            submission.sourceReference(),
            submission.actor() == null ? "sistema" : submission.actor());
    if (agency.unconfirmed()) {
      pqrsCase.flagAgencyUnconfirmed();
    }
    if (submission.protectedCase() || submission.type() == PqrsType.DENUNCIA) {
      String actor = submission.actor() == null ? "sistema" : submission.actor();
      pqrsCase.markProtected(actor, receivedAt, null);
      for (String receiver : staff.receiversOfProtected()) {
        pqrsCase.name(receiver, CaseMember.Reason.RECEIVER, actor, receivedAt);
      }
    }
    terms
        .termDays(submission.type(), null)
        .ifPresent(days -> pqrsCase.startTerm(days, terms.calendar()));
    String actor = submission.actor() == null ? "sistema" : submission.actor();
    OutboxMessage completionRequest = null;
    if (incompleteReclamo(submission) && pqrsCase.dueDate() != null) {
      String request = CaseTexts.spanish("intake.reclamo_datos.incomplete");
      LocalDate deadline =
          pqrsCase.requestInformation(actor, receivedAt, request, terms.calendar());
      if (pqrsCase.petitioner().email() != null) {
        completionRequest =
            new OutboxMessage(
                pqrsCase.petitioner().email(),
                CaseTexts.spanish("mail.information.subject", pqrsCase.radicado()),
                CaseTexts.spanish(
                    "mail.information.body",
                    pqrsCase.radicado(),
                    request,
                    deadline,
                    TermLaw.of(pqrsCase.type()).completionBasis()),
                pqrsCase.radicado(),
                receivedAt,
                null);
      }
    }
    cases.store(pqrsCase);
    for (SubmittedFile file : submission.attachments()) {
      contents.attach(
          pqrsCase, file.fileName(), file.mediaType(), file.content(), receivedAt, actor);
    }
    StoredContent original =
        submission.original() == null
            ? null
            : contents.store(
                submission.original().mediaType(), submission.original().content(), receivedAt);
    Consent consent = submission.consent();
    if (consent != null && consent.policySha256() == null) {
      consent =
          records.policySha256(consent.policyVersion()).map(consent::withSha256).orElse(consent);
    }
    records.store(new IntakeRecord(pqrsCase, submission.sourceKey(), consent, original));
    acknowledge(pqrsCase);
    if (completionRequest != null) {
      outbox.enqueue(completionRequest);
    }
    String line =
        "Case registered: radicado "
            + radicado
            + ", type "
            + submission.type().code()
            + ", channel "
            + submission.channel()
            + (submission.attachments().isEmpty()
                ? ""
                : ", " + submission.attachments().size() + " attachments");
    String channel = submission.channel().name();
    String type = submission.type().code();
    AfterCommit.run(
        transactions,
        () -> {
          LOG.info(line);
          metrics.caseFiled(channel, type);
        });
    return new IntakeReceipt(
        pqrsCase.radicado(), pqrsCase.trackingCode(), receivedAt, pqrsCase.dueDate(), false);
  }

  /**
   * Queues the acknowledgement to the petitioner's email, in this transaction: radicado, type, due
   * date with its legal basis and the status link with the tracking code (DOMAIN.md: "Every
   * channel: a radicado, an acknowledgement"). Marked {@code Auto-Submitted: auto-replied} (RFC
   * 3834) so mail robots do not answer it.
   */
  private void acknowledge(PqrsCase c) {
    String email = c.petitioner().email();
    if (email == null) {
      return;
    }
    DateTimeFormatter date = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    CaseTexts.Key type = new CaseTexts.Key("type." + c.type().name());
    String term =
        c.dueDate() == null
            ? CaseTexts.spanish("mail.ack.noDue")
            : CaseTexts.spanish(
                "mail.ack.due",
                c.dueDate().format(date),
                c.termDays(),
                TermLaw.of(c.type()).termBasis());
    String base = publicUrl.orElse("http://localhost:8080/");
    String link =
        (base.endsWith("/") ? base : base + "/")
            + "consulta.xhtml?radicado="
            + c.radicado()
            + "&codigo="
            + c.trackingCode();
    outbox.enqueue(
        new OutboxMessage(
                email,
                CaseTexts.spanish("mail.ack.subject", c.radicado(), type),
                CaseTexts.spanish(
                    "mail.ack.body",
                    c.radicado(),
                    type,
                    c.receivedAt().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")),
                    c.subject(),
                    term,
                    link,
                    c.trackingCode()),
                c.radicado(),
                c.receivedAt(),
                null)
            .autoReplied());
  }

  /**
   * A reclamo de datos personales must carry "la identificación del Titular, la descripción de los
   * hechos que dan lugar al reclamo, la dirección" (Ley 1581 de 2012, art. 15). One without the
   * titular's identification (an anonymous one, or one without the document number) is filed all
   * the same and, at once, the petitioner is asked for what is missing: the term stops, and after
   * two months without it the reclamo is deemed withdrawn ({@link
   * co.ventanilla.terms.TermLaw#LEY_1581_RECLAMO}). The facts (description) and a way to answer are
   * required of every submission already ({@link SubmissionRules}).
   */
  static boolean incompleteReclamo(Submission s) {
    return s.type() == PqrsType.RECLAMO_DATOS
        && (s.anonymous() || s.documentNumber() == null || s.documentNumber().isBlank());
  }

  /** A code of 10 unambiguous characters that lets the petitioner follow the case. */
  static String trackingCode() {
    char[] code = new char[10];
    for (int i = 0; i < code.length; i++) {
      code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
    }
    return new String(code);
  }
}
