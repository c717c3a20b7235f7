package co.ventanilla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * The eighteen Colombian public holidays and the statutory rule that dates each one, in the order
 * of the year. Source: Código Sustantivo del Trabajo art. 177 as amended by Ley 51 de 1983, art. 1:
 *
 * <ul>
 *   <li>fixed, never moved: 1 January, 1 May, 20 July, 7 August, 8 December, 25 December;
 *   <li>Jueves Santo and Viernes Santo: Easter − 3 and Easter − 2, never moved;
 *   <li>6 January, 19 March, 29 June, 15 August, 12 October, 1 November and 11 November move to the
 *       following Monday when they do not fall on a Monday;
 *   <li>Ascensión (Easter + 39), Corpus Christi (Easter + 60) and Sagrado Corazón (Easter + 68)
 *       move the same way, so they are always observed on Easter + 43, + 64 and + 71.
 * </ul>
 *
 * <p>Each constant also carries the key under which jollyday names the same holiday in its
 * Colombian calendar ({@code Holidays_co.xml}), so that names never depend on jollyday's locale
 * strings.
 */
enum LegalHoliday {
  ANO_NUEVO("Año Nuevo", "NEW_YEAR", Kind.FIXED, 1, 1),
  REYES_MAGOS("Día de los Reyes Magos", "EPIPHANY", Kind.MOVED_TO_MONDAY, 1, 6),
  SAN_JOSE("Día de San José", "ST_JOSEPH", Kind.MOVED_TO_MONDAY, 3, 19),
  JUEVES_SANTO("Jueves Santo", "christian.MAUNDY_THURSDAY", Kind.EASTER_FIXED, -3),
  VIERNES_SANTO("Viernes Santo", "christian.GOOD_FRIDAY", Kind.EASTER_FIXED, -2),
  DIA_DEL_TRABAJO("Día del Trabajo", "LABOUR_DAY", Kind.FIXED, 5, 1),
  ASCENSION("Ascensión del Señor", "christian.ASCENSION_DAY", Kind.EASTER_MOVED_TO_MONDAY, 39),
  CORPUS_CHRISTI("Corpus Christi", "christian.CORPUS_CHRISTI", Kind.EASTER_MOVED_TO_MONDAY, 60),
  SAGRADO_CORAZON("Sagrado Corazón", "christian.SACRED_HEART", Kind.EASTER_MOVED_TO_MONDAY, 68),
  SAN_PEDRO_Y_SAN_PABLO("San Pedro y San Pablo", "ST_PETER_PAUL", Kind.MOVED_TO_MONDAY, 6, 29),
  INDEPENDENCIA("Día de la Independencia", "INDEPENDENCE_DAY", Kind.FIXED, 7, 20),
  BATALLA_DE_BOYACA("Batalla de Boyacá", "BOYACA", Kind.FIXED, 8, 7),
  ASUNCION("Asunción de la Virgen", "ASSUMPTION_MARY", Kind.MOVED_TO_MONDAY, 8, 15),
  DIA_DE_LA_RAZA("Día de la Raza", "COLUMBUS_DAY", Kind.MOVED_TO_MONDAY, 10, 12),
  TODOS_LOS_SANTOS("Todos los Santos", "ALL_SAINTS", Kind.MOVED_TO_MONDAY, 11, 1),
  INDEPENDENCIA_DE_CARTAGENA(
      "Independencia de Cartagena", "CARTAGENA", Kind.MOVED_TO_MONDAY, 11, 11),
  INMACULADA_CONCEPCION("Inmaculada Concepción", "IMMACULATE_CONCEPTION", Kind.FIXED, 12, 8),
  NAVIDAD("Navidad", "CHRISTMAS", Kind.FIXED, 12, 25);

  private enum Kind {
    FIXED,
    MOVED_TO_MONDAY,
    EASTER_FIXED,
    EASTER_MOVED_TO_MONDAY
  }

  private final String spanishName;
  private final String jollydayKey;
  private final Kind kind;
  private final MonthDay monthDay;
  private final int daysFromEaster;

  LegalHoliday(String spanishName, String jollydayKey, Kind kind, int month, int day) {
    this.spanishName = spanishName;
    this.jollydayKey = jollydayKey;
    this.kind = kind;
    this.monthDay = MonthDay.of(month, day);
    this.daysFromEaster = 0;
  }

  LegalHoliday(String spanishName, String jollydayKey, Kind kind, int daysFromEaster) {
    this.spanishName = spanishName;
    this.jollydayKey = jollydayKey;
    this.kind = kind;
    this.monthDay = null;
    this.daysFromEaster = daysFromEaster;
  }

  String spanishName() {
    return spanishName;
  }

  String jollydayKey() {
    return jollydayKey;
  }

  /** The observed date in {@code year}, given that year's Easter Sunday. */
  LocalDate observedIn(int year, LocalDate easterSunday) {
    return switch (kind) {
      case FIXED -> monthDay.atYear(year);
      case MOVED_TO_MONDAY -> toMonday(monthDay.atYear(year));
      case EASTER_FIXED -> easterSunday.plusDays(daysFromEaster);
      case EASTER_MOVED_TO_MONDAY -> toMonday(easterSunday.plusDays(daysFromEaster));
    };
  }

  private static LocalDate toMonday(LocalDate date) {
    return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
  }

  /**
   * Easter Sunday of the Gregorian calendar (the "anonymous Gregorian algorithm" of Meeus, Jones
   * and Butcher).
   */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
