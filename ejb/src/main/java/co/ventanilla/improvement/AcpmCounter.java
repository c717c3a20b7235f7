package co.ventanilla.improvement;

import jakarta.persistence.EntityManager;

/**
 * The consecutive number of an ACPM: per year, without gaps, never reused (like the radicado: the
 * year's row is incremented in the caller's transaction, whose rollback also returns the number).
 */
final class AcpmCounter {

  private AcpmCounter() {}

  /** The next number of {@code year}, e.g. {@code ACPM-2026-001}. */
  static String next(EntityManager em, int year) {
    em.createNativeQuery(
            "INSERT INTO acpm_counter (year, last_value) VALUES (?, LAST_INSERT_ID(1))"
                + " ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)")
        .setParameter(1, year)
        .executeUpdate();
    Number value = (Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult();
    return String.format("ACPM-%d-%03d", year, value.longValue());
  }
}
