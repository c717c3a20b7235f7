package co.ventanilla.reports;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.staff.RoleCheck;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.terms.TermPolicy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The PQRS indicators management follows (seed 001 §8.2; seed 003 §5.4; seed 004: "indicador de
 * PQRS" recorded monthly): for any period, in total and broken down by type, channel, process,
 * agency and severity level, each beside the period before. Only SQL aggregates run ({@link
 * IndicatorQueries}); every definition, and the plain SQL that reproduces it, is in {@code
 * docs/reports.md}.
 *
 * <p>Read by management, the quality office (Dirección SIG) and the administrator.
 */
@Stateless
public class IndicatorService {

  /** How many subjects the recurrence lists. */
  public static final int TOP_SUBJECTS = 10;

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject TermPolicy terms;
  @Inject Clock clock;
  @Inject RoleCheck roles;

  public IndicatorService() {}

  /** For use outside a container: the system's role check. */
  public IndicatorService(EntityManager em, TermPolicy terms, Clock clock) {
    this.em = em;
    this.terms = terms;
    this.clock = clock;
    this.roles = RoleCheck.system();
  }

  /**
   * The indicators of {@code period} beside the period before.
   *
   * @throws co.ventanilla.staff.RoleRequired for a caller without a reading role
   */
  public Indicators indicators(ReportPeriod period) {
    roles.require(StaffRole.GERENCIA, StaffRole.SIG, StaffRole.ADMIN);
    ReportPeriod previous = period.previous();
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = period.to().isAfter(today) ? today : period.to();
    LocalDate prevAsOf = previous.to().isAfter(today) ? today : previous.to();
    coverCalendar(previous.from(), period.to());
    IndicatorQueries q = new IndicatorQueries(em);
    Map<Dimension, Map<String, Figures>> now = q.figures(period, asOf);
    Map<Dimension, Map<String, Figures>> before = q.figures(previous, prevAsOf);
    Map<Dimension, List<IndicatorRow>> breakdowns = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      TreeSet<String> keys = new TreeSet<>(now.get(d).keySet());
      keys.addAll(before.get(d).keySet());
      List<IndicatorRow> rows = new ArrayList<>();
      for (String k : keys) {
        rows.add(
            new IndicatorRow(
                k,
                d.label(k),
                now.get(d).getOrDefault(k, Figures.NONE),
                before.get(d).getOrDefault(k, Figures.NONE)));
      }
      breakdowns.put(d, rows);
    }
    return new Indicators(
        period,
        previous,
        asOf,
        now.get(null).get(IndicatorQueries.TOTAL),
        before.get(null).get(IndicatorQueries.TOTAL),
        breakdowns,
        q.topSubjects(period, previous, TOP_SUBJECTS));
  }

  /** The totals of each month of {@code period}, in order: the trend of a report. */
  public List<MonthFigures> byMonth(ReportPeriod period) {
    roles.require(StaffRole.GERENCIA, StaffRole.SIG, StaffRole.ADMIN);
    coverCalendar(period.from(), period.to());
    LocalDate today = LocalDate.now(clock);
    IndicatorQueries q = new IndicatorQueries(em);
    List<MonthFigures> months = new ArrayList<>();
    for (var m : period.months()) {
      ReportPeriod month = ReportPeriod.month(m);
      LocalDate asOf = month.to().isAfter(today) ? today : month.to();
      months.add(new MonthFigures(month, q.total(month, asOf)));
    }
    return months;
  }

  /** The totals of one month. */
  public record MonthFigures(ReportPeriod month, Figures figures) {}

  private void coverCalendar(LocalDate from, LocalDate to) {
    Object first = em.createNativeQuery("SELECT MIN(received_at) FROM pqrs_case").getSingleResult();
    LocalDate start = from;
    if (first instanceof LocalDateTime t && t.toLocalDate().isBefore(start)) {
      start = t.toLocalDate();
    } else if (first instanceof java.sql.Timestamp t
        && t.toLocalDateTime().toLocalDate().isBefore(start)) {
      start = t.toLocalDateTime().toLocalDate();
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate end = to.isAfter(today) ? to : today;
    BusinessCalendar calendar = terms.calendar();
    new BusinessDayTable(em, calendar).cover(start, end);
  }
}
