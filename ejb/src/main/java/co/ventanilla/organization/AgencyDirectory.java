package co.ventanilla.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The configured agencies (sedes) as intake and the case desk need them: which one a petition's
 * free text names ({@link AgencyMatcher}), and the agencies of a preset created when missing.
 */
@ApplicationScoped
public class AgencyDirectory {

  private static final Logger LOG = Logger.getLogger(AgencyDirectory.class.getName());

  @PersistenceContext(unitName = "ventanilla")
  private EntityManager em;

  public AgencyDirectory() {}

  /** For use outside a container (tests, tools). */
  public AgencyDirectory(EntityManager em) {
    this.em = em;
  }

  /**
   * What a case records of the agency received as {@code received}.
   *
   * @param agency the configured agency's name, or the text as received when none matched
   * @param unconfirmed whether reception must choose the agency (the text matched none of the
   *     configured agencies)
   */
  public record Resolution(String agency, boolean unconfirmed) {
    static final Resolution NONE = new Resolution(null, false);
  }

  /**
   * The agency a petition names: blank is none; with no agency configured the text stays as
   * received (there is nothing to choose from); otherwise the one it matches, or the text flagged
   * for reception to choose.
   */
  public Resolution resolve(String received) {
    if (received == null || received.isBlank()) {
      return Resolution.NONE;
    }
    List<Agency> active = active();
    if (active.isEmpty()) {
      return new Resolution(received.strip(), false);
    }
    return AgencyMatcher.match(received, active)
        .map(a -> new Resolution(a.name(), false))
        .orElseGet(() -> new Resolution(received.strip(), true));
  }

  /** The active agencies, by name. */
  public List<Agency> active() {
    return em.createNamedQuery(Agency.ACTIVE, Agency.class).getResultList();
  }

  /** The active agency named exactly {@code name} (case and accents as the database compares). */
  public Optional<Agency> activeNamed(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(Agency.BY_NAME, Agency.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .filter(Agency::active)
        .findFirst();
  }

  /**
   * Creates the agencies of {@code sedes} that do not exist yet (by name); existing ones are left
   * as the administrator keeps them.
   *
   * @return how many were created
   */
  public int addMissing(List<AgencyPresets.Sede> sedes) {
    int created = 0;
    for (AgencyPresets.Sede s : sedes) {
      boolean exists =
          !em.createNamedQuery(Agency.BY_NAME, Agency.class)
              .setParameter("name", s.name())
              .getResultList()
              .isEmpty();
      if (!exists) {
        em.persist(new Agency(s.name(), s.city(), s.address()));
        created++;
      }
    }
    if (created > 0) {
      int n = created;
      LOG.info(() -> n + " agencies of the preset created");
    }
    return created;
  }
}
