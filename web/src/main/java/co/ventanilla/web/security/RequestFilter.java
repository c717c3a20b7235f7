package co.ventanilla.web.security;

import co.ventanilla.platform.CallerOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/**
 * Runs before every request: notes where it comes from ({@link CallerOrigin}, for login and access
 * records), and, while the caller must change a password an administrator set, lets through only
 * the account page, the public pages, the logout and resources.
 */
@WebFilter(filterName = "RequestFilter", urlPatterns = "/*")
public class RequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Set<String> OPEN_WHILE_CHANGING =
      Set.of("/cuenta.xhtml", "/login.xhtml", "/radicar.xhtml", "/consulta.xhtml");

  @Inject CallerOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.address(ClientAddress.of(request));
    HttpSession session = request.getSession(false);
    if (session != null
        && Boolean.TRUE.equals(session.getAttribute(LoginView.MUST_CHANGE_PASSWORD))
        && request.getUserPrincipal() != null) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      boolean open =
          OPEN_WHILE_CHANGING.contains(path)
              || path.startsWith("/jakarta.faces.resource/")
              || path.startsWith("/resources/")
              || path.startsWith("/api/");
      if (!open) {
        response.sendRedirect(request.getContextPath() + "/cuenta.xhtml");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
