package co.ventanilla.reports;

import co.ventanilla.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * When each report is due: at the configured hour of the first business day after its period ends
 * (months, quarters T1–T4, semesters S1–S2); the RNBD report of reclamos at that hour of the first
 * business day of February or August (the month after the semester's first month after its end).
 * The reports due by a moment are those whose period ended within the look-back and not before the
 * first case (a fresh installation is not flooded with empty reports), and that were not claimed
 * yet.
 */
public final class ReportCalendar {

  private final BusinessCalendar calendar;
  private final int hour;

  public ReportCalendar(BusinessCalendar calendar, int hour) {
    this.calendar = calendar;
    this.hour = hour;
  }

  /** The moment the report of {@code period} is due (Colombian time). */
  public LocalDateTime dueAt(ReportPeriod period) {
    if (period.kind() == ReportKind.RNBD) {
      // reported to the RNBD in February and August (Circular Única de la SIC, Título V)
      return calendar.nextBusinessDayFrom(period.to().plusDays(1).plusMonths(1)).atTime(hour, 0);
    }
    return calendar.nextBusinessDayFrom(period.to().plusDays(1)).atTime(hour, 0);
  }

  /**
   * The periods whose report is due at {@code now} and missing, oldest first.
   *
   * @param firstCase the day of the first case
   * @param lookbackMonths how far back to catch up
   * @param claimed {@code KIND:code} of the periods already claimed
   */
  public List<ReportPeriod> due(
      LocalDateTime now, LocalDate firstCase, int lookbackMonths, Set<String> claimed) {
    LocalDate horizon = now.toLocalDate().minusMonths(lookbackMonths);
    List<ReportPeriod> due = new ArrayList<>();
    for (ReportKind kind : ReportKind.values()) {
      ReportPeriod p = ReportPeriod.containing(kind, now.toLocalDate()).previous();
      while (!p.to().isBefore(horizon) && !p.to().isBefore(firstCase)) {
        if (!dueAt(p).isAfter(now) && !claimed.contains(kind.name() + ":" + p.code())) {
          due.add(p);
        }
        p = p.previous();
      }
    }
    due.sort(Comparator.comparing(ReportPeriod::to).thenComparing(p -> p.kind().ordinal()));
    return due;
  }
}
