package co.ventanilla.web.admin;

import co.ventanilla.organization.Area;
import co.ventanilla.staff.StaffUser;
import java.io.Serializable;
import java.util.Map;

/**
 * One process as the areas screen lists it, with its leader's name when the leader is an account
 * ({@code leaderName} null: no account by that user name, e.g. an area set up before its leader was
 * given one) and whether that account can log in.
 */
public record AreaRow(
    String name,
    String leader,
    String leaderName,
    boolean leaderActive,
    String leaderEmail,
    boolean active)
    implements Serializable {

  /** The area {@code area}, its leader looked up in {@code accounts} (by user name). */
  static AreaRow of(Area area, Map<String, StaffUser> accounts) {
    StaffUser leader = accounts.get(area.leader().toLowerCase(java.util.Locale.ROOT));
    return new AreaRow(
        area.name(),
        area.leader(),
        leader == null ? null : leader.fullName(),
        leader != null && leader.active(),
        area.leaderEmail(),
        area.active());
  }

  /** Whether the leader is not an active account: nobody can approve the area's answers. */
  public boolean leaderMissing() {
    return !leaderActive;
  }
}
