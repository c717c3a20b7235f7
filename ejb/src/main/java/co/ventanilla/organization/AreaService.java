package co.ventanilla.organization;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.staff.RoleCheck;
import co.ventanilla.staff.StaffRole;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Keeps the list of processes (areas) that cases are assigned to, and their leaders, who approve
 * the answers of their area (seed 004 §3), and where the escalation ladder's mail goes (seed 001
 * §7.2). Areas are never deleted, only deactivated: an inactive area is not offered for new
 * assignments, and its open cases go on as they are. Refusals are {@link CaseRuleViolation}s in
 * Spanish.
 */
@Stateless
public class AreaService {

  private static final Logger LOG = Logger.getLogger(AreaService.class.getName());

  /** A plausible mail address: something, one @, a domain with a dot; no blanks. */
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

  private static final int MAX_EMAIL = 254;
  private static final int MAX_NAME = 120;

  @Inject OrganizationRepository organization;
  @Inject RoleCheck roleCheck;

  public AreaService() {}

  /** For use outside a container (tests, tools). */
  public AreaService(OrganizationRepository organization) {
    this.roleCheck = RoleCheck.system();
    this.organization = organization;
  }

  /** Creates the area {@code name} led by {@code leader}; the name must be new. */
  public Area create(String name, String leader, String leaderEmail) {
    roleCheck.require(StaffRole.ADMIN, StaffRole.SIG);
    return create(name, leader, leaderEmail, "sistema");
  }

  /**
   * Creates the area {@code name} led by {@code leader}, recording {@code actor} in the log.
   *
   * @throws CaseRuleViolation when the name is missing or taken, the leader missing or the email
   *     not an address
   */
  public Area create(String name, String leader, String leaderEmail, String actor) {
    roleCheck.require(StaffRole.ADMIN, StaffRole.SIG);
    String wanted = requireText(name, "area.name_required");
    if (wanted.length() > MAX_NAME) {
      throw new CaseRuleViolation("area.name_too_long", MAX_NAME);
    }
    if (organization.findArea(wanted).isPresent()) {
      throw new CaseRuleViolation("area.exists", wanted);
    }
    Area area =
        new Area(
            wanted,
            requireText(leader, "area.leader_required"),
            email(leaderEmail, "area.email_invalid"));
    organization.store(area);
    LOG.info(() -> "Area created by " + actor + ": " + area.name() + ", leader " + area.leader());
    return area;
  }

  /** Hands the area to a new leader, who approves its answers from now on. */
  public Area changeLeader(String name, String leader, String leaderEmail) {
    roleCheck.require(StaffRole.ADMIN, StaffRole.SIG);
    return changeLeader(name, leader, leaderEmail, "sistema");
  }

  /**
   * Hands the area to a new leader (or changes the leader's email), recording {@code actor}.
   * Answers already approved stay approved; the new leader reviews the next ones.
   */
  public Area changeLeader(String name, String leader, String leaderEmail, String actor) {
    roleCheck.require(StaffRole.ADMIN, StaffRole.SIG);
    Area area = require(name);
    area.changeLeader(
        requireText(leader, "area.leader_required"), email(leaderEmail, "area.email_invalid"));
    LOG.info(() -> "Area " + area.name() + " changed by " + actor + ": leader " + area.leader());
    return area;
  }

  /**
   * Offers the area for new assignments again ({@code active}) or stops offering it. Cases already
   * in the area keep it and go on.
   */
  public Area setActive(String name, boolean active, String actor) {
    roleCheck.require(StaffRole.ADMIN, StaffRole.SIG);
    Area area = require(name);
    if (active) {
      area.activate();
    } else {
      area.deactivate();
    }
    LOG.info(
        () -> "Area " + area.name() + (active ? " activated" : " deactivated") + " by " + actor);
    return area;
  }

  public List<Area> areas() {
    return organization.areas();
  }

  /** The escalation ladder, level 1 first (seed 001 §7.2). */
  public List<EscalationLevel> escalationLevels() {
    List<EscalationLevel> levels = new ArrayList<>();
    for (int n = EscalationLevel.FIRST; n <= EscalationLevel.HIGHEST; n++) {
      organization.escalationLevel(n).ifPresent(levels::add);
    }
    return levels;
  }

  /**
   * Sets where the mail about a case escalated to {@code level} goes; blank: nobody. At level 2 the
   * leader of the case's area is told instead when the area has an email ({@link
   * EscalationLevel#recipient}).
   */
  public EscalationLevel changeMailbox(int level, String mailbox, String actor) {
    roleCheck.require(StaffRole.ADMIN, StaffRole.SIG);
    EscalationLevel rung =
        organization
            .escalationLevel(level)
            .orElseThrow(() -> new CaseRuleViolation("escalation.unknown_level", level));
    rung.changeMailbox(email(mailbox, "escalation.mailbox_invalid"));
    LOG.info(
        () ->
            "Escalation level "
                + level
                + " mailbox set by "
                + actor
                + ": "
                + (rung.mailbox() == null ? "none" : rung.mailbox()));
    return rung;
  }

  private Area require(String name) {
    return organization
        .findArea(name)
        .orElseThrow(() -> new CaseRuleViolation("area.unknown", name == null ? "" : name));
  }

  private static String requireText(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new CaseRuleViolation(key);
    }
    return value.strip();
  }

  /** The address stripped, null when blank; refused with {@code key} when it is not one. */
  private static String email(String value, String key) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String address = value.strip();
    if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
      throw new CaseRuleViolation(key, address);
    }
    return address;
  }
}
