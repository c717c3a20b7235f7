package co.ventanilla.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of the indicators: a month ({@code 2026-11}), a quarter ({@code 2026-T3}: T1 Jan–Mar ...
 * T4 Oct–Dec), a semester ({@code 2026-S2}: S1 Jan–Jun, S2 Jul–Dec), or any range of days (kind
 * null). Both ends are included, in Colombian time.
 *
 * @param kind the report kind, or null for a free range
 * @param from first day
 * @param to last day (inclusive)
 * @param code {@code 2026-T3}, or {@code 2026-01-05_2026-02-10} for a free range
 */
public record ReportPeriod(ReportKind kind, LocalDate from, LocalDate to, String code) {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-T([1-4])");
  private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-S([12])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Locale ES = Locale.forLanguageTag("es-CO");

  public ReportPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(code, "code");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to before from");
    }
  }

  public static ReportPeriod month(YearMonth m) {
    return new ReportPeriod(ReportKind.MENSUAL, m.atDay(1), m.atEndOfMonth(), m.toString());
  }

  public static ReportPeriod quarter(int year, int q) {
    YearMonth first = YearMonth.of(year, (q - 1) * 3 + 1);
    return new ReportPeriod(
        ReportKind.TRIMESTRAL, first.atDay(1), first.plusMonths(2).atEndOfMonth(), year + "-T" + q);
  }

  public static ReportPeriod semester(int year, int s) {
    return semester(year, s, ReportKind.SEMESTRAL);
  }

  /** The semester {@code s} of {@code year} for a semiannual kind (semestral, rnbd). */
  public static ReportPeriod semester(int year, int s, ReportKind kind) {
    YearMonth first = YearMonth.of(year, (s - 1) * 6 + 1);
    return new ReportPeriod(
        kind, first.atDay(1), first.plusMonths(5).atEndOfMonth(), year + "-S" + s);
  }

  /** Any range of days (both included). */
  public static ReportPeriod range(LocalDate from, LocalDate to) {
    return new ReportPeriod(null, from, to, from + "_" + to);
  }

  /** The period of {@code kind} written {@code code} ({@code 2026-T3}, {@code 2026-S2}...). */
  public static Optional<ReportPeriod> parse(ReportKind kind, String code) {
    if (kind == null || code == null) {
      return Optional.empty();
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    Matcher m;
    switch (kind) {
      case TRIMESTRAL:
        m = QUARTER.matcher(c);
        return m.matches()
            ? Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
            : Optional.empty();
      case SEMESTRAL:
      case RNBD:
        m = SEMESTER.matcher(c);
        return m.matches()
            ? Optional.of(
                semester(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), kind))
            : Optional.empty();
      default:
        m = MONTH.matcher(c);
        if (!m.matches()) {
          return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        return month < 1 || month > 12
            ? Optional.empty()
            : Optional.of(month(YearMonth.of(Integer.parseInt(m.group(1)), month)));
    }
  }

  /** The period of {@code kind} that contains {@code day}. */
  public static ReportPeriod containing(ReportKind kind, LocalDate day) {
    return switch (kind) {
      case MENSUAL -> month(YearMonth.from(day));
      case TRIMESTRAL -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
      case SEMESTRAL, RNBD -> semester(day.getYear(), (day.getMonthValue() - 1) / 6 + 1, kind);
    };
  }

  /**
   * The period just before, to compare with: the previous month, quarter or semester; for a free
   * range, as many days ending the day before {@link #from()}.
   */
  public ReportPeriod previous() {
    if (kind == null) {
      long days = ChronoUnit.DAYS.between(from, to);
      LocalDate prevTo = from.minusDays(1);
      return range(prevTo.minusDays(days), prevTo);
    }
    return containing(kind, from.minusDays(1));
  }

  /** The period just after (same kind). */
  public ReportPeriod next() {
    if (kind == null) {
      long days = ChronoUnit.DAYS.between(from, to);
      return range(to.plusDays(1), to.plusDays(1 + days));
    }
    return containing(kind, to.plusDays(1));
  }

  /** The months the period touches, in order. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** Spanish title: "Tercer trimestre de 2026 (1 jul. 2026 – 30 sept. 2026)". */
  public String title() {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM yyyy", ES);
    String range = from.format(f) + " – " + to.format(f);
    if (kind == null) {
      return "Del " + range;
    }
    String name =
        switch (kind) {
          case MENSUAL -> capitalize(from.format(DateTimeFormatter.ofPattern("MMMM yyyy", ES)));
          case TRIMESTRAL ->
              new String[] {"Primer", "Segundo", "Tercer", "Cuarto"}[(from.getMonthValue() - 1) / 3]
                  + " trimestre de "
                  + from.getYear();
          case SEMESTRAL, RNBD ->
              (from.getMonthValue() == 1 ? "Primer" : "Segundo") + " semestre de " + from.getYear();
        };
    return name + " (" + range + ")";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
