package co.ventanilla.reports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL of the indicators: a handful of aggregate queries per period, never a case loaded. Each
 * measure is grouped by the five dimensions at once and rolled up here (totals and each breakdown);
 * the median needs the distribution of business days, read with the answered sums (grouped by the
 * days as well) and rolled up per slice as a histogram. Business days are the difference of the
 * {@code report_calendar} ordinals of the day of receipt and the day of the answer ({@link
 * BusinessDayTable}).
 */
final class IndicatorQueries {

  /** Key of the total in the roll-up. */
  static final String TOTAL = "";

  private static final String DIMS =
      Dimension.TYPE.sql()
          + ", "
          + Dimension.CHANNEL.sql()
          + ", "
          + Dimension.PROCESS.sql()
          + ", "
          + Dimension.AGENCY.sql()
          + ", "
          + Dimension.LEVEL.sql();

  /** The five key columns when only the total is wanted: one group. */
  private static final String NO_DIMS = "'', '', '', '', ''";

  private static final String FROM = " FROM pqrs_case c LEFT JOIN area ar ON ar.id = c.area_id";

  private static final String CALENDAR_JOIN =
      " JOIN report_calendar cr ON cr.day = DATE(c.received_at)"
          + " JOIN report_calendar ca ON ca.day = DATE(c.answered_at)";

  private static String received(String dims) {
    return "SELECT "
        + dims
        + ", COUNT(*)"
        + FROM
        + " WHERE c.received_at >= ? AND c.received_at < ? GROUP BY 1, 2, 3, 4, 5";
  }

  /**
   * The answered cases grouped by the five dimensions and by their business days to answer: one
   * pass gives the sums and, per slice, the distribution the median needs (each group's count is
   * the number of cases of that slice answered in that many days).
   */
  private static String answered(String dims) {
    return "SELECT "
        + dims
        + ", COUNT(*), SUM(c.due_date IS NOT NULL),"
        + " SUM(c.due_date IS NOT NULL AND DATE(c.answered_at) <= c.due_date),"
        + " SUM(c.escalation_level = 1), SUM(ca.business_ordinal - cr.business_ordinal),"
        + " COUNT(c.satisfaction_score), SUM(c.satisfaction_score),"
        + " SUM(c.satisfaction_score >= 4), ca.business_ordinal - cr.business_ordinal"
        + FROM
        + CALENDAR_JOIN
        + " WHERE c.answered_at >= ? AND c.answered_at < ? GROUP BY 1, 2, 3, 4, 5, 14";
  }

  /**
   * Open at the end E of the day asOf: not answered and not closed by then. The condition
   * "(answered after E or never) and (closed after E or never)" is read as three disjoint parts,
   * each through an index: never answered nor closed (ix_pqrs_case_answered on answered_at,
   * closed_at, due_date), answered after E, and closed after E without an answer.
   */
  private static final String[] OPEN_AT_END = {
    "c.answered_at IS NULL AND c.closed_at IS NULL",
    "c.answered_at >= ? AND (c.closed_at IS NULL OR c.closed_at >= ?)",
    "c.answered_at IS NULL AND c.closed_at >= ?"
  };

  private static String overdue(String dims, String openPart) {
    return "SELECT "
        + dims
        + ", COUNT(*)"
        + FROM
        + " WHERE "
        + openPart
        + " AND c.received_at < ? AND c.due_date < ? AND c.awaiting_information = FALSE"
        + " GROUP BY 1, 2, 3, 4, 5";
  }

  private static String exits(String dims) {
    return "SELECT "
        + dims
        + ", SUM(c.state = 'IMPROCEDENTE'), SUM(c.state = 'TRASLADADO')"
        + FROM
        + " WHERE c.closed_at >= ? AND c.closed_at < ?"
        + " AND c.state IN ('IMPROCEDENTE', 'TRASLADADO') GROUP BY 1, 2, 3, 4, 5";
  }

  /** Subjects of a period with their count there and in the period before, in one pass. */
  private static final String TOP_SUBJECTS =
      "SELECT MIN(c.subject),"
          + " SUM(c.received_at >= ? AND c.received_at < ?),"
          + " SUM(c.received_at >= ? AND c.received_at < ?)"
          + " FROM pqrs_case c"
          + " WHERE (c.received_at >= ? AND c.received_at < ?)"
          + " OR (c.received_at >= ? AND c.received_at < ?)"
          + " GROUP BY c.subject HAVING SUM(c.received_at >= ? AND c.received_at < ?) > 0"
          + " ORDER BY 2 DESC, 1 LIMIT ?";

  private final EntityManager em;

  IndicatorQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * Figures of {@code period} by slice: the map has the total under {@link Dimension} null (key
   * {@link #TOTAL}) and each dimension's keys.
   */
  Map<Dimension, Map<String, Figures>> figures(ReportPeriod period, LocalDate asOf) {
    return figures(period, asOf, true);
  }

  /** The total only (the breakdowns empty): the trend by month. */
  Figures total(ReportPeriod period, LocalDate asOf) {
    return figures(period, asOf, false).get(null).get(TOTAL);
  }

  private Map<Dimension, Map<String, Figures>> figures(
      ReportPeriod period, LocalDate asOf, boolean breakdowns) {
    String dims = breakdowns ? DIMS : NO_DIMS;
    Rollup rollup = new Rollup(breakdowns);
    LocalDateTime start = period.from().atStartOfDay();
    LocalDateTime end = period.to().plusDays(1).atStartOfDay();
    for (Object[] r : rows(received(dims), start, end)) {
      rollup.add(r, a -> a.received += num(r[5]));
    }
    for (Object[] r : rows(answered(dims), start, end)) {
      rollup.add(
          r,
          a -> {
            a.answered += num(r[5]);
            a.withTerm += num(r[6]);
            a.inTerm += num(r[7]);
            a.firstLevel += num(r[8]);
            a.daysSum += num(r[9]);
            a.ratings += num(r[10]);
            a.ratingSum += num(r[11]);
            a.ratingHigh += num(r[12]);
            a.histogram.merge(num(r[13]), num(r[5]), Long::sum);
          });
    }
    LocalDateTime asOfEnd = asOf.plusDays(1).atStartOfDay();
    Object[][] openParams = {{}, {asOfEnd, asOfEnd}, {asOfEnd}};
    for (int part = 0; part < OPEN_AT_END.length; part++) {
      Object[] params = java.util.Arrays.copyOf(openParams[part], openParams[part].length + 2);
      params[params.length - 2] = asOfEnd;
      params[params.length - 1] = asOf;
      for (Object[] r : rows(overdue(dims, OPEN_AT_END[part]), params)) {
        rollup.add(r, a -> a.overdue += num(r[5]));
      }
    }
    for (Object[] r : rows(exits(dims), start, end)) {
      rollup.add(
          r,
          a -> {
            a.improcedentes += num(r[5]);
            a.traslados += num(r[6]);
          });
    }
    Map<Dimension, Map<String, Figures>> result = new HashMap<>();
    Map<String, Figures> total = new LinkedHashMap<>();
    total.put(TOTAL, rollup.total.figures());
    result.put(null, total);
    for (Dimension d : breakdowns ? Dimension.values() : new Dimension[0]) {
      Map<String, Figures> slices = new TreeMap<>();
      rollup.by.get(d).forEach((k, a) -> slices.put(k, a.figures()));
      result.put(d, slices);
    }
    return result;
  }

  /** The {@code max} most repeated subjects of {@code period}, with their count in {@code prev}. */
  List<Recurrence> topSubjects(ReportPeriod period, ReportPeriod prev, int max) {
    LocalDateTime from = period.from().atStartOfDay();
    LocalDateTime end = period.to().plusDays(1).atStartOfDay();
    LocalDateTime prevFrom = prev.from().atStartOfDay();
    LocalDateTime prevEnd = prev.to().plusDays(1).atStartOfDay();
    List<Recurrence> top = new ArrayList<>();
    for (Object[] r :
        rows(
            TOP_SUBJECTS,
            from,
            end,
            prevFrom,
            prevEnd,
            from,
            end,
            prevFrom,
            prevEnd,
            from,
            end,
            max)) {
      top.add(new Recurrence(str(r[0]), num(r[1]), num(r[2])));
    }
    return top;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... params) {
    Query q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    List<?> raw = q.getResultList();
    List<Object[]> rows = new ArrayList<>(raw.size());
    for (Object o : raw) {
      rows.add(o instanceof Object[] a ? a : new Object[] {o});
    }
    return rows;
  }

  private static long num(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  /** Sums of one slice. */
  private static final class Accum {
    long received;
    long answered;
    long withTerm;
    long inTerm;
    long firstLevel;
    long daysSum;
    long ratings;
    long ratingSum;
    long ratingHigh;
    long overdue;
    long improcedentes;
    long traslados;
    final TreeMap<Long, Long> histogram = new TreeMap<>();

    Figures figures() {
      return new Figures(
          received,
          answered,
          withTerm,
          inTerm,
          answered == 0 ? null : Figures.round((double) daysSum / answered),
          median(histogram),
          firstLevel,
          ratings,
          ratings == 0 ? null : Figures.round((double) ratingSum / ratings),
          ratingHigh,
          overdue,
          improcedentes,
          traslados);
    }
  }

  /** The median of a distribution value → count: the middle value, or the mean of the two. */
  static Double median(TreeMap<Long, Long> histogram) {
    long n = histogram.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return null;
    }
    long lowRank = (n - 1) / 2; // 0-based ranks of the middle value(s)
    long highRank = n / 2;
    Long low = null;
    Long high = null;
    long seen = 0;
    for (Map.Entry<Long, Long> e : histogram.entrySet()) {
      long next = seen + e.getValue();
      if (low == null && lowRank < next) {
        low = e.getKey();
      }
      if (highRank < next) {
        high = e.getKey();
        break;
      }
      seen = next;
    }
    return Figures.round((low + high) / 2.0);
  }

  /** The total and the slices of every dimension. */
  private static final class Rollup {
    final Accum total = new Accum();
    final Map<Dimension, Map<String, Accum>> by = new EnumMap<>(Dimension.class);
    final boolean breakdowns;

    Rollup(boolean breakdowns) {
      this.breakdowns = breakdowns;
      for (Dimension d : Dimension.values()) {
        by.put(d, new HashMap<>());
      }
    }

    /** Applies {@code add} to the total and to the row's slice of each dimension. */
    void add(Object[] row, java.util.function.Consumer<Accum> add) {
      add.accept(total);
      if (!breakdowns) {
        return;
      }
      Dimension[] dims = Dimension.values();
      for (int i = 0; i < dims.length; i++) {
        add.accept(by.get(dims[i]).computeIfAbsent(str(row[i]), k -> new Accum()));
      }
    }
  }
}
