package co.ventanilla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Días hábiles: the calendar on which PQRS terms are counted.
 *
 * <p>Business rules:
 *
 * <ul>
 *   <li>A business day is Monday to Friday that is not a public holiday (Ley 4 de 1913, art. 62:
 *       "en los plazos de días ... se entienden suprimidos los feriados"; holidays per {@link
 *       ColombianHolidays}). An organization that works on Saturdays can count them ({@code
 *       saturdayIsBusinessDay}); Sundays never count.
 *   <li>A term of N days runs "dentro de los quince (15) días siguientes a su recepción" (Ley 1755
 *       de 2015, art. 14): day 1 is the first business day <em>after</em> the day of receipt,
 *       whatever that day is, and the term ends at the end of day N.
 * </ul>
 *
 * <p>Worked example: a petition received on Tuesday 2026-03-17 has day 1 on 2026-03-18; Monday
 * 2026-03-23 (San José) and 2026-04-02/03 (Semana Santa) and 2026-05-01 are skipped, so 10 days end
 * on 2026-04-01, 15 days on 2026-04-10 and 30 days on 2026-05-04.
 *
 * <p>Immutable and thread-safe when the holiday source is (as {@link ColombianHolidays} is).
 */
public final class BusinessCalendar {

  private final Predicate<LocalDate> holidays;
  private final boolean saturdayIsBusinessDay;

  /** Monday to Friday minus {@code holidays}. */
  public BusinessCalendar(ColombianHolidays holidays) {
    this(holidays, false);
  }

  /** Monday to Friday (and Saturday when {@code saturdayIsBusinessDay}) minus {@code holidays}. */
  public BusinessCalendar(ColombianHolidays holidays, boolean saturdayIsBusinessDay) {
    this(Objects.requireNonNull(holidays, "holidays")::isHoliday, saturdayIsBusinessDay);
  }

  /**
   * Monday to Friday (and Saturday when {@code saturdayIsBusinessDay}) minus the days for which
   * {@code isHoliday} holds: for calendars with extra non-working days (e.g. a company's own
   * closures) or for tests.
   */
  public BusinessCalendar(Predicate<LocalDate> isHoliday, boolean saturdayIsBusinessDay) {
    this.holidays = Objects.requireNonNull(isHoliday, "isHoliday");
    this.saturdayIsBusinessDay = saturdayIsBusinessDay;
  }

  /** The Colombian calendar, Monday to Friday, on the shared holiday cache. */
  public static BusinessCalendar colombia() {
    return new BusinessCalendar(ColombianHolidays.shared(), false);
  }

  /** The Colombian calendar on the shared holiday cache, optionally counting Saturdays. */
  public static BusinessCalendar colombia(boolean saturdayIsBusinessDay) {
    return new BusinessCalendar(ColombianHolidays.shared(), saturdayIsBusinessDay);
  }

  /** Whether Saturdays count as business days in this calendar. */
  public boolean saturdayIsBusinessDay() {
    return saturdayIsBusinessDay;
  }

  /** Whether {@code date} is a día hábil. */
  public boolean isBusinessDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SUNDAY || (day == DayOfWeek.SATURDAY && !saturdayIsBusinessDay)) {
      return false;
    }
    return !holidays.test(date);
  }

  /**
   * The last day of a term of {@code days} business days for something received on {@code
   * receivedOn}: day 1 is the first business day after {@code receivedOn} (Ley 1755 de 2015, art.
   * 14). Zero days gives {@code receivedOn} itself.
   *
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public LocalDate addBusinessDays(LocalDate receivedOn, int days) {
    Objects.requireNonNull(receivedOn, "receivedOn");
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate date = receivedOn;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (isBusinessDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /**
   * The number of business days after {@code from} up to and including {@code toInclusive}; 0 when
   * {@code toInclusive} is not after {@code from}. It is the inverse of {@link #addBusinessDays}:
   * {@code businessDaysBetween(d, addBusinessDays(d, n)) == n}.
   */
  public int businessDaysBetween(LocalDate from, LocalDate toInclusive) {
    int count = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
      if (isBusinessDay(date)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Business days left until {@code due}, seen on {@code today}: the business days after today up
   * to and including the due date (0 on the due date itself: it is the last day). When overdue the
   * result is negative: minus the business days after the due date up to and including today. On a
   * non-business day just after the due date the result is 0 although the term has expired; use a
   * comparison of dates to decide whether a term is overdue.
   */
  public int businessDaysLeft(LocalDate today, LocalDate due) {
    if (today.isAfter(due)) {
      return -businessDaysBetween(due, today);
    }
    return businessDaysBetween(today, due);
  }

  /** {@code date} if it is a business day, otherwise the next business day. */
  public LocalDate nextBusinessDayFrom(LocalDate date) {
    LocalDate d = date;
    while (!isBusinessDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
