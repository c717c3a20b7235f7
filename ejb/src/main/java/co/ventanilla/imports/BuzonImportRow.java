package co.ventanilla.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * A row of an imported file that did not become a case, with the reason, kept so the report can be
 * downloaded again later. One entry per problem: a row with a bad date and no description has two.
 * Rows that became cases are not listed here; their cases carry the file and line as source
 * reference.
 */
@Entity
@Table(name = "buzon_import_row")
@NamedQuery(
    name = BuzonImportRow.REPORT_PAGE,
    query =
        "SELECT r FROM BuzonImportRow r WHERE r.importId = :importId"
            + " AND (r.line > :line OR (r.line = :line AND r.id > :id))"
            + " ORDER BY r.line, r.id")
@NamedQuery(
    name = BuzonImportRow.DELETE_OF_IMPORT,
    query = "DELETE FROM BuzonImportRow r WHERE r.importId = :importId")
public class BuzonImportRow {

  static final String REPORT_PAGE = "BuzonImportRow.reportPage";
  static final String DELETE_OF_IMPORT = "BuzonImportRow.deleteOfImport";

  /** Why the row is listed. */
  public enum Kind {
    /** Its content breaks a rule: correct it and upload the row again. */
    REJECTED,
    /** Its form number had already been filed: nothing to do. */
    DUPLICATE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "buzon_import_row_ids")
  @TableGenerator(
      name = "buzon_import_row_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "buzon_import_row",
      allocationSize = 500)
  private Long id;

  @Column(name = "import_id", nullable = false, updatable = false)
  private long importId;

  @Column(name = "line", nullable = false, updatable = false)
  private int line;

  @Column(name = "column_name", nullable = false, length = 60, updatable = false)
  private String column;

  @Column(name = "reason", nullable = false, length = 2000, updatable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20, updatable = false)
  private Kind kind;

  @Column(name = "radicado", length = 40, updatable = false)
  private String radicado;

  protected BuzonImportRow() {}

  BuzonImportRow(long importId, RowReason reason) {
    this.importId = importId;
    this.line = reason.line();
    this.column = BuzonImport.truncate(reason.column(), 60);
    this.reason = BuzonImport.truncate(reason.reason(), 2000);
    this.kind = reason.kind();
    this.radicado = reason.radicado();
  }

  ReportLine toReportLine() {
    return new ReportLine(id, line, column, reason);
  }
}
