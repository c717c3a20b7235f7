package co.ventanilla.reports;

import java.util.List;

/**
 * A section another source adds to the reports (investigations, ACPM...): a CDI bean implementing
 * this interface is found by {@link ReportService} and its tables are written to the PDF and to
 * sheets of the XLSX, after the PQRS indicators. Sections compute with SQL aggregates, like {@link
 * IndicatorService}.
 */
public interface ReportSection {

  /** Spanish title of the section. */
  String title();

  /** The tables of the section for {@code period}, the period before beside it where it applies. */
  List<Table> tables(ReportPeriod period, ReportPeriod previous);

  /**
   * A table: a title, column headers and rows of cells (text or numbers).
   *
   * @param sheetName the XLSX sheet name (at most 31 characters)
   */
  record Table(String title, String sheetName, List<String> headers, List<List<Object>> rows) {}
}
