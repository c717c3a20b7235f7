package co.ventanilla.web.admin;

import co.ventanilla.organization.Area;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.staff.StaffUser;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * One account as the users screen lists it: roles in the order of {@link StaffRole}, area names
 * sorted, and {@code lockedUntil} only while the lock lasts.
 */
public record UserRow(
    String userName,
    String fullName,
    String email,
    List<StaffRole> roles,
    List<String> areas,
    boolean active,
    boolean receivesProtected,
    boolean mustChangePassword,
    LocalDateTime lockedUntil,
    LocalDateTime lastLoginAt)
    implements Serializable {

  public UserRow {
    roles = List.copyOf(roles);
    areas = List.copyOf(areas);
  }

  /** The account {@code user} as it stands at {@code now}. */
  static UserRow of(StaffUser user, LocalDateTime now) {
    return new UserRow(
        user.userName(),
        user.fullName(),
        user.email(),
        user.roles().stream().sorted().toList(),
        user.areas().stream().map(Area::name).sorted().toList(),
        user.active(),
        user.receivesProtected(),
        user.mustChangePassword(),
        user.lockedAt(now) ? user.lockedUntil() : null,
        user.lastLoginAt());
  }

  public boolean locked() {
    return lockedUntil != null;
  }

  /** The areas, comma separated. */
  public String areasText() {
    return String.join(", ", areas);
  }

  public boolean has(StaffRole role) {
    return roles.contains(role);
  }

  /**
   * Whether the row matches what was typed in the search box: in the user name, the name, the email
   * or an area, ignoring case and accents ("gomez" finds "Gómez"); blank matches every row.
   */
  public boolean matches(String typed) {
    if (typed == null || typed.isBlank()) {
      return true;
    }
    String wanted = plain(typed.strip());
    return plain(userName).contains(wanted)
        || plain(fullName).contains(wanted)
        || (email != null && plain(email).contains(wanted))
        || areas.stream().anyMatch(a -> plain(a).contains(wanted));
  }

  static String plain(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
