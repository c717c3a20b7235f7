package co.ventanilla.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Who is who among staff, for the services that name people on cases. */
@ApplicationScoped
public class StaffRoster {

  @PersistenceContext(unitName = "ventanilla")
  private EntityManager em;

  public StaffRoster() {}

  /** For use outside a container (tests, tools). */
  public StaffRoster(EntityManager em) {
    this.em = em;
  }

  /**
   * The active accounts named on every new protected case: the officers of the whistle-blower box
   * (an administrator marks them on the users screen).
   */
  public List<String> receiversOfProtected() {
    return em.createNamedQuery(StaffUser.RECEIVERS_OF_PROTECTED, String.class).getResultList();
  }

  /** The roles of the active account {@code userName}; empty for none. */
  public java.util.Set<StaffRole> rolesOf(String userName) {
    return java.util.Set.copyOf(
        em.createQuery(
                "SELECT r FROM StaffUser u JOIN u.roles r WHERE u.userName = :n AND u.active = TRUE",
                StaffRole.class)
            .setParameter("n", userName == null ? "" : userName.toLowerCase(java.util.Locale.ROOT))
            .getResultList());
  }
}
