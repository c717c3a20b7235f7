package co.ventanilla.imports;

/** Where an import of a suggestion-box file stands. */
public enum BuzonImportStatus {
  /** Rows are being filed; the file cannot be imported again meanwhile. */
  RUNNING,
  /** Every row was read: filed, rejected or found already filed. The same file is refused. */
  FINISHED,
  /**
   * It stopped before the end (database down, unreadable remainder). The same file may be uploaded
   * again: rows filed the first time are then reported as duplicates, nothing twice.
   */
  FAILED
}
