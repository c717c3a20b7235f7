package co.ventanilla.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the container sends every error ({@code WEB-INF/web.xml}): a status it sets (401, 403, 404,
 * 405, 413, 500, …) or an exception nobody handled, Payara's own included. Under {@code /api/} the
 * answer is {@code {"mensaje": ...}} in Spanish; elsewhere the intranet's own pages for 401, 403
 * and 404, and for anything else a short Spanish page written here, without Faces (which may be
 * what failed) and never with a stack trace. The exception goes to the server log with an id that
 * the page shows, so support can find it.
 */
@WebServlet(name = "ErrorPages", urlPatterns = "/error/despacho")
public class ErrorPages extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

  /** Request attribute: the signed-in caller of the request that failed, for the error page. */
  static final String CALLER = "co.ventanilla.error.caller";

  private static final Map<Integer, String> MESSAGES =
      Map.of(
          400, "La solicitud no es válida.",
          401, "Inicie sesión para continuar.",
          403, "No tiene acceso a este recurso. El intento quedó registrado.",
          404, "No existe lo que busca.",
          405, "Este método no está permitido aquí.",
          413, "El envío es demasiado grande.",
          415, "El tipo de contenido enviado no es aceptado.",
          429, "Demasiadas solicitudes. Intente más tarde.");

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? "" : uri.substring(Math.min(uri.length(), contextLength(request)));
    String reference = null;
    if (failure != null || status >= 500) {
      reference = Long.toString(System.nanoTime() & 0xFFFFFFFL, 36).toUpperCase(Locale.ROOT);
      String line = "Error " + reference + " at " + path + " (status " + status + ")";
      LOG.log(Level.SEVERE, line, failure);
      status = status < 400 ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : status;
    }
    response.setStatus(status);
    String message = message(status, reference);
    if (path.startsWith("/api/")) {
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"mensaje\":\"" + message + "\"}");
      return;
    }
    if (failure == null && (status == 401 || status == 403 || status == 404)) {
      // 403 and 404 of signed-in staff keep the intranet and its menu (issue #18, item 7)
      java.security.Principal caller = request.getUserPrincipal();
      if (caller != null) {
        request.setAttribute(CALLER, caller.getName());
      }
      request.getRequestDispatcher("/error/" + status + ".xhtml").forward(request, response);
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"UTF-8\"><title>Ventanilla</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                + "<body style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto\">"
                + "<h1>Ventanilla</h1><p id=\"errorMessage\">"
                + message
                + "</p><p><a href=\""
                + request.getContextPath()
                + "/\">Volver al inicio</a></p></body></html>");
  }

  private static int contextLength(HttpServletRequest request) {
    return request.getContextPath() == null ? 0 : request.getContextPath().length();
  }

  /** The Spanish sentence for {@code status}; for a failure, with the reference in the log. */
  static String message(int status, String reference) {
    String text = MESSAGES.get(status);
    if (text == null) {
      text = "Ocurrió un error inesperado. Intente de nuevo; si persiste, informe a soporte.";
    }
    return reference == null ? text : text + " Referencia: " + reference + ".";
  }
}
