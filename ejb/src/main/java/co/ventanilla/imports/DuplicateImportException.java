package co.ventanilla.imports;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * The file was imported before, or is being imported now: nothing was done. Names that first import
 * (when, who, how many cases) so the person can find its report.
 */
@ApplicationException(rollback = true)
public class DuplicateImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final BuzonImportSummary first;

  public DuplicateImportException(BuzonImportSummary first) {
    super("File already imported: import " + first.id() + " of " + first.startedAt());
    this.first = first;
  }

  public BuzonImportSummary first() {
    return first;
  }

  /** For the person: e.g. "Este archivo ya se importó el 17/03/2026 09:30, por api ...". */
  public String message(Locale locale) {
    if (first.status() == BuzonImportStatus.RUNNING) {
      return ImportTexts.format(
          locale,
          "file.running",
          first.startedAt(),
          first.uploader(),
          first.id(),
          first.fileName());
    }
    return ImportTexts.format(
        locale,
        "file.duplicate",
        first.startedAt(),
        first.uploader(),
        first.id(),
        first.fileName(),
        first.created(),
        first.rejected(),
        first.duplicates());
  }
}
