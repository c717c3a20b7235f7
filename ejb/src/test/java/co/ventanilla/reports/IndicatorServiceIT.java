package co.ventanilla.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.reports.GeneratedCases.Gen;
import co.ventanilla.terms.TermPolicy;
import co.ventanilla.terms.TermPresets;
import co.ventanilla.testing.JpaTestSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every indicator of {@link IndicatorService} against an independent computation in Java over the
 * same generated cases (terms suspended and extended, holidays of Semana Santa, May and June,
 * answers in and out of term): totals, the period before, and each slice of the five breakdowns.
 */
class IndicatorServiceIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final BusinessCalendar CAL = BusinessCalendar.colombia();
  // 2026-T2 has Semana Santa (Apr 2-3), May 1, May 18, Jun 8, Jun 15, Jun 29.
  private static final ReportPeriod Q2 = ReportPeriod.quarter(2026, 2);
  private static List<Gen> cases;

  @BeforeAll
  static void generate() throws Exception {
    JpaTestSupport.deleteAllCases();
    GeneratedCases.insertAreas(JpaTestSupport.dataSource());
    cases =
        GeneratedCases.generate(
            42, 4000, 1, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 7, 10), CAL);
    GeneratedCases.insert(JpaTestSupport.dataSource(), cases);
  }

  private static Indicators compute(ReportPeriod period, LocalDate today) {
    Clock clock = Clock.fixed(today.atTime(10, 0).atZone(BOGOTA).toInstant(), BOGOTA);
    return JpaTestSupport.inTransaction(
        em ->
            new IndicatorService(em, new TermPolicy(TermPresets.LEY_1755, CAL), clock)
                .indicators(period));
  }

  @Test
  void everyFigureOfAClosedQuarterMatchesTheIndependentComputation() {
    Indicators ind = compute(Q2, LocalDate.of(2026, 7, 20));

    assertEquals(Q2.to(), ind.asOf());
    assertFigures("total", expected(Q2, Q2.to(), g -> true), ind.total());
    ReportPeriod q1 = ReportPeriod.quarter(2026, 1);
    assertEquals(q1, ind.previousPeriod());
    assertFigures("total anterior", expected(q1, q1.to(), g -> true), ind.previousTotal());
    for (Dimension d : Dimension.values()) {
      Map<String, List<Gen>> slices = cases.stream().collect(Collectors.groupingBy(g -> key(d, g)));
      List<IndicatorRow> rows = ind.by(d);
      assertTrue(rows.size() >= 3, d + " has its slices");
      for (IndicatorRow row : rows) {
        List<Gen> slice = slices.getOrDefault(row.key(), List.of());
        Predicate<Gen> in = slice::contains;
        assertFigures(d + " " + row.key(), expected(Q2, Q2.to(), in), row.current());
        assertFigures(d + " " + row.key() + " anterior", expected(q1, q1.to(), in), row.previous());
      }
      long sum = rows.stream().mapToLong(r -> r.current().received()).sum();
      assertEquals(ind.total().received(), sum, d + ": the slices add up to the total");
    }
  }

  @Test
  void aRunningPeriodJudgesOverdueOnToday() {
    LocalDate today = LocalDate.of(2026, 7, 10);
    ReportPeriod q3 = ReportPeriod.quarter(2026, 3);
    Indicators ind = compute(q3, today);
    assertEquals(today, ind.asOf());
    assertFigures("T3 en curso", expected(q3, today, g -> true), ind.total());
  }

  @Test
  void aFreeRangeComparesWithAsManyDaysBefore() {
    ReportPeriod range = ReportPeriod.range(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 12));
    Indicators ind = compute(range, LocalDate.of(2026, 7, 20));
    assertEquals(
        ReportPeriod.range(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 3, 19)),
        ind.previousPeriod());
    assertFigures("rango", expected(range, range.to(), g -> true), ind.total());
    assertFigures(
        "rango anterior",
        expected(ind.previousPeriod(), range.previous().to(), g -> true),
        ind.previousTotal());
  }

  @Test
  void theMostRepeatedSubjectsCarryTheirCountBefore() {
    Indicators ind = compute(Q2, LocalDate.of(2026, 7, 20));
    ReportPeriod q1 = ReportPeriod.quarter(2026, 1);
    Map<String, Long> now = countBySubject(Q2);
    Map<String, Long> before = countBySubject(q1);
    List<Long> expectedCounts =
        now.values().stream().sorted(Comparator.reverseOrder()).limit(10).toList();
    assertEquals(
        expectedCounts, ind.recurrence().stream().map(Recurrence::count).toList(), "top counts");
    for (Recurrence r : ind.recurrence()) {
      assertEquals(now.get(r.subject()), r.count(), r.subject());
      assertEquals(before.getOrDefault(r.subject(), 0L), r.previousCount(), r.subject());
    }
  }

  @Test
  void byMonthGivesEachMonthsTotals() {
    Clock clock =
        Clock.fixed(LocalDate.of(2026, 7, 20).atTime(10, 0).atZone(BOGOTA).toInstant(), BOGOTA);
    List<IndicatorService.MonthFigures> months =
        JpaTestSupport.inTransaction(
            em ->
                new IndicatorService(em, new TermPolicy(TermPresets.LEY_1755, CAL), clock)
                    .byMonth(Q2));
    assertEquals(3, months.size());
    for (IndicatorService.MonthFigures m : months) {
      assertFigures(m.month().code(), expected(m.month(), m.month().to(), g -> true), m.figures());
    }
  }

  private static Map<String, Long> countBySubject(ReportPeriod p) {
    return cases.stream()
        .filter(g -> within(g.receivedAt().toLocalDate(), p))
        .collect(Collectors.groupingBy(Gen::subject, Collectors.counting()));
  }

  private static String key(Dimension d, Gen g) {
    return switch (d) {
      case TYPE -> g.type().name();
      case CHANNEL -> g.channel().name();
      case PROCESS -> g.area() == null ? "" : g.area();
      case AGENCY -> g.agency() == null ? "" : g.agency();
      case LEVEL -> g.level() == null ? "" : g.level().toString();
    };
  }

  private static boolean within(LocalDate day, ReportPeriod p) {
    return day != null && !day.isBefore(p.from()) && !day.isAfter(p.to());
  }

  /** The figures computed in plain Java from the generated cases (definitions: docs/reports.md). */
  private static Figures expected(ReportPeriod p, LocalDate asOf, Predicate<Gen> slice) {
    List<Gen> mine = cases.stream().filter(slice).toList();
    long received = mine.stream().filter(g -> within(g.receivedAt().toLocalDate(), p)).count();
    List<Gen> answered =
        mine.stream()
            .filter(g -> g.answeredAt() != null && within(g.answeredAt().toLocalDate(), p))
            .toList();
    long withTerm = answered.stream().filter(g -> g.dueDate() != null).count();
    long inTerm =
        answered.stream()
            .filter(g -> g.dueDate() != null && !g.answeredAt().toLocalDate().isAfter(g.dueDate()))
            .count();
    List<Integer> days = new ArrayList<>();
    for (Gen g : answered) {
      days.add(CAL.businessDaysBetween(g.receivedAt().toLocalDate(), g.answeredAt().toLocalDate()));
    }
    days.sort(null);
    Double mean =
        days.isEmpty() ? null : Figures.round(days.stream().mapToInt(i -> i).average().orElse(0));
    Double median =
        days.isEmpty()
            ? null
            : Figures.round((days.get((days.size() - 1) / 2) + days.get(days.size() / 2)) / 2.0);
    long firstLevel = answered.stream().filter(g -> g.escalation() == 1).count();
    List<Integer> ratings = answered.stream().map(Gen::rating).filter(r -> r != null).toList();
    Double ratingMean =
        ratings.isEmpty()
            ? null
            : Figures.round(ratings.stream().mapToInt(i -> i).average().orElse(0));
    long high = ratings.stream().filter(r -> r >= 4).count();
    long overdue =
        mine.stream()
            .filter(
                g ->
                    !g.receivedAt().toLocalDate().isAfter(asOf)
                        && (g.answeredAt() == null || g.answeredAt().toLocalDate().isAfter(asOf))
                        && (g.closedAt() == null || g.closedAt().toLocalDate().isAfter(asOf))
                        && g.dueDate() != null
                        && g.dueDate().isBefore(asOf)
                        && !g.awaiting())
            .count();
    Function<String, Long> exits =
        state ->
            mine.stream()
                .filter(
                    g ->
                        state.equals(g.state())
                            && g.closedAt() != null
                            && within(g.closedAt().toLocalDate(), p))
                .count();
    return new Figures(
        received,
        answered.size(),
        withTerm,
        inTerm,
        mean,
        median,
        firstLevel,
        ratings.size(),
        ratingMean,
        high,
        overdue,
        exits.apply("IMPROCEDENTE"),
        exits.apply("TRASLADADO"));
  }

  private static void assertFigures(String what, Figures expected, Figures actual) {
    assertEquals(expected, actual, what);
    assertEquals(expected.pctInTerm(), actual.pctInTerm(), what + " % en término");
  }
}
