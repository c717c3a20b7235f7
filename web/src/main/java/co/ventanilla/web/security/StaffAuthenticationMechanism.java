package co.ventanilla.web.security;

import co.ventanilla.staff.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * One way in for people and one for programs, over the same accounts ({@link StaffIdentityStore}):
 *
 * <ul>
 *   <li><b>The intranet</b>: a form on {@value #LOGIN_PAGE} (the login view calls {@code
 *       SecurityContext.authenticate}); the login is kept in the HTTP session. A protected page
 *       asked for without a login sends the browser to the form, which returns to the page after.
 *   <li><b>The staff API</b> ({@code /api/...} resources that need a login): HTTP Basic on each
 *       request, no session. Without credentials, or with wrong ones, the answer is {@code 401}
 *       with a Spanish message, never a redirect to a form.
 * </ul>
 *
 * <p>The intranet's session reaches the API only to <em>read</em> ({@code GET}, {@code HEAD}: the
 * files and exports the screens link to). A request that changes something ({@code POST}, {@code
 * PUT}, {@code PATCH}, {@code DELETE}) under {@code /api/} must carry its own credentials: a page
 * on another site can make a logged-in browser send the cookie, never the password (CSRF).
 *
 * <p>Only one mechanism may be active in Jakarta Security 3, so this class is both; see README for
 * plugging an OpenID Connect provider instead.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";
  static final String REALM = "Ventanilla";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Credential given = context.getAuthParameters().getCredential();
    if (given != null) {
      return formLogin(given, request, context);
    }
    Principal session = request.getUserPrincipal();
    if (session != null && !(isApi(request) && changesState(request))) {
      return continueSession(session, context);
    }
    String basic = basicCredentials(request);
    if (basic != null) {
      return basicLogin(basic, request, response, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    try {
      if (isApi(request)) {
        return unauthorized(response, context, "Inicie sesión: el API requiere usuario y clave.");
      }
      String target = LOGIN_PAGE + "?next=" + encode(requested(request));
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        // An AJAX call of a page whose session ran out: Faces' own redirect instruction.
        response.setContentType("text/xml;charset=UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + request.getContextPath()
                    + LOGIN_PAGE
                    + "\"/></partial-response>");
        return AuthenticationStatus.SEND_CONTINUE;
      }
      response.sendRedirect(request.getContextPath() + target);
      return AuthenticationStatus.SEND_CONTINUE;
    } catch (IOException e) {
      throw new AuthenticationException(e);
    }
  }

  /** The login form's credentials, handed over by {@code SecurityContext.authenticate}. */
  private AuthenticationStatus formLogin(
      Credential given, HttpServletRequest request, HttpMessageContext context) {
    CredentialValidationResult result =
        StaffIdentityStore.from(ClientAddress.of(request), () -> identityStores.validate(given));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
    return context.notifyContainerAboutLogin(result);
  }

  /** A request of a session that logged in before: the container remembers the caller. */
  private static AuthenticationStatus continueSession(Principal caller, HttpMessageContext context)
      throws AuthenticationException {
    try {
      context
          .getHandler()
          .handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
    } catch (IOException | UnsupportedCallbackException e) {
      throw new AuthenticationException(e);
    }
    return AuthenticationStatus.SUCCESS;
  }

  private AuthenticationStatus basicLogin(
      String basic,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context)
      throws AuthenticationException {
    int colon = basic.indexOf(':');
    CredentialValidationResult result =
        colon < 0
            ? CredentialValidationResult.INVALID_RESULT
            : StaffIdentityStore.from(
                ClientAddress.of(request),
                () ->
                    identityStores.validate(
                        new UsernamePasswordCredential(
                            basic.substring(0, colon), basic.substring(colon + 1))));
    StaffDirectory.LoginResult outcome = StaffIdentityStore.takeOutcome();
    try {
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        if (outcome != null && outcome.mustChangePassword()) {
          // A password an administrator set is for one login on the intranet, to change it.
          return unauthorized(
              response, context, "Cambie en la intranet la contraseña que le asignaron.");
        }
        return context.notifyContainerAboutLogin(result);
      }
      return unauthorized(response, context, "Usuario o clave incorrectos, o cuenta bloqueada.");
    } catch (IOException e) {
      throw new AuthenticationException(e);
    }
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context, String message) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"mensaje\":\"" + message + "\"}");
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The decoded {@code user:password} of an {@code Authorization: Basic} header, or null. */
  static String basicCredentials(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      return new String(
          Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return "";
    }
  }

  /** Whether the request's method may change something (everything but GET, HEAD, OPTIONS). */
  static boolean changesState(HttpServletRequest request) {
    String method = request.getMethod();
    return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }

  /** The page asked for, within the application, to come back to after the login. */
  static String requested(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    return query == null ? path : path + "?" + query;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
