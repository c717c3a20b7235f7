package co.ventanilla.reports;

import co.ventanilla.calendar.BusinessCalendar;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Keeps {@code report_calendar} filled: one row per day with whether it is a business day and its
 * ordinal, the number of business days from 2000-01-01 up to and including it. The business days
 * between the day of receipt R and the day of the answer A ("day 1 is the first business day after
 * receipt", Ley 1755 de 2015 art. 14; holidays by Ley 51 de 1983) are then {@code ordinal(A) -
 * ordinal(R)} in plain SQL, equal to {@link BusinessCalendar#businessDaysBetween}.
 *
 * <p>Whole years are written at a time; a year written with another Saturday setting than the one
 * in force is written again (its rows and every later year's, whose ordinals depend on it).
 */
final class BusinessDayTable {

  static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  private final EntityManager em;
  private final BusinessCalendar calendar;

  BusinessDayTable(EntityManager em, BusinessCalendar calendar) {
    this.em = em;
    this.calendar = calendar;
  }

  /** Makes sure every day of the years of {@code from} to {@code to} has its row. */
  void cover(LocalDate from, LocalDate to) {
    int first = Math.max(EPOCH.getYear(), from.getYear());
    int last = Math.max(first, to.getYear());
    boolean rewrite = false;
    for (int year = first; year <= last; year++) {
      LocalDate start = LocalDate.of(year, 1, 1);
      LocalDate end = LocalDate.of(year, 12, 31);
      Object[] r =
          (Object[])
              em.createNativeQuery(
                      "SELECT COUNT(*), SUM(saturday_business <> ?) FROM report_calendar"
                          + " WHERE day BETWEEN ? AND ?")
                  .setParameter(1, calendar.saturdayIsBusinessDay())
                  .setParameter(2, start)
                  .setParameter(3, end)
                  .getSingleResult();
      long rows = ((Number) r[0]).longValue();
      long other = r[1] == null ? 0 : ((Number) r[1]).longValue();
      if (rewrite || rows != start.lengthOfYear() || other > 0) {
        write(start, end);
        rewrite = other > 0; // later years' ordinals depend on this one
      }
    }
  }

  private void write(LocalDate start, LocalDate end) {
    long ordinal = calendar.businessDaysBetween(EPOCH.minusDays(1), start.minusDays(1));
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO report_calendar (day, business, business_ordinal, saturday_business)"
                + " VALUES ");
    int n = (int) ChronoUnit.DAYS.between(start, end) + 1;
    for (int i = 0; i < n; i++) {
      LocalDate day = start.plusDays(i);
      boolean business = calendar.isBusinessDay(day);
      if (business) {
        ordinal++;
      }
      sql.append(i == 0 ? "" : ",")
          .append("('")
          .append(day)
          .append("',")
          .append(business ? 1 : 0)
          .append(',')
          .append(ordinal)
          .append(',')
          .append(calendar.saturdayIsBusinessDay() ? 1 : 0)
          .append(')');
    }
    sql.append(
        " ON DUPLICATE KEY UPDATE business = VALUES(business),"
            + " business_ordinal = VALUES(business_ordinal),"
            + " saturday_business = VALUES(saturday_business)");
    em.createNativeQuery(sql.toString()).executeUpdate();
  }
}
