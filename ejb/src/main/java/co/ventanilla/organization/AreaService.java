package co.ventanilla.organization;

import co.ventanilla.cases.CaseRuleViolation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps the list of processes (areas) that cases are assigned to, and their leaders, who approve
 * the answers of their area (seed 004 §3). Refusals are {@link CaseRuleViolation}s in Spanish.
 */
@Stateless
public class AreaService {

  private static final Logger LOG = Logger.getLogger(AreaService.class.getName());

  @Inject OrganizationRepository organization;

  /** Creates the area {@code name} led by {@code leader}; the name must be new. */
  public Area create(String name, String leader, String leaderEmail) {
    if (organization.findArea(name).isPresent()) {
      throw new CaseRuleViolation("area.exists", name);
    }
    Area area = new Area(name, leader, leaderEmail);
    organization.store(area);
    LOG.info(() -> "Area created: " + area.name() + ", leader " + area.leader());
    return area;
  }

  /** Hands the area to a new leader, who approves its answers from now on. */
  public Area changeLeader(String name, String leader, String leaderEmail) {
    Area area =
        organization.findArea(name).orElseThrow(() -> new CaseRuleViolation("area.unknown", name));
    area.changeLeader(leader, leaderEmail);
    LOG.info(() -> "Area " + area.name() + ": new leader " + area.leader());
    return area;
  }

  public List<Area> areas() {
    return organization.areas();
  }
}
