package co.ventanilla.reports;

/**
 * The indicators of one period for one slice of cases (all of them, a type, a channel...). The
 * definitions, and the SQL that reproduces each, are in {@code docs/reports.md}; in short:
 *
 * <ul>
 *   <li>{@code received}: cases whose {@code received_at} falls in the period;
 *   <li>{@code answered}: cases whose answer was sent ({@code answered_at}) in the period;
 *   <li>{@code answeredWithTerm}, {@code answeredInTerm}: of those, the ones with a due date, and
 *       the ones answered on or before it ({@code due_date} is the date the term ended after
 *       suspensions and ampliaciones, Ley 1755 de 2015 arts. 14 and 17);
 *   <li>{@code meanDays}, {@code medianDays}: business days from the day of receipt to the day of
 *       the answer (day 1 is the first business day after receipt, art. 14);
 *   <li>{@code firstLevel}: answered cases never escalated (escalation level 1, seed 001 §7.2);
 *   <li>{@code ratings}, {@code ratingMean}, {@code ratingHigh}: the petitioners' ratings 1–5 of
 *       the cases answered in the period (seed 003 §5.3);
 *   <li>{@code overdueOpen}: cases open at the end of the period (or today, for a running period)
 *       whose due date had passed, the clock not stopped waiting for the petitioner;
 *   <li>{@code improcedentes}, {@code traslados}: cases closed as such in the period (art. 19 and
 *       art. 21).
 * </ul>
 */
public record Figures(
    long received,
    long answered,
    long answeredWithTerm,
    long answeredInTerm,
    Double meanDays,
    Double medianDays,
    long firstLevel,
    long ratings,
    Double ratingMean,
    long ratingHigh,
    long overdueOpen,
    long improcedentes,
    long traslados) {

  public static final Figures NONE = new Figures(0, 0, 0, 0, null, null, 0, 0, null, 0, 0, 0, 0);

  /** Share of the answers with a term given on or before the due date, in %; null when none. */
  public Double pctInTerm() {
    return pct(answeredInTerm, answeredWithTerm);
  }

  /** Share of the answers given at the first level, in %; null when nothing was answered. */
  public Double pctFirstLevel() {
    return pct(firstLevel, answered);
  }

  /** Share of the ratings that are 4 or 5, in %; null without ratings. */
  public Double pctSatisfied() {
    return pct(ratingHigh, ratings);
  }

  static Double pct(long part, long whole) {
    return whole == 0 ? null : round(part * 100.0 / whole);
  }

  static Double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }
}
