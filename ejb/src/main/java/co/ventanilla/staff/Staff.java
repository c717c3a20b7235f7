package co.ventanilla.staff;

import co.ventanilla.organization.StaffMember;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The person calling, as the rules of access need them: user name, roles, the areas they work in
 * ({@code areaIds}) and those they lead ({@code ledAreaIds}: an area's leader is named on the area,
 * seed 004 §3). Built by {@link StaffDirectory} from the account; never from what a browser sends.
 */
public record Staff(
    String userName,
    String fullName,
    String email,
    Set<StaffRole> roles,
    Set<Long> areaIds,
    Set<Long> ledAreaIds)
    implements Serializable {

  public Staff {
    roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    areaIds = Set.copyOf(areaIds);
    ledAreaIds = Set.copyOf(ledAreaIds);
  }

  public boolean has(StaffRole role) {
    return roles.contains(role);
  }

  /** Whether the person has any of {@code wanted}. */
  public boolean hasAny(Set<StaffRole> wanted) {
    return wanted.stream().anyMatch(roles::contains);
  }

  /** Whether the person works in or leads the area {@code areaId}. */
  public boolean worksIn(Long areaId) {
    return areaId != null && (areaIds.contains(areaId) || ledAreaIds.contains(areaId));
  }

  /** Whether the person leads the area {@code areaId}. */
  public boolean leads(Long areaId) {
    return areaId != null && ledAreaIds.contains(areaId);
  }

  /** The person as a reviewer of answers: the Dirección SIG approves any area's answers. */
  public StaffMember asReviewer() {
    return new StaffMember(userName, has(StaffRole.SIG));
  }
}
