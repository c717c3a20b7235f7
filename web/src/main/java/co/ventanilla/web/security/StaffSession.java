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

  public boolean isLoggedIn() {
    return current.find().isPresent();
  }

  public Optional<Staff> staff() {
    return current.find();
  }

  public String getUserName() {
    return current.find().map(Staff::userName).orElse(null);
  }

  public String getFullName() {
    return current.find().map(Staff::fullName).orElse(null);
  }

  /** The person's roles, in the order of {@link StaffRole}. */
  public List<StaffRole> getRoles() {
    return current.find().map(s -> s.roles().stream().sorted().toList()).orElse(List.of());
  }

  /** Whether the person has the role named {@code role} (e.g. {@code admin}). */
  public boolean has(String role) {
    return StaffRole.parse(role)
        .map(r -> current.find().map(s -> s.has(r)).orElse(false))
        .orElse(false);
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
