package co.ventanilla.cases.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The outbox in MariaDB through JPA. */
@ApplicationScoped
public class JpaOutbox implements Outbox {

  @PersistenceContext(unitName = "ventanilla")
  private EntityManager em;

  public JpaOutbox() {}

  /** For use outside a container (tests, tools). */
  public JpaOutbox(EntityManager em) {
    this.em = em;
  }

  @Override
  public void enqueue(OutboxMessage message) {
    em.persist(message);
  }

  @Override
  public List<OutboxMessage> pending(int max) {
    return em.createNamedQuery(OutboxMessage.PENDING, OutboxMessage.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<OutboxMessage> forCase(String radicado) {
    return em.createNamedQuery(OutboxMessage.BY_RADICADO, OutboxMessage.class)
        .setParameter("radicado", radicado)
        .getResultList();
  }
}
