package co.ventanilla.web.admin;

import co.ventanilla.organization.Area;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.staff.StaffUser;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/** Accounts and areas built in memory, as the EJBs would hand them to the views. */
final class Fixtures {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 30);

  private Fixtures() {}

  /** An area with the id the database would give it. */
  static Area area(long id, String name, String leader, boolean active) {
    Area area = new Area(name, leader, leader + "@empresa.example");
    if (!active) {
      area.deactivate();
    }
    try {
      Field field = Area.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(area, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return area;
  }

  static StaffUser user(String userName, String fullName, StaffRole first, StaffRole... more) {
    return user(userName, fullName, Set.of(), EnumSet.of(first, more));
  }

  static StaffUser user(String userName, String fullName, Set<Area> areas, Set<StaffRole> roles) {
    return new StaffUser(
        userName,
        fullName,
        userName + "@empresa.example",
        roles,
        areas,
        false,
        "hash",
        true,
        NOW.minusDays(30),
        "admin");
  }
}
