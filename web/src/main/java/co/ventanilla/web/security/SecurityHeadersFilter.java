package co.ventanilla.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The first filter of every request: puts the browser's own defences on every answer and refuses a
 * state-changing request that another site made the browser send (CSRF).
 *
 * <ul>
 *   <li><b>Headers</b>: a {@code Content-Security-Policy} that PrimeFaces tolerates (its widgets
 *       need inline scripts and {@code eval} for AJAX updates) but that allows nothing from another
 *       origin, no plug-ins, no framing by other sites ({@code frame-ancestors 'self'}) and forms
 *       only to this site; {@code X-Content-Type-Options: nosniff}; {@code Referrer-Policy:
 *       same-origin} (the status page's tracking code never leaves in a Referer); {@code
 *       X-Frame-Options} for old browsers. Intranet pages and the staff API are not cached.
 *   <li><b>Cross-site requests</b>: a {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
 *       whose {@code Origin} names another site, or whose {@code Sec-Fetch-Site} says {@code
 *       cross-site}, is refused with {@code 403} before anything runs. Programs that send neither
 *       header (curl, the company's web site calling {@code POST /api/pqrs}) are not browsers and
 *       are not affected; browsers send {@code Origin} on every such request.
 * </ul>
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The policy sent with every answer. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'self'";

  private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (UNSAFE.contains(request.getMethod()) && crossSite(request)) {
      refuse(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Whether a browser says this request was started by another site: {@code Sec-Fetch-Site:
   * cross-site}, or an {@code Origin} whose scheme, host and port differ from this request's own.
   * {@code Origin: null} (sandboxed frames, some redirects) counts as another site.
   */
  static boolean crossSite(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if ("cross-site".equalsIgnoreCase(fetchSite)) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank()) {
      return false;
    }
    return !sameOrigin(origin.strip(), request);
  }

  private static boolean sameOrigin(String origin, HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host == null || host.isBlank()) {
      return false;
    }
    // Behind a TLS-terminating proxy the request is plain HTTP here: the host decides.
    return origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    String message = "Solicitud rechazada: fue enviada desde otro sitio web.";
    if (path.startsWith("/api/")) {
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"mensaje\":\"" + message + "\"}");
    } else {
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(message);
    }
  }
}
