package co.ventanilla.correspondence;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.cases.outbox.JpaOutbox;
import co.ventanilla.cases.persistence.JpaCaseRepository;
import co.ventanilla.intake.IntakeRecords;
import co.ventanilla.intake.StandaloneIntake;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;

/**
 * The real mail-intake services wired by hand instead of by CDI and EJB, all on one entity manager,
 * so that a call runs inside the caller's (resource-local) transaction exactly as it runs inside
 * the container's: {@link co.ventanilla.testing.JpaTestSupport#inTransaction} around a call is the
 * container's one transaction per EJB call.
 */
public final class StandaloneCorrespondence {

  private StandaloneCorrespondence() {}

  /**
   * @param prefix the radicado prefix ({@code ventanilla.radicado.prefix}); {@code null} for none
   */
  public static MailIntakeService mailIntake(EntityManager em, Clock clock, String prefix) {
    MailIntakeService service = new MailIntakeService();
    service.intake = StandaloneIntake.on(em, clock, prefix);
    service.correspondence = correspondence(em, clock);
    service.cases = new JpaCaseRepository(em);
    service.intakeRecords = new IntakeRecords(em);
    service.messages = new CaseMessages(em);
    service.ledger = new MailLedger(em);
    service.contents = new ContentStore(em);
    service.outbox = new JpaOutbox(em);
    service.clock = clock;
    service.radicadoPrefix = Optional.ofNullable(prefix).filter(p -> !p.isEmpty());
    return service;
  }

  public static CorrespondenceService correspondence(EntityManager em, Clock clock) {
    CorrespondenceService service = new CorrespondenceService();
    service.cases = new JpaCaseRepository(em);
    service.messages = new CaseMessages(em);
    service.contents = new ContentStore(em);
    service.clock = clock;
    return service;
  }

  /** The staff side of the quarantine, around {@link #mailIntake}. */
  public static MailQuarantineService quarantine(EntityManager em, Clock clock, String prefix) {
    MailQuarantineService service = new MailQuarantineService();
    service.mailIntake = mailIntake(em, clock, prefix);
    service.ledger = new MailLedger(em);
    service.contents = new ContentStore(em);
    service.clock = clock;
    return service;
  }
}
