package co.ventanilla.web.operations;

import co.ventanilla.platform.OperationsMetrics;
import co.ventanilla.web.security.ClientAddress;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code /metrics}: the operations metrics ({@link OperationsMetrics}) in the Prometheus text
 * format, for a scraper. No staff login (web.xml leaves the path public) but only to the addresses
 * in {@value #ALLOWED_ADDRESSES} (comma-separated; default loopback {@code 127.0.0.1,::1}); the
 * client's address is {@link ClientAddress}'s, so behind a trusted reverse proxy it is the one the
 * proxy forwards. Anyone else gets 403 with a Spanish (or English) {@code {"mensaje": ...}}.
 */
@WebServlet(urlPatterns = "/metrics", loadOnStartup = 1)
public class MetricsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Configuration key: the addresses allowed to read {@code /metrics}. */
  public static final String ALLOWED_ADDRESSES = "ventanilla.metrics.allowed-addresses";

  static final String DEFAULT_ALLOWED = "127.0.0.1,::1";

  @Inject transient OperationsMetrics metrics;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String client = ClientAddress.of(request);
    if (client == null || !allowed().contains(ClientAddress.canonical(client))) {
      Locale locale =
          request.getHeader("Accept-Language") != null
                  && "en".equals(request.getLocale().getLanguage())
              ? Locale.ENGLISH
              : Locale.forLanguageTag("es-CO");
      String message =
          ResourceBundle.getBundle("co.ventanilla.web.i18n.Operations", locale)
              .getString("ops.metrics.forbidden");
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json;charset=UTF-8");
      response
          .getWriter()
          .write(Json.createObjectBuilder().add("mensaje", message).build().toString());
      return;
    }
    byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/plain;version=0.0.4;charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static Set<String> allowed() {
    String value =
        ConfigProvider.getConfig()
            .getOptionalValue(ALLOWED_ADDRESSES, String.class)
            .orElse(DEFAULT_ALLOWED);
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(ClientAddress::canonical)
        .collect(Collectors.toUnmodifiableSet());
  }
}
