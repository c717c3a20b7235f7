package co.ventanilla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.focus_shift.jollyday.core.HolidayType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColombianHolidaysTest {

  private final ColombianHolidays holidays = new ColombianHolidays();

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029, 2030})
  void holidaysOfTheYearAreExactlyThoseOfLey51(int year) {
    // given the rule written independently here (Gauss's Easter, Ley 51 de 1983 moves)
    List<Holiday> expected = Ley51.holidays(year);

    // when
    List<Holiday> actual = holidays.of(year);

    // then: same dates (with repetitions), same names on each date
    assertEquals(sortedDates(expected), sortedDates(actual), "dates of " + year);
    assertEquals(new HashSet<>(expected), new HashSet<>(actual), "holidays of " + year);
    assertEquals(18, actual.size());
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029, 2030})
  void jollydayAgreesWithTheLaw(int year) {
    // when
    List<String> discrepancies = holidays.discrepancies(year);

    // then
    assertEquals(List.of(), discrepancies);
  }

  @Test
  void independentEasterComputusGivesTheKnownDates() {
    assertEquals(LocalDate.of(2024, 3, 31), Ley51.easter(2024));
    assertEquals(LocalDate.of(2025, 4, 20), Ley51.easter(2025));
    assertEquals(LocalDate.of(2026, 4, 5), Ley51.easter(2026));
    assertEquals(LocalDate.of(2027, 3, 28), Ley51.easter(2027));
    assertEquals(LocalDate.of(2028, 4, 16), Ley51.easter(2028));
    assertEquals(LocalDate.of(2029, 4, 1), Ley51.easter(2029));
    assertEquals(LocalDate.of(2030, 4, 21), Ley51.easter(2030));
    // Gauss's two exceptions
    assertEquals(LocalDate.of(1981, 4, 19), Ley51.easter(1981));
    assertEquals(LocalDate.of(1954, 4, 18), Ley51.easter(1954));
  }

  @Test
  void holidaysAreSortedByDate() {
    List<Holiday> year = holidays.of(2026);

    for (int i = 1; i < year.size(); i++) {
      assertFalse(year.get(i).date().isBefore(year.get(i - 1).date()), year.toString());
    }
  }

  @Test
  void twoHolidaysOnTheSameDateAreBothListed() {
    // given 2025: Sagrado Corazón (Easter + 71) and San Pedro y San Pablo (29 June, a Sunday)
    LocalDate june30 = LocalDate.of(2025, 6, 30);

    // when
    List<String> names =
        holidays.of(2025).stream().filter(h -> h.date().equals(june30)).map(Holiday::name).toList();

    // then
    assertEquals(List.of("Sagrado Corazón", "San Pedro y San Pablo"), names);
    assertTrue(holidays.isHoliday(june30));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-01, Año Nuevo",
    "2026-01-12, Día de los Reyes Magos",
    "2026-03-23, Día de San José",
    "2026-04-02, Jueves Santo",
    "2026-04-03, Viernes Santo",
    "2026-05-01, Día del Trabajo",
    "2026-05-18, Ascensión del Señor",
    "2026-06-08, Corpus Christi",
    "2026-06-15, Sagrado Corazón",
    "2026-06-29, San Pedro y San Pablo",
    "2026-07-20, Día de la Independencia",
    "2026-08-07, Batalla de Boyacá",
    "2026-08-17, Asunción de la Virgen",
    "2026-10-12, Día de la Raza",
    "2026-11-02, Todos los Santos",
    "2026-11-16, Independencia de Cartagena",
    "2026-12-08, Inmaculada Concepción",
    "2026-12-25, Navidad"
  })
  void knownHolidaysOf2026(LocalDate date, String name) {
    assertTrue(holidays.isHoliday(date), date + " should be a holiday");
    assertTrue(holidays.of(2026).contains(new Holiday(date, name)), name + " on " + date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-01-06", // Reyes falls on Tuesday and is observed on Monday the 12th
        "2026-03-19", // San José on Thursday, observed on the 23rd
        "2026-04-05", // Easter Sunday is not a legal holiday
        "2026-05-14", // Ascension Thursday, observed on Monday the 18th
        "2026-08-15", // Asunción on Saturday, observed on the 17th
        "2026-03-17"
      })
  void movedOriginalDatesAndEasterSundayAreNotHolidays(LocalDate date) {
    assertFalse(holidays.isHoliday(date));
  }

  @Test
  void theLawWinsWhenJollydayDisagrees() {
    // given an upstream list that dates San José on the 19th (unmoved), adds Easter and an unknown
    // holiday, and omits Navidad
    ColombianHolidays withWrongUpstream =
        new ColombianHolidays(
            year -> {
              List<de.focus_shift.jollyday.core.Holiday> list = new ArrayList<>();
              for (Holiday h : Ley51.holidays(year)) {
                if (h.name().equals("Navidad")) {
                  continue;
                }
                LocalDate date =
                    h.name().equals("Día de San José") ? LocalDate.of(year, 3, 19) : h.date();
                list.add(jollyday(date, Ley51.jollydayKey(h.name())));
              }
              list.add(jollyday(Ley51.easter(year), "christian.EASTER"));
              list.add(jollyday(LocalDate.of(year, 2, 14), "VALENTINE"));
              return list;
            });

    // when
    List<Holiday> year = withWrongUpstream.of(2026);

    // then the statutory dates are kept and the differences are reported
    assertEquals(new HashSet<>(Ley51.holidays(2026)), new HashSet<>(year));
    assertFalse(withWrongUpstream.isHoliday(LocalDate.of(2026, 3, 19)));
    assertTrue(withWrongUpstream.isHoliday(LocalDate.of(2026, 12, 25)));
    assertFalse(withWrongUpstream.isHoliday(LocalDate.of(2026, 2, 14)));
    List<String> discrepancies = withWrongUpstream.discrepancies(2026);
    assertEquals(3, discrepancies.size(), discrepancies.toString());
    assertTrue(discrepancies.stream().anyMatch(d -> d.contains("San José")));
    assertTrue(discrepancies.stream().anyMatch(d -> d.contains("Navidad")));
    assertTrue(discrepancies.stream().anyMatch(d -> d.contains("VALENTINE")));
  }

  @Test
  void theLawIsUsedWhenJollydayFails() {
    // given
    ColombianHolidays broken =
        new ColombianHolidays(
            year -> {
              throw new IllegalStateException("no holiday files");
            });

    // when
    List<Holiday> year = broken.of(2027);

    // then
    assertEquals(new HashSet<>(Ley51.holidays(2027)), new HashSet<>(year));
    assertEquals(1, broken.discrepancies(2027).size());
  }

  @Test
  void yearsBeforeLey51AreRefused() {
    assertThrows(IllegalArgumentException.class, () -> holidays.of(1983));
    assertThrows(
        IllegalArgumentException.class, () -> holidays.isHoliday(LocalDate.of(1980, 1, 1)));
  }

  @Test
  void eachYearIsComputedOnceEvenUnderConcurrentUse() throws Exception {
    // given an upstream that counts its calls
    AtomicInteger calls = new AtomicInteger();
    ColombianHolidays counted =
        new ColombianHolidays(
            year -> {
              calls.incrementAndGet();
              return List.of();
            });
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<List<Holiday>>> tasks = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        tasks.add(
            () -> {
              start.await();
              return counted.of(2028);
            });
      }
      List<Future<List<Holiday>>> futures = new ArrayList<>();
      for (Callable<List<Holiday>> task : tasks) {
        futures.add(pool.submit(task));
      }

      // when all ask at once
      start.countDown();
      List<List<Holiday>> results = new ArrayList<>();
      for (Future<List<Holiday>> f : futures) {
        results.add(f.get(30, TimeUnit.SECONDS));
      }

      // then
      assertEquals(1, calls.get());
      for (List<Holiday> r : results) {
        assertSame(results.get(0), r);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theListCannotBeModified() {
    List<Holiday> year = holidays.of(2026);

    assertThrows(
        UnsupportedOperationException.class,
        () -> year.add(new Holiday(LocalDate.of(2026, 2, 2), "x")));
  }

  private static List<LocalDate> sortedDates(Collection<Holiday> holidays) {
    return holidays.stream().map(Holiday::date).sorted().collect(Collectors.toList());
  }

  private static de.focus_shift.jollyday.core.Holiday jollyday(LocalDate date, String key) {
    return new de.focus_shift.jollyday.core.Holiday(date, key, HolidayType.PUBLIC_HOLIDAY);
  }

  /**
   * The rule of Ley 51 de 1983 written a second time, independently of the production code: Easter
   * by Gauss's algorithm, moves with TemporalAdjusters.
   */
  static final class Ley51 {

    static LocalDate easter(int year) {
      int a = year % 19;
      int b = year % 4;
      int c = year % 7;
      int k = year / 100;
      int p = (13 + 8 * k) / 25;
      int q = k / 4;
      int m = (15 - p + k - q) % 30;
      int n = (4 + k - q) % 7;
      int d = (19 * a + m) % 30;
      int e = (2 * b + 4 * c + 6 * d + n) % 7;
      if (d == 29 && e == 6) {
        return LocalDate.of(year, 4, 19);
      }
      if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
        return LocalDate.of(year, 4, 18);
      }
      return LocalDate.of(year, 3, 22).plusDays(d + e);
    }

    static LocalDate nextMonday(LocalDate date) {
      return date.getDayOfWeek() == DayOfWeek.MONDAY
          ? date
          : date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    static List<Holiday> holidays(int year) {
      LocalDate easter = easter(year);
      List<Holiday> list = new ArrayList<>();
      list.add(new Holiday(LocalDate.of(year, 1, 1), "Año Nuevo"));
      list.add(new Holiday(nextMonday(LocalDate.of(year, 1, 6)), "Día de los Reyes Magos"));
      list.add(new Holiday(nextMonday(LocalDate.of(year, 3, 19)), "Día de San José"));
      list.add(new Holiday(easter.minusDays(3), "Jueves Santo"));
      list.add(new Holiday(easter.minusDays(2), "Viernes Santo"));
      list.add(new Holiday(LocalDate.of(year, 5, 1), "Día del Trabajo"));
      list.add(new Holiday(nextMonday(easter.plusDays(39)), "Ascensión del Señor"));
      list.add(new Holiday(nextMonday(easter.plusDays(60)), "Corpus Christi"));
      list.add(new Holiday(nextMonday(easter.plusDays(68)), "Sagrado Corazón"));
      list.add(new Holiday(nextMonday(LocalDate.of(year, 6, 29)), "San Pedro y San Pablo"));
      list.add(new Holiday(LocalDate.of(year, 7, 20), "Día de la Independencia"));
      list.add(new Holiday(LocalDate.of(year, 8, 7), "Batalla de Boyacá"));
      list.add(new Holiday(nextMonday(LocalDate.of(year, 8, 15)), "Asunción de la Virgen"));
      list.add(new Holiday(nextMonday(LocalDate.of(year, 10, 12)), "Día de la Raza"));
      list.add(new Holiday(nextMonday(LocalDate.of(year, 11, 1)), "Todos los Santos"));
      list.add(new Holiday(nextMonday(LocalDate.of(year, 11, 11)), "Independencia de Cartagena"));
      list.add(new Holiday(LocalDate.of(year, 12, 8), "Inmaculada Concepción"));
      list.add(new Holiday(LocalDate.of(year, 12, 25), "Navidad"));
      // the Easter-based moved holidays always land on Easter + 43, + 64 and + 71
      Set<LocalDate> dates = list.stream().map(Holiday::date).collect(Collectors.toSet());
      if (!dates.containsAll(
          List.of(easter.plusDays(43), easter.plusDays(64), easter.plusDays(71)))) {
        throw new AssertionError("Easter-based holidays are not on Mondays in " + year);
      }
      return list;
    }

    static String jollydayKey(String spanishName) {
      return switch (spanishName) {
        case "Año Nuevo" -> "NEW_YEAR";
        case "Día de los Reyes Magos" -> "EPIPHANY";
        case "Día de San José" -> "ST_JOSEPH";
        case "Jueves Santo" -> "christian.MAUNDY_THURSDAY";
        case "Viernes Santo" -> "christian.GOOD_FRIDAY";
        case "Día del Trabajo" -> "LABOUR_DAY";
        case "Ascensión del Señor" -> "christian.ASCENSION_DAY";
        case "Corpus Christi" -> "christian.CORPUS_CHRISTI";
        case "Sagrado Corazón" -> "christian.SACRED_HEART";
        case "San Pedro y San Pablo" -> "ST_PETER_PAUL";
        case "Día de la Independencia" -> "INDEPENDENCE_DAY";
        case "Batalla de Boyacá" -> "BOYACA";
        case "Asunción de la Virgen" -> "ASSUMPTION_MARY";
        case "Día de la Raza" -> "COLUMBUS_DAY";
        case "Todos los Santos" -> "ALL_SAINTS";
        case "Independencia de Cartagena" -> "CARTAGENA";
        case "Inmaculada Concepción" -> "IMMACULATE_CONCEPTION";
        case "Navidad" -> "CHRISTMAS";
        default -> throw new IllegalArgumentException(spanishName);
      };
    }
  }
}
