package co.ventanilla.web.admin;

import co.ventanilla.calendar.ColombianHolidays;
import co.ventanilla.calendar.Holiday;
import co.ventanilla.organization.OrganizationSettingsService;
import co.ventanilla.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Holidays ({@code admin/festivos.xhtml?anio=2026}), read-only: the Colombian public holidays of a
 * year as observed, after Ley 51 de 1983 moved several of them to Monday ({@link
 * ColombianHolidays}), which the terms skip when they count business days. The year defaults to the
 * current one in Colombian time.
 */
@Named
@ViewScoped
public class HolidaysView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many years either side of the current one the menu offers. */
  static final int YEARS_AROUND = 5;

  /** The last year offered: four digits. */
  static final int LAST_YEAR = 9999;

  @Inject Clock clock;
  @Inject OrganizationSettingsService settings;

  private int currentYear;
  private int year;
  private boolean saturdayBusinessDay;

  @PostConstruct
  void init() {
    currentYear = LocalDate.now(clock).getYear();
    year = currentYear;
    saturdayBusinessDay = settings.current().saturdayBusinessDay();
  }

  /** The holidays of the chosen year, each with its weekday in the user's language. */
  public List<Row> getHolidays() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return rows(ColombianHolidays.shared().of(year), Texts.of(faces).locale());
  }

  /** How many of the year's holidays fall from Monday to Friday: days the terms do not count. */
  public long getOnWeekdays() {
    return getHolidays().stream().filter(Row::weekday).count();
  }

  /** The years the menu offers: five either side of this one, and the chosen one. */
  public List<Integer> getYears() {
    int from = Math.max(ColombianHolidays.FIRST_YEAR, Math.min(year, currentYear - YEARS_AROUND));
    int to = Math.max(year, currentYear + YEARS_AROUND);
    return IntStream.rangeClosed(from, to).boxed().toList();
  }

  public void previous() {
    year = Math.max(ColombianHolidays.FIRST_YEAR, year - 1);
  }

  public void next() {
    year = Math.min(LAST_YEAR, year + 1);
  }

  static List<Row> rows(List<Holiday> holidays, Locale locale) {
    DateTimeFormatter weekday = DateTimeFormatter.ofPattern("EEEE", locale);
    return holidays.stream()
        .map(
            h ->
                new Row(
                    h.date(),
                    weekday.format(h.date()),
                    h.name(),
                    h.date().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()))
        .toList();
  }

  public int getYear() {
    return year;
  }

  /** Sets the year, kept between 1984 (Ley 51 de 1983 governs from then) and 9999. */
  public void setYear(int year) {
    this.year = Math.min(LAST_YEAR, Math.max(ColombianHolidays.FIRST_YEAR, year));
  }

  public boolean isFirstYear() {
    return year <= ColombianHolidays.FIRST_YEAR;
  }

  public boolean isSaturdayBusinessDay() {
    return saturdayBusinessDay;
  }

  /** One holiday: its date, weekday, Spanish name and whether it falls Monday to Friday. */
  public record Row(LocalDate date, String dayOfWeek, String name, boolean weekday)
      implements Serializable {}
}
