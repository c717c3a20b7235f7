package co.ventanilla.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Where intake records are kept. */
@ApplicationScoped
public class IntakeRecords {

  @PersistenceContext(unitName = "ventanilla")
  private EntityManager em;

  public IntakeRecords() {}

  /** For use outside a container. */
  public IntakeRecords(EntityManager em) {
    this.em = em;
  }

  public Optional<IntakeRecord> findBySourceKey(String sourceKey) {
    return em.createNamedQuery(IntakeRecord.BY_SOURCE_KEY, IntakeRecord.class)
        .setParameter("key", sourceKey)
        .getResultStream()
        .findFirst();
  }

  public void store(IntakeRecord record) {
    em.persist(record);
  }
}
