package co.ventanilla.imports;

import co.ventanilla.intake.IntakeReceipt;
import co.ventanilla.intake.IntakeService;
import co.ventanilla.intake.Submission;
import co.ventanilla.intake.SubmissionProblem;
import co.ventanilla.platform.AfterCommit;
import co.ventanilla.platform.OperationsMetrics;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Files the rows of suggestion-box files as cases and keeps the ledger of imports (seed 002
 * GO-PD-03 §4 activity 1: the GO-RG-04 forms collected every eight days are entered into the
 * system).
 *
 * <p>Each batch runs in a transaction of its own ({@code REQUIRES_NEW}). Rows are checked with
 * {@link BuzonFormRules} before {@link IntakeService#register} is called, so an invalid row never
 * reaches the intake service (whose refusal would roll the whole batch back) and is listed with its
 * reasons instead; a row that still fails in the database fails its batch, which the caller then
 * retries row by row ({@link BuzonImports}).
 */
@Stateless
@Local(BuzonImports.class)
@LocalBean
public class BuzonImportService implements BuzonImports {

  private static final Logger LOG = Logger.getLogger(BuzonImportService.class.getName());

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject IntakeService intake;
  @Inject Clock clock;
  @Inject OperationsMetrics metrics = OperationsMetrics.unattached();
  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public BuzonImportSummary start(BuzonFile file) {
    LocalDateTime now = now();
    Optional<BuzonImport> earlier =
        em.createNamedQuery(BuzonImport.BY_SHA256, BuzonImport.class)
            .setParameter("sha256", file.sha256())
            .getResultStream()
            .findFirst();
    BuzonImport buzonImport;
    if (earlier.isPresent()) {
      buzonImport = earlier.get();
      if (buzonImport.blocks(now)) {
        throw new DuplicateImportException(buzonImport.summary());
      }
      LOG.info(
          () ->
              "Import "
                  + earlier.get().id()
                  + " ("
                  + earlier.get().status()
                  + ") of the same file starts over: "
                  + file.fileName());
      em.createNamedQuery(BuzonImportRow.DELETE_OF_IMPORT)
          .setParameter("importId", buzonImport.id())
          .executeUpdate();
      buzonImport.restart(file, now);
    } else {
      buzonImport = new BuzonImport(file, now);
      em.persist(buzonImport);
      em.flush(); // the id, and the unique SHA-256 checked now rather than at commit
    }
    LOG.info(
        () ->
            "Suggestion-box import "
                + buzonImport.id()
                + " started: "
                + file.fileName()
                + " by "
                + file.uploader());
    return buzonImport.summary();
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public BatchOutcome importBatch(long importId, List<BuzonRow> rows) {
    LocalDate collectionDate = running(importId).collectionDate();
    LocalDateTime now = now();
    LocalDate today = now.toLocalDate();
    List<String> radicados = new ArrayList<>();
    List<RowReason> reasons = new ArrayList<>();
    int rejected = 0;
    int duplicates = 0;
    for (BuzonRow row : rows) {
      List<SubmissionProblem> problems = BuzonFormRules.check(row, today, collectionDate);
      if (!problems.isEmpty()) {
        rejected++;
        for (SubmissionProblem p : problems) {
          reasons.add(
              RowReason.rejected(
                  row.line(), p.field(), ImportTexts.reason(p, ImportTexts.SPANISH)));
        }
        continue;
      }
      Submission submission = row.submission();
      if (submission.consent() != null) {
        submission =
            submission.withConsent(
                submission
                    .consent()
                    .from("csv", "importación " + importId + ", formulario " + row.formNumber()));
      }
      IntakeReceipt receipt = intake.register(submission);
      // The row is in the database: forget its entities, so each flush of the batch compares only
      // the row at hand and the persistence context never grows with the batch.
      em.flush();
      em.clear();
      if (receipt.alreadyFiled()) {
        duplicates++;
        reasons.add(
            new RowReason(
                row.line(),
                "numero_formulario",
                ImportTexts.format(
                    ImportTexts.SPANISH,
                    "row.duplicate_form",
                    row.formNumber(),
                    receipt.radicado(),
                    receipt.receivedAt()),
                BuzonImportRow.Kind.DUPLICATE,
                receipt.radicado()));
      } else {
        radicados.add(receipt.radicado());
      }
    }
    for (RowReason reason : reasons) {
      em.persist(new BuzonImportRow(importId, reason));
    }
    running(importId).count(radicados.size(), rejected, duplicates, now);
    return new BatchOutcome(radicados, reasons, rejected, duplicates);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void reject(long importId, List<RowReason> reasons, int rows) {
    BuzonImport buzonImport = running(importId);
    for (RowReason reason : reasons) {
      em.persist(new BuzonImportRow(importId, reason));
    }
    buzonImport.count(0, rows, 0, now());
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public BuzonImportSummary finish(long importId) {
    BuzonImport buzonImport = running(importId);
    buzonImport.finish(now());
    BuzonImportSummary summary = buzonImport.summary();
    AfterCommit.run(
        transactions,
        () ->
            metrics.importEnded(
                "finished", summary.created(), summary.rejected(), summary.duplicates()));
    LOG.info(
        () ->
            "Suggestion-box import "
                + importId
                + " finished: "
                + summary.created()
                + " cases, "
                + summary.rejected()
                + " rejected, "
                + summary.duplicates()
                + " duplicates");
    return summary;
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long importId, String reason) {
    BuzonImport buzonImport = em.find(BuzonImport.class, importId);
    if (buzonImport != null) {
      buzonImport.fail(reason, now());
      AfterCommit.run(transactions, () -> metrics.importEnded("failed", 0, 0, 0));
      LOG.warning(() -> "Suggestion-box import " + importId + " failed: " + reason);
    }
  }

  @Override
  public Optional<BuzonImportSummary> find(long importId) {
    return Optional.ofNullable(em.find(BuzonImport.class, importId)).map(BuzonImport::summary);
  }

  /** How many imports the ledger holds, for the screen that pages through them. */
  public long count() {
    return em.createQuery("SELECT COUNT(b) FROM BuzonImport b", Long.class).getSingleResult();
  }

  /** One page of the imports, newest first. */
  public List<BuzonImportSummary> page(int first, int max) {
    return em.createQuery(
            "SELECT b FROM BuzonImport b ORDER BY b.startedAt DESC, b.id DESC", BuzonImport.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), 500))
        .getResultStream()
        .map(BuzonImport::summary)
        .toList();
  }

  @Override
  public List<ReportLine> reportLines(long importId, int afterLine, long afterId, int max) {
    return em.createNamedQuery(BuzonImportRow.REPORT_PAGE, BuzonImportRow.class)
        .setParameter("importId", importId)
        .setParameter("line", afterLine)
        .setParameter("id", afterId)
        .setMaxResults(max)
        .getResultStream()
        .map(BuzonImportRow::toReportLine)
        .toList();
  }

  private BuzonImport running(long importId) {
    BuzonImport buzonImport = em.find(BuzonImport.class, importId);
    if (buzonImport == null || buzonImport.status() != BuzonImportStatus.RUNNING) {
      throw new IllegalStateException("Import " + importId + " is not running");
    }
    return buzonImport;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
