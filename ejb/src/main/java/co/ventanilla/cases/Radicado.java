package co.ventanilla.cases;

/**
 * The filing number given at reception: unique, consecutive per year without gaps, printed on every
 * acknowledgement and answer (DOMAIN.md, "Radicado"; seed 001 §7.1 "Se asignará un número de
 * radicado para seguimiento de cada solicitud"). Default format {@code YYYY-NNNNNN}, with an
 * optional prefix: {@code PQRS-2026-000042}.
 */
public record Radicado(String prefix, int year, long number) {

  public Radicado {
    if (year < 2000 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (number < 1) {
      throw new IllegalArgumentException("radicado numbers start at 1: " + number);
    }
    prefix = prefix == null ? "" : prefix.strip();
  }

  /** The printed form, e.g. {@code 2026-000042}. */
  public String value() {
    return prefix + year + "-" + String.format("%06d", number);
  }

  @Override
  public String toString() {
    return value();
  }
}
