package co.ventanilla.cases.persistence;

import co.ventanilla.cases.Radicado;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Hands out radicado numbers: consecutive per year, without gaps, never reused.
 *
 * <p>The counter row of the year is incremented inside the caller's transaction. The row lock makes
 * concurrent filings wait for each other, and a filing that rolls back also rolls back its number,
 * so the sequence has no holes. {@code LAST_INSERT_ID(expr)} hands the new value back on the same
 * connection without a second read.
 */
@ApplicationScoped
public class RadicadoCounter {

  @PersistenceContext(unitName = "ventanilla")
  private EntityManager em;

  public RadicadoCounter() {}

  /** For use outside a container (tests, tools). */
  public RadicadoCounter(EntityManager em) {
    this.em = em;
  }

  /** The next radicado of {@code year}; must run inside the transaction that files the case. */
  public Radicado next(String prefix, int year) {
    em.createNativeQuery(
            "INSERT INTO radicado_counter (year, last_value) VALUES (?, LAST_INSERT_ID(1))"
                + " ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)")
        .setParameter(1, year)
        .executeUpdate();
    Number value = (Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult();
    return new Radicado(prefix, year, value.longValue());
  }
}
