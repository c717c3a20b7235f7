package co.ventanilla.web.rest;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Dates in API answers: ISO-8601 with the Colombian offset, to the second. */
final class ApiDates {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  private ApiDates() {}

  /** {@code 2026-03-17T09:30:00-05:00} for a time received in Colombia. */
  static String dateTime(LocalDateTime colombianTime) {
    return colombianTime
        .truncatedTo(ChronoUnit.SECONDS)
        .atZone(BOGOTA)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
