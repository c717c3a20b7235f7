package co.ventanilla.web.staff;

import co.ventanilla.staff.StaffDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;

/**
 * People by their name on screen, not by their login (issue #18, item 7): {@code
 * #{staffNames.of(c.responsible())}} shows "Ana Rojas" for {@code ana.rojas}; the login stays as
 * the tooltip ({@code #{staffNames.login(...)}}). A login that is no account (a channel such as
 * {@code correo:servicio}, {@code sistema}) is shown as it is. The names are read once per request.
 */
@Named
@RequestScoped
public class StaffNames {

  @Inject StaffDirectory directory;

  private Map<String, String> names;

  /** The full name of the account {@code userName}; the text itself when it is no account. */
  public String of(String userName) {
    if (userName == null || userName.isBlank()) {
      return userName;
    }
    if (names == null) {
      names = directory.fullNames();
    }
    String name = names.get(userName.strip().toLowerCase(Locale.ROOT));
    return name == null || name.isBlank() ? userName : name;
  }

  /** The login, for a tooltip; empty when the name shown is already the login. */
  public String login(String userName) {
    return userName == null || userName.equals(of(userName)) ? "" : userName;
  }
}
