package co.ventanilla.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The Colombian public holidays of a year, as observed (after the move to Monday).
 *
 * <p>Business rule: Código Sustantivo del Trabajo art. 177 as amended by Ley 51 de 1983, art. 1
 * ("Ley Emiliani"). Eighteen holidays: 1 January, 1 May, 20 July, 7 August, 8 December and 25
 * December are never moved; Jueves Santo and Viernes Santo are Easter − 3 and − 2; 6 January, 19
 * March, 29 June, 15 August, 12 October, 1 November, 11 November and the Easter-based Ascensión (+
 * 39), Corpus Christi (+ 60) and Sagrado Corazón (+ 68) move to the following Monday when they do
 * not fall on a Monday. Easter Sunday itself is not a legal holiday (it is a Sunday anyway).
 *
 * <p>The holidays are read from jollyday's maintained Colombian calendar and mapped to their
 * Spanish names by jollyday's property key (never by its locale strings). Every year is also
 * computed from the statutory rule above; where jollyday and the law disagree (a missing, extra or
 * differently dated holiday, or jollyday failing to load) <em>the law wins</em> and the
 * disagreement is logged as a warning. The returned dates are therefore always the statutory ones.
 *
 * <p>Years before 1984 are refused: Ley 51 de 1983 governs from 1984 on. Results are cached per
 * year; instances are thread-safe and meant to be shared (see {@link #shared()}).
 */
public final class ColombianHolidays {

  /** The first year governed by Ley 51 de 1983. */
  public static final int FIRST_YEAR = 1984;

  private static final System.Logger LOG = System.getLogger(ColombianHolidays.class.getName());
  private static final String JOLLYDAY_EASTER_KEY = "christian.EASTER";
  private static final ColombianHolidays SHARED = new ColombianHolidays();

  private final IntFunction<Collection<de.focus_shift.jollyday.core.Holiday>> upstream;
  private final ConcurrentMap<Integer, YearOfHolidays> cache = new ConcurrentHashMap<>();

  /** A calendar backed by jollyday's Colombian holidays, checked against the law. */
  public ColombianHolidays() {
    this(ColombianHolidays::fromJollyday);
  }

  /** For tests: a calendar whose upstream list of holidays is {@code upstream}. */
  ColombianHolidays(IntFunction<Collection<de.focus_shift.jollyday.core.Holiday>> upstream) {
    this.upstream = upstream;
  }

  /** One instance for the whole application, so that every year is computed only once. */
  public static ColombianHolidays shared() {
    return SHARED;
  }

  /**
   * The holidays of {@code year}, sorted by observed date; two holidays on the same date are two
   * entries, in the order of the statute.
   *
   * @throws IllegalArgumentException if {@code year} is before {@link #FIRST_YEAR}
   */
  public List<Holiday> of(int year) {
    return yearOf(year).holidays();
  }

  /** Whether {@code date} is a Colombian public holiday. */
  public boolean isHoliday(LocalDate date) {
    return yearOf(date.getYear()).dates().contains(date);
  }

  /**
   * How jollyday's list for {@code year} differs from the statutory rule, one sentence (Spanish)
   * per difference; empty when they agree.
   */
  List<String> discrepancies(int year) {
    return yearOf(year).discrepancies();
  }

  private YearOfHolidays yearOf(int year) {
    if (year < FIRST_YEAR || year > Year.MAX_VALUE) {
      throw new IllegalArgumentException(
          "Year " + year + " is outside the range of Ley 51 de 1983 (from " + FIRST_YEAR + ")");
    }
    return cache.computeIfAbsent(year, this::compute);
  }

  private YearOfHolidays compute(int year) {
    LocalDate easter = LegalHoliday.easterSunday(year);
    Map<LegalHoliday, LocalDate> byLaw = new EnumMap<>(LegalHoliday.class);
    for (LegalHoliday holiday : LegalHoliday.values()) {
      byLaw.put(holiday, holiday.observedIn(year, easter));
    }

    List<String> discrepancies = compareWithUpstream(year, byLaw);
    if (!discrepancies.isEmpty()) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Festivos de {0}: jollyday no coincide con la Ley 51 de 1983; se aplica la ley. {1}",
          Integer.toString(year),
          String.join(" ", discrepancies));
    }

    List<Holiday> holidays = new ArrayList<>();
    byLaw.forEach((holiday, date) -> holidays.add(new Holiday(date, holiday.spanishName())));
    // Stable sort: holidays sharing a date keep the statute's order.
    holidays.sort(Comparator.comparing(Holiday::date));
    Set<LocalDate> dates = holidays.stream().map(Holiday::date).collect(Collectors.toSet());
    return new YearOfHolidays(List.copyOf(holidays), Set.copyOf(dates), List.copyOf(discrepancies));
  }

  private List<String> compareWithUpstream(int year, Map<LegalHoliday, LocalDate> byLaw) {
    Collection<de.focus_shift.jollyday.core.Holiday> listed;
    try {
      listed = upstream.apply(year);
    } catch (RuntimeException | LinkageError e) {
      return List.of("jollyday no pudo calcular el año: " + e + ".");
    }
    List<String> discrepancies = new ArrayList<>();
    Map<LegalHoliday, LocalDate> byJollyday = new EnumMap<>(LegalHoliday.class);
    for (de.focus_shift.jollyday.core.Holiday h : listed) {
      String key = h.getPropertiesKey();
      if (JOLLYDAY_EASTER_KEY.equals(key)) {
        continue;
      }
      LegalHoliday match = byKey(key);
      if (match == null) {
        discrepancies.add(
            "jollyday lista " + key + " el " + h.getDate() + ", que no es festivo legal.");
      } else if (byJollyday.putIfAbsent(match, h.getDate()) != null) {
        discrepancies.add("jollyday lista " + key + " más de una vez.");
      }
    }
    byLaw.forEach(
        (holiday, legalDate) -> {
          LocalDate upstreamDate = byJollyday.get(holiday);
          if (upstreamDate == null) {
            discrepancies.add("jollyday omite " + holiday.spanishName() + " (" + legalDate + ").");
          } else if (!upstreamDate.equals(legalDate)) {
            discrepancies.add(
                "jollyday fecha "
                    + holiday.spanishName()
                    + " el "
                    + upstreamDate
                    + "; la ley, el "
                    + legalDate
                    + ".");
          }
        });
    return discrepancies;
  }

  private static LegalHoliday byKey(String key) {
    for (LegalHoliday holiday : LegalHoliday.values()) {
      if (holiday.jollydayKey().equals(key)) {
        return holiday;
      }
    }
    return null;
  }

  private static Collection<de.focus_shift.jollyday.core.Holiday> fromJollyday(int year) {
    return HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.COLOMBIA))
        .getHolidays(Year.of(year));
  }

  private record YearOfHolidays(
      List<Holiday> holidays, Set<LocalDate> dates, List<String> discrepancies) {}
}
