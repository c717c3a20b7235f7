package co.ventanilla.web.security;

import co.ventanilla.staff.StaffDirectory;
import co.ventanilla.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The login form ({@code login.xhtml}): hands the user name and password to Jakarta Security
 * ({@link StaffAuthenticationMechanism}), says in Spanish why a login failed (wrong data, or the
 * account locked until when), and goes back to the page that was asked for, or to the home page. An
 * account whose password an administrator set goes to {@code cuenta.xhtml} to change it first.
 */
@Named
@RequestScoped
public class LoginView {

  /** Session attribute set while the caller must change their password before anything else. */
  public static final String MUST_CHANGE_PASSWORD = "co.ventanilla.mustChangePassword";

  @Inject SecurityContext security;

  private String userName;
  private String password;
  private String next;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        userName == null ? "" : userName.strip(),
                        new Password(password == null ? "" : password)))
                .newAuthentication(true));
    password = null;
    StaffDirectory.LoginResult result = StaffIdentityStore.takeOutcome();
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        // no session fixation: the id before the login is not the one after
        String id = request.changeSessionId();
        response.setHeader("Set-Cookie", sessionCookie(request, id));
        String target = safeNext(next);
        if (result != null && result.mustChangePassword()) {
          external.getSessionMap().put(MUST_CHANGE_PASSWORD, Boolean.TRUE);
          target = "/cuenta.xhtml";
        }
        external.redirect(external.getRequestContextPath() + target);
      }
      default -> refused(faces, result);
    }
  }

  /**
   * One message for every refusal (unknown name, wrong password, locked or inactive account): the
   * page must not tell an attacker which names exist or which accounts are locked.
   */
  private static void refused(FacesContext faces, StaffDirectory.LoginResult result) {
    String text = Texts.of(faces).get("login.failed");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * The cookie of the logged-in session as the container would write it, plus {@code SameSite=Lax}
   * (a page of another site cannot make the browser send it with a form post or a script's request)
   * and {@code Secure} over HTTPS. Payara does not write {@code SameSite} for its own session
   * cookie, so the login, which has just changed the session's id, writes it itself, replacing the
   * container's header.
   */
  static String sessionCookie(HttpServletRequest request, String id) {
    String name = request.getServletContext().getSessionCookieConfig().getName();
    String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    return (name == null ? "JSESSIONID" : name)
        + "="
        + id
        + "; Path="
        + path
        + "; HttpOnly; SameSite=Lax"
        + (request.isSecure() ? "; Secure" : "");
  }

  /**
   * Where to go after the login: a path of this application only (never another site, never a
   * scheme-relative {@code //host}), else the home page.
   */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.startsWith(StaffAuthenticationMechanism.LOGIN_PAGE)) {
      return "/";
    }
    return next;
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
