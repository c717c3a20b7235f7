package co.ventanilla.organization.persistence;

import co.ventanilla.organization.Area;
import co.ventanilla.organization.EscalationLevel;
import co.ventanilla.organization.OrganizationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Areas and escalation levels in MariaDB through JPA. */
@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

  @PersistenceContext(unitName = "ventanilla")
  private EntityManager em;

  public JpaOrganizationRepository() {}

  /** For use outside a container (tests, tools). */
  public JpaOrganizationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void store(Area area) {
    em.persist(area);
  }

  @Override
  public Optional<Area> findArea(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(Area.BY_NAME, Area.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Area> areas() {
    return em.createNamedQuery(Area.ALL, Area.class).getResultList();
  }

  @Override
  public Optional<EscalationLevel> escalationLevel(int level) {
    return Optional.ofNullable(em.find(EscalationLevel.class, level));
  }
}
