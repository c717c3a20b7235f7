package co.ventanilla.organization;

import java.util.Objects;

/**
 * Who performs a review, as far as the rules need to know: the user name, and whether the person
 * belongs to the Dirección SIG / quality office, which may approve any area's answers (seed 004 §3:
 * the Directora SIG "gestiona y aprueba la respuesta"). Until security is wired in, callers state
 * it; later it will come from the caller's roles.
 *
 * @param userName the user name, as recorded in the history
 * @param qualityOffice whether the user belongs to the Dirección SIG / quality office
 */
public record StaffMember(String userName, boolean qualityOffice) {

  public StaffMember {
    Objects.requireNonNull(userName, "userName");
    if (userName.isBlank()) {
      throw new IllegalArgumentException("userName must not be blank");
    }
    userName = userName.strip();
  }

  /** A member of staff outside the quality office. */
  public static StaffMember user(String userName) {
    return new StaffMember(userName, false);
  }

  /** A member of the Dirección SIG / quality office. */
  public static StaffMember qualityOffice(String userName) {
    return new StaffMember(userName, true);
  }
}
