package co.ventanilla.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;

/**
 * The role a service's change needs, checked in the service itself and not only by the page's
 * address (web.xml): when a member of staff calls, their account must have one of the roles. The
 * system — start-up (first administrator, demo data), timers, tests outside the container — calls
 * without a caller and is not checked.
 */
@ApplicationScoped
public class RoleCheck {

  @Inject SecurityContext security;
  @Inject StaffRoster roster;

  private final boolean system;

  public RoleCheck() {
    this.system = false;
  }

  private RoleCheck(boolean system) {
    this.system = system;
  }

  /** The check of services built outside the container: the system's, which lets all through. */
  public static RoleCheck system() {
    return new RoleCheck(true);
  }

  /** Whether the caller has one of {@code roles}; the system (no caller) has them all. */
  public boolean has(StaffRole... roles) {
    if (system) {
      return true;
    }
    Principal caller = security.getCallerPrincipal();
    if (caller == null) {
      return true;
    }
    Set<StaffRole> held = roster.rolesOf(caller.getName());
    return Arrays.stream(roles).anyMatch(held::contains);
  }

  /**
   * @throws RoleRequired when a member of staff without any of {@code roles} calls
   */
  public void require(StaffRole... roles) {
    if (system) {
      return;
    }
    Principal caller = security.getCallerPrincipal();
    if (caller == null) {
      return;
    }
    Set<StaffRole> has = roster.rolesOf(caller.getName());
    if (Arrays.stream(roles).noneMatch(has::contains)) {
      throw new RoleRequired(caller.getName(), roles);
    }
  }
}
