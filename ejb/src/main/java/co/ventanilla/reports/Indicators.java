package co.ventanilla.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The indicators of a period beside those of the period before: in total, by each {@link
 * Dimension}, the most repeated subjects, and the sections other sources add ({@link
 * ReportSection}).
 *
 * @param asOf the day on which "overdue open" is judged: the period's last day, or today while the
 *     period runs
 */
public record Indicators(
    ReportPeriod period,
    ReportPeriod previousPeriod,
    LocalDate asOf,
    Figures total,
    Figures previousTotal,
    Map<Dimension, List<IndicatorRow>> breakdowns,
    List<Recurrence> recurrence) {

  public List<IndicatorRow> by(Dimension d) {
    return breakdowns.getOrDefault(d, List.of());
  }
}
