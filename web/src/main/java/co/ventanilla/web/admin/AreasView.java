package co.ventanilla.web.admin;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.organization.AreaService;
import co.ventanilla.organization.EscalationLevel;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.staff.StaffDirectory;
import co.ventanilla.staff.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Processes and leaders ({@code admin/areas.xhtml}): the areas cases are assigned to, each with the
 * leader who approves its answers (seed 004 §3) and the email escalations to level 2 go to; create
 * an area, hand it to another leader, stop or resume offering it. Below, the escalation ladder
 * (seed 001 §7.2) and the mailbox each level's mail goes to. Changes go through {@link AreaService}
 * as the logged-in person.
 */
@Named
@ViewScoped
public class AreasView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AreaService areaService;
  @Inject StaffDirectory directory;
  @Inject CurrentStaff staff;

  private List<AreaRow> areas = List.of();
  private List<Rung> ladder = List.of();
  private List<LeaderOption> leaders = List.of();

  private boolean creating;
  private String name;
  private String leader;
  private String leaderEmail;

  private Integer level;
  private String levelName;
  private String mailbox;

  @PostConstruct
  void load() {
    Map<String, StaffUser> accounts =
        directory.users().stream()
            .collect(Collectors.toMap(StaffUser::userName, Function.identity()));
    areas = areaService.areas().stream().map(a -> AreaRow.of(a, accounts)).toList();
    ladder = areaService.escalationLevels().stream().map(Rung::of).toList();
  }

  /** Opens the dialog for a new area. */
  public void startCreate() {
    creating = true;
    name = null;
    leader = null;
    leaderEmail = null;
    leaders = LeaderOption.choices(directory.users(), null);
  }

  /** Opens the dialog that hands {@code areaName} to another leader or changes the email. */
  public void startChangeLeader(String areaName) {
    AreaRow row = areas.stream().filter(a -> a.name().equals(areaName)).findFirst().orElse(null);
    if (row == null) {
      Feedback.refused(new CaseRuleViolation("area.unknown", areaName));
      return;
    }
    creating = false;
    name = row.name();
    leader = row.leader();
    leaderEmail = row.leaderEmail();
    leaders = LeaderOption.choices(directory.users(), leader);
  }

  /** The leader menu changed: the email becomes the chosen person's, which may be edited after. */
  public void leaderChosen() {
    leaders.stream()
        .filter(o -> o.userName().equals(leader) && o.email() != null)
        .findFirst()
        .ifPresent(o -> leaderEmail = o.email());
  }

  /** Creates the area of the dialog, or gives it its new leader. */
  public void save() {
    String actor = staff.get().userName();
    try {
      if (creating) {
        String created = areaService.create(name, leader, leaderEmail, actor).name();
        Feedback.done("adm.areas.created", created, leader);
      } else {
        areaService.changeLeader(name, leader, leaderEmail, actor);
        Feedback.done("adm.areas.leaderChanged", name, leader);
      }
    } catch (CaseRuleViolation e) {
      Feedback.refusedInDialog(e);
      return;
    }
    load();
  }

  /** Resumes ({@code active}) or stops offering {@code areaName} for new assignments. */
  public void setActive(String areaName, boolean active) {
    try {
      areaService.setActive(areaName, active, staff.get().userName());
      Feedback.done(active ? "adm.areas.activated" : "adm.areas.deactivated", areaName);
    } catch (CaseRuleViolation e) {
      Feedback.refused(e);
    }
    load();
  }

  /** Opens the dialog of the mailbox of escalation level {@code n}. */
  public void startMailbox(int n) {
    ladder.stream()
        .filter(r -> r.level() == n)
        .findFirst()
        .ifPresent(
            r -> {
              level = r.level();
              levelName = r.name();
              mailbox = r.mailbox();
            });
  }

  /** Stores the mailbox of the dialog's level (blank: nobody is mailed at that level). */
  public void saveMailbox() {
    try {
      areaService.changeMailbox(level, mailbox, staff.get().userName());
      Feedback.done("adm.ladder.saved", levelName);
    } catch (CaseRuleViolation e) {
      Feedback.refusedInDialog(e);
      return;
    }
    load();
  }

  public List<AreaRow> getAreas() {
    return areas;
  }

  public long getActiveCount() {
    return areas.stream().filter(AreaRow::active).count();
  }

  public List<Rung> getLadder() {
    return ladder;
  }

  public List<LeaderOption> getLeaders() {
    return leaders;
  }

  public boolean isCreating() {
    return creating;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLeader() {
    return leader;
  }

  public void setLeader(String leader) {
    this.leader = leader;
  }

  public String getLeaderEmail() {
    return leaderEmail;
  }

  public void setLeaderEmail(String leaderEmail) {
    this.leaderEmail = leaderEmail;
  }

  public Integer getLevel() {
    return level;
  }

  public String getLevelName() {
    return levelName;
  }

  public String getMailbox() {
    return mailbox;
  }

  public void setMailbox(String mailbox) {
    this.mailbox = mailbox;
  }

  /** One level of the escalation ladder. */
  public record Rung(int level, String name, String mailbox) implements Serializable {

    static Rung of(EscalationLevel l) {
      return new Rung(l.level(), l.name(), l.mailbox());
    }

    /** At level 2 the area's leader is mailed first (when the area has an email). */
    public boolean areaLeaderFirst() {
      return level == EscalationLevel.AREA_COORDINATOR;
    }
  }
}
