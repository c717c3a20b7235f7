package co.ventanilla.web.admin;

import co.ventanilla.staff.StaffRole;
import co.ventanilla.staff.StaffUser;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A person who may lead a process, as the leader menu offers them. */
public record LeaderOption(String userName, String fullName, String email) implements Serializable {

  /**
   * Who approves answers: a líder de proceso (seed 004 §3) or the Dirección SIG, which approves any
   * area's answers.
   */
  static final Set<StaffRole> CAN_LEAD = EnumSet.of(StaffRole.LIDER, StaffRole.SIG);

  /**
   * The active accounts with a role that can lead, by name; {@code current} (the leader the area
   * has now) is kept at the top even when it no longer qualifies, so that editing the email alone
   * does not change the leader.
   */
  static List<LeaderOption> choices(List<StaffUser> users, String current) {
    List<LeaderOption> options = new ArrayList<>();
    users.stream()
        .filter(StaffUser::active)
        .filter(u -> u.roles().stream().anyMatch(CAN_LEAD::contains))
        .sorted(java.util.Comparator.comparing(StaffUser::fullName, String.CASE_INSENSITIVE_ORDER))
        .map(u -> new LeaderOption(u.userName(), u.fullName(), u.email()))
        .forEach(options::add);
    if (current != null && options.stream().noneMatch(o -> o.userName().equals(current))) {
      String name =
          users.stream()
              .filter(u -> u.userName().equals(current))
              .map(StaffUser::fullName)
              .findFirst()
              .orElse(current);
      options.add(0, new LeaderOption(current, name, null));
    }
    return options;
  }

  /** What the menu shows: "Carlos Pérez (carlos.perez)". */
  public String label() {
    return fullName.equals(userName) ? userName : fullName + " (" + userName + ")";
  }
}
