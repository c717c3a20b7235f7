package co.ventanilla.intake;

import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.Radicado;
import co.ventanilla.cases.persistence.RadicadoCounter;
import co.ventanilla.config.ConfigKeys;
import co.ventanilla.terms.TermPolicy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a {@link Submission} from any channel into a case: checks it, gives it the next radicado
 * and its legal due date ({@link TermPolicy}), stores it with its first history entry, all in one
 * transaction. Either the case exists with its radicado or nothing was stored and no number was
 * used.
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

  /** Empty counts as missing in MicroProfile Config: no prefix. */
  @Inject
  @ConfigProperty(name = ConfigKeys.RADICADO_PREFIX)
  Optional<String> radicadoPrefix;

  /**
   * Files the submission as a new case.
   *
   * @throws InvalidSubmissionException with every problem, when it cannot be filed
   */
  public IntakeReceipt register(Submission submission) {
    List<SubmissionProblem> problems = SubmissionRules.check(submission);
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
    LocalDateTime receivedAt =
        submission.receivedAt() != null ? submission.receivedAt() : LocalDateTime.now(clock);
    Radicado radicado = radicados.next(radicadoPrefix.orElse(""), receivedAt.getYear());
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
            submission.agency(),
            submission.subject(),
            submission.description(),
            receivedAt,
            submission.sourceReference(),
            submission.actor() == null ? "sistema" : submission.actor());
    terms
        .dueDate(submission.type(), null, receivedAt.toLocalDate())
        .ifPresent(pqrsCase::setDueDate);
    cases.store(pqrsCase);
    LOG.info(
        () ->
            "Case registered: radicado "
                + radicado
                + ", type "
                + submission.type().code()
                + ", channel "
                + submission.channel());
    return new IntakeReceipt(
        pqrsCase.radicado(), pqrsCase.trackingCode(), receivedAt, pqrsCase.dueDate());
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
