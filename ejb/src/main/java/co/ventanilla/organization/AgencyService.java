package co.ventanilla.organization;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.staff.RoleCheck;
import co.ventanilla.staff.StaffRole;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/** Keeps the list of agencies (sedes) that screens offer. Refusals are in Spanish. */
@Stateless
public class AgencyService {

  private static final Logger LOG = Logger.getLogger(AgencyService.class.getName());

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject RoleCheck roleCheck;

  public AgencyService() {}

  /** For use outside a container. */
  public AgencyService(EntityManager em) {
    this.roleCheck = RoleCheck.system();
    this.em = em;
  }

  /** Every agency, active or not, by name. */
  public List<Agency> agencies() {
    return em.createNamedQuery(Agency.ALL, Agency.class).getResultList();
  }

  /** The agencies offered for new cases and filters. */
  public List<Agency> active() {
    return em.createNamedQuery(Agency.ACTIVE, Agency.class).getResultList();
  }

  /** Adds an agency; its name must be new (case and accents ignored, as the database compares). */
  public Agency create(String name, String city, String actor) {
    return create(name, city, null, actor);
  }

  /** Adds an agency with its address (shown to staff; the documents' "domicilio"). */
  public Agency create(String name, String city, String address, String actor) {
    roleCheck.require(StaffRole.ADMIN, StaffRole.SIG);
    if (name != null && find(name) != null) {
      throw new CaseRuleViolation("agency.exists", name.strip());
    }
    Agency agency = new Agency(name, city, address);
    em.persist(agency);
    LOG.info(() -> "Agency " + agency.name() + " created by " + actor);
    return agency;
  }

  /** Renames an agency and sets whether it is offered. */
  public Agency update(long id, String name, String city, boolean active, String actor) {
    Agency agency = em.find(Agency.class, id);
    return update(id, name, city, agency == null ? null : agency.address(), active, actor);
  }

  /** Renames an agency, sets its city and address and whether it is offered. */
  public Agency update(
      long id, String name, String city, String address, boolean active, String actor) {
    roleCheck.require(StaffRole.ADMIN, StaffRole.SIG);
    Agency agency = em.find(Agency.class, id);
    if (agency == null) {
      throw new CaseRuleViolation("agency.unknown", id);
    }
    Agency other = name == null ? null : find(name);
    if (other != null && !other.id().equals(agency.id())) {
      throw new CaseRuleViolation("agency.exists", name.strip());
    }
    agency.rename(name, city);
    agency.locate(address);
    agency.activate(active);
    LOG.info(() -> "Agency " + agency.name() + " changed by " + actor);
    return agency;
  }

  private Agency find(String name) {
    return em.createNamedQuery(Agency.BY_NAME, Agency.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
