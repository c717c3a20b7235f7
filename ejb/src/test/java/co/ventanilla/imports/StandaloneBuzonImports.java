package co.ventanilla.imports;

import co.ventanilla.intake.StandaloneIntake;
import co.ventanilla.testing.JpaTestSupport;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The real {@link BuzonImportService} outside the container: every call runs in a transaction of
 * its own ({@link JpaTestSupport#inTransaction}) on a service wired by hand on that transaction's
 * entity manager, with the real intake service ({@link StandaloneIntake}). That is what {@code
 * REQUIRES_NEW} does in the container: a batch that fails rolls back alone.
 */
public final class StandaloneBuzonImports implements BuzonImports {

  private final Clock clock;
  private final String radicadoPrefix;

  public StandaloneBuzonImports(Clock clock, String radicadoPrefix) {
    this.clock = clock;
    this.radicadoPrefix = radicadoPrefix;
  }

  /** The service on {@code em}, for work inside a transaction the caller runs. */
  public static BuzonImportService on(EntityManager em, Clock clock, String radicadoPrefix) {
    BuzonImportService service = new BuzonImportService();
    service.em = em;
    service.clock = clock;
    service.intake = StandaloneIntake.on(em, clock, radicadoPrefix);
    return service;
  }

  private BuzonImportService service(EntityManager em) {
    return on(em, clock, radicadoPrefix);
  }

  @Override
  public BuzonImportSummary start(BuzonFile file) {
    return JpaTestSupport.inTransaction(em -> service(em).start(file));
  }

  @Override
  public BatchOutcome importBatch(long importId, List<BuzonRow> rows) {
    return JpaTestSupport.inTransaction(em -> service(em).importBatch(importId, rows));
  }

  @Override
  public void reject(long importId, List<RowReason> reasons, int rows) {
    JpaTestSupport.runInTransaction(em -> service(em).reject(importId, reasons, rows));
  }

  @Override
  public BuzonImportSummary finish(long importId) {
    return JpaTestSupport.inTransaction(em -> service(em).finish(importId));
  }

  @Override
  public void fail(long importId, String reason) {
    JpaTestSupport.runInTransaction(em -> service(em).fail(importId, reason));
  }

  @Override
  public Optional<BuzonImportSummary> find(long importId) {
    return JpaTestSupport.read(em -> service(em).find(importId));
  }

  @Override
  public List<ReportLine> reportLines(long importId, int afterLine, long afterId, int max) {
    return JpaTestSupport.read(em -> service(em).reportLines(importId, afterLine, afterId, max));
  }
}
