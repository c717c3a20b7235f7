package co.ventanilla.imports;

import java.util.List;
import java.util.Optional;

/**
 * The ledger of suggestion-box imports, as the channels that read files use it. Each method is one
 * transaction of its own, so an import of 100,000 rows is many short transactions: a failure loses
 * at most the batch at hand, and that batch can be retried row by row.
 *
 * <p>The usual sequence: {@link #start}, then {@link #importBatch} for every ~500 rows, {@link
 * #reject} for rows that could not be stored even alone, and {@link #finish} (or {@link #fail}).
 */
public interface BuzonImports {

  /** Rows per {@link #importBatch} call: the size of one transaction. */
  int BATCH_SIZE = 500;

  /**
   * Opens the import of {@code file} in the ledger.
   *
   * @throws DuplicateImportException when the same file (same SHA-256) was imported, or is being
   *     imported, naming that import
   */
  BuzonImportSummary start(BuzonFile file);

  /**
   * Files each good row as a case and lists why the others were not, in one transaction. A row
   * whose form number was filed before files nothing and is listed as a duplicate.
   *
   * @throws RuntimeException when the transaction failed: nothing of the batch was kept; retry it
   *     row by row
   */
  BatchOutcome importBatch(long importId, List<BuzonRow> rows);

  /** Lists rows that could not be filed at all (e.g. a database error even alone) as rejected. */
  void reject(long importId, List<RowReason> reasons, int rows);

  /** Closes the import as finished; the same file is refused from now on. */
  BuzonImportSummary finish(long importId);

  /** Closes the import as failed with {@code reason}; the same file may be uploaded again. */
  void fail(long importId, String reason);

  Optional<BuzonImportSummary> find(long importId);

  /**
   * Up to {@code max} lines of the import's report after line {@code afterLine} and entry {@code
   * afterId} (0, 0 for the first page), in the order of the file.
   */
  List<ReportLine> reportLines(long importId, int afterLine, long afterId, int max);
}
