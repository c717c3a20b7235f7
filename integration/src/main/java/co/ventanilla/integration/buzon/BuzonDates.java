package co.ventanilla.integration.buzon;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates as people transcribe them from the paper form: {@code dd/MM/yyyy} (day and month may have
 * one digit, as Excel writes them: {@code 7/3/2026}) or ISO {@code yyyy-MM-dd}. Strict: no 31st of
 * April, no two-digit years.
 */
public final class BuzonDates {

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private BuzonDates() {}

  /** The date {@code text} stands for; empty when it is none of the accepted forms. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    for (DateTimeFormatter format : new DateTimeFormatter[] {DAY_MONTH_YEAR, ISO}) {
      try {
        return Optional.of(LocalDate.parse(t, format));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
