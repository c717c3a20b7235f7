package co.ventanilla.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a report says, computed before it is written: the indicators of the period beside the period
 * before, the trend by month, the overdue cases and the other sources' tables.
 *
 * @param overdue the overdue open cases at {@link Indicators#asOf()}, the most overdue first, at
 *     most {@link ReportService#OVERDUE_LISTED}
 */
public record ReportContent(
    String company,
    Indicators indicators,
    List<IndicatorService.MonthFigures> months,
    List<OverdueCase> overdue,
    List<Section> sections,
    LocalDateTime generatedAt) {

  /** An open case past its due date. */
  public record OverdueCase(
      String radicado,
      String type,
      String process,
      String agency,
      String responsible,
      LocalDate receivedOn,
      LocalDate dueDate,
      int businessDaysOverdue) {}

  /** A section of another source, computed. */
  public record Section(String title, List<ReportSection.Table> tables) {}
}
