package co.ventanilla.web.delivery;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Lets browsers keep versioned Faces resources for a year without asking again: a request to {@code
 * /jakarta.faces.resource/...} that carries a {@code v} parameter (PrimeFaces puts its release
 * there, {@link VersionedResourceHandler} puts this deployment's version on every other resource)
 * is answered with {@value #IMMUTABLE}. A new release or deployment changes the URL, so nothing
 * stale is ever used (PrimeFaces' streamed content is left alone). Faces' own shorter {@code
 * Cache-Control} and {@code Expires} are ignored for those answers; any other answer is left as it
 * is.
 */
@WebFilter(filterName = "ResourceCacheFilter", urlPatterns = "/jakarta.faces.resource/*")
public class ResourceCacheFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The cache policy of a versioned resource: one year, never revalidated. */
  public static final String IMMUTABLE = "public, max-age=31536000, immutable";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String version = request.getParameter(VersionedResourceHandler.PARAMETER);
    if (version == null
        || version.isBlank()
        || !"GET".equals(request.getMethod())
        || dynamic(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Cache-Control", IMMUTABLE);
    chain.doFilter(request, new Immutable(response));
  }

  /**
   * PrimeFaces' streamed content (images, media, barcodes made per request) shares the resource URL
   * and PrimeFaces' version: it decides its own caching.
   */
  static boolean dynamic(HttpServletRequest request) {
    return request.getParameter("pfdrid") != null
        || request.getRequestURI().contains("dynamiccontent");
  }

  /** Keeps {@value #IMMUTABLE} for a successful answer; errors are not cached. */
  private static final class Immutable extends HttpServletResponseWrapper {

    Immutable(HttpServletResponse response) {
      super(response);
    }

    private static boolean cachePolicy(String name) {
      return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!cachePolicy(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!cachePolicy(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!cachePolicy(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!cachePolicy(name)) {
        super.addDateHeader(name, date);
      }
    }

    @Override
    public void setStatus(int status) {
      super.setStatus(status);
      if (status >= 400) {
        super.setHeader("Cache-Control", "no-store");
      }
    }

    @Override
    public void sendError(int status) throws IOException {
      super.setHeader("Cache-Control", "no-store");
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      super.setHeader("Cache-Control", "no-store");
      super.sendError(status, message);
    }
  }
}
