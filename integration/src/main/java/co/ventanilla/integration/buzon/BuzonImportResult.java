package co.ventanilla.integration.buzon;

import co.ventanilla.imports.BuzonImportSummary;
import co.ventanilla.imports.RowReason;
import java.util.List;

/**
 * What an import gave, for the answer at once: the ledger's counts, and the first {@value
 * BuzonCsvImporter#LISTED} reasons and radicados (the whole report is downloadable).
 *
 * @param moreReasons whether there are reasons beyond those listed
 * @param moreRadicados whether more cases were created than listed
 */
public record BuzonImportResult(
    BuzonImportSummary summary,
    List<RowReason> reasons,
    boolean moreReasons,
    List<String> radicados,
    boolean moreRadicados) {

  public BuzonImportResult {
    reasons = List.copyOf(reasons);
    radicados = List.copyOf(radicados);
  }
}
