package co.ventanilla.correspondence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Where the correspondence of cases is kept. */
@ApplicationScoped
public class CaseMessages {

  @PersistenceContext(unitName = "ventanilla")
  private EntityManager em;

  public CaseMessages() {}

  /** For use outside a container. */
  public CaseMessages(EntityManager em) {
    this.em = em;
  }

  public Optional<CaseMessage> findBySourceKey(String sourceKey) {
    return em.createNamedQuery(CaseMessage.BY_SOURCE_KEY, CaseMessage.class)
        .setParameter("key", sourceKey)
        .getResultStream()
        .findFirst();
  }

  /** The correspondence of case {@code radicado}, oldest first. */
  public List<CaseMessage> ofCase(String radicado) {
    return em.createNamedQuery(CaseMessage.OF_CASE, CaseMessage.class)
        .setParameter("radicado", radicado)
        .getResultList();
  }

  public void store(CaseMessage message) {
    em.persist(message);
  }
}
