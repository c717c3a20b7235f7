package co.ventanilla.cases.persistence;

import co.ventanilla.cases.OpenCases;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.organization.EscalationLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Open cases in MariaDB through JPA: one query each. */
@ApplicationScoped
public class JpaOpenCases implements OpenCases {

  @PersistenceContext(unitName = "ventanilla")
  private EntityManager em;

  public JpaOpenCases() {}

  /** For use outside a container (tests, tools). */
  public JpaOpenCases(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<PqrsCase> escalationCandidates(double share) {
    return em.createNamedQuery(PqrsCase.ESCALATION_CANDIDATES, PqrsCase.class)
        .setParameter("states", List.copyOf(PqrsCase.TERM_RUNS))
        .setParameter("highest", EscalationLevel.HIGHEST)
        .setParameter("share", share)
        .getResultList();
  }
}
