package co.ventanilla.web.security;

import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.staff.Staff;
import co.ventanilla.staff.StaffRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The logged-in person as the pages need them: name and roles for the header and for what the menu
 * offers ({@code #{staffSession.has('admin')}}), and the logout. What a person may actually do is
 * checked again in the EJBs; the menu only leaves out what would be refused.
 */
@Named
@RequestScoped
public class StaffSession {

  @Inject CurrentStaff current;
  @Inject co.ventanilla.staff.StaffDirectory directory;
  @Inject HttpServletRequest request;

  private Optional<Staff> me;

  /**
   * The caller; on an error page (the container's error dispatch, where the security context may
   * already be gone) the one {@link ErrorPages} found on the request, so staff keep the intranet
   * and its menu. Only for what the page shows: the EJBs check the caller again.
   */
  private Optional<Staff> me() {
    if (me == null) {
      me = current.find();
      if (me.isEmpty() && request != null) {
        Object caller = request.getAttribute(ErrorPages.CALLER);
        if (caller instanceof String name && !name.isBlank()) {
          me = directory.staff(name);
        }
      }
    }
    return me;
  }

  public boolean isLoggedIn() {
    return me().isPresent();
  }

  public Optional<Staff> staff() {
    return me();
  }

  public String getUserName() {
    return me().map(Staff::userName).orElse(null);
  }

  public String getFullName() {
    return me().map(Staff::fullName).orElse(null);
  }

  /** The person's roles, in the order of {@link StaffRole}. */
  public List<StaffRole> getRoles() {
    return me().map(s -> s.roles().stream().sorted().toList()).orElse(List.of());
  }

  /** Whether the person has the role named {@code role} (e.g. {@code admin}). */
  public boolean has(String role) {
    return StaffRole.parse(role).map(r -> me().map(s -> s.has(r)).orElse(false)).orElse(false);
  }

  /** Whether the person has any of the roles named, comma separated. */
  public boolean hasAny(String roles) {
    for (String role : roles.split(",")) {
      if (has(role)) {
        return true;
      }
    }
    return false;
  }

  /** Ends the session and returns to the login page. */
  public void logout() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      request.logout();
    } catch (jakarta.servlet.ServletException e) {
      // the session is invalidated below anyway
    }
    external.invalidateSession();
    external.redirect(
        external.getRequestContextPath() + StaffAuthenticationMechanism.LOGIN_PAGE + "?salida=1");
  }
}
