package co.ventanilla.integration.mail;

import co.ventanilla.correspondence.IncomingMail;
import co.ventanilla.correspondence.MailOutcome;
import co.ventanilla.correspondence.MailQuarantine;
import co.ventanilla.correspondence.MailQuarantineService;
import co.ventanilla.correspondence.QuarantineStatus;
import co.ventanilla.correspondence.StandaloneCorrespondence;
import co.ventanilla.testing.JpaTestSupport;
import java.time.Clock;
import java.util.List;

/** The real {@link MailQuarantineService}, each call in a transaction of its own (see above). */
final class TransactionalQuarantine extends MailQuarantineService {

  private final Clock clock;
  private final String prefix;

  TransactionalQuarantine(Clock clock, String prefix) {
    this.clock = clock;
    this.prefix = prefix;
  }

  private MailQuarantineService on(jakarta.persistence.EntityManager em) {
    return StandaloneCorrespondence.quarantine(em, clock, prefix);
  }

  @Override
  public List<MailQuarantine> list(QuarantineStatus status, int first, int max) {
    return JpaTestSupport.read(em -> on(em).list(status, first, max));
  }

  @Override
  public long count(QuarantineStatus status) {
    return JpaTestSupport.read(em -> on(em).count(status));
  }

  @Override
  public MailQuarantine get(long id) {
    return JpaTestSupport.read(em -> on(em).get(id));
  }

  @Override
  public byte[] raw(long id) {
    return JpaTestSupport.read(em -> on(em).raw(id));
  }

  @Override
  public MailOutcome reimport(long id, IncomingMail mail, String actor) {
    return JpaTestSupport.inTransaction(em -> on(em).reimport(id, mail, actor));
  }

  @Override
  public void discard(long id, String actor, String reason) {
    JpaTestSupport.runInTransaction(em -> on(em).discard(id, actor, reason));
  }
}
