package co.ventanilla.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;

/**
 * The member of staff behind the current request, read once per request from the account the
 * container authenticated ({@link SecurityContext}): roles and areas come from the database, never
 * from the request.
 */
@RequestScoped
public class CurrentStaff implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SecurityContext security;
  @Inject transient StaffDirectory directory;

  private Staff staff;

  /**
   * The caller.
   *
   * @throws NotAuthenticated when nobody is logged in or the account is not active
   */
  public Staff get() {
    return find().orElseThrow(NotAuthenticated::new);
  }

  /** The caller, if one is logged in with an active account. */
  public Optional<Staff> find() {
    if (staff == null) {
      Principal caller = security.getCallerPrincipal();
      if (caller == null) {
        return Optional.empty();
      }
      staff = directory.staff(caller.getName()).orElse(null);
    }
    return Optional.ofNullable(staff);
  }
}
