package co.ventanilla.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One Colombian public holiday as it is observed: {@code date} is the day people do not work (after
 * the move to Monday that Ley 51 de 1983, art. 1 orders for several of them) and {@code name} is
 * its Spanish name, e.g. "Día de San José". Two holidays may share a date (2025-06-30 is both
 * Sagrado Corazón and San Pedro y San Pablo); each is still its own entry.
 */
public record Holiday(LocalDate date, String name) {

  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
  }
}
