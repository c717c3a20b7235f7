package co.ventanilla.web.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API never answers an HTML page or an English stack trace: every failure that no other mapper
 * takes becomes {@code {"mensaje": ...}} in Spanish. A query or path parameter of the wrong shape
 * ({@code ?desde=ayer}) is the caller's mistake, {@code 400}, not the {@code 404} that JAX-RS gives
 * by default.
 */
public final class ErrorMappers {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  private ErrorMappers() {}

  @Provider
  public static class WebFailure implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      if (isParameterProblem(e)) {
        return ApiError.message(
            Response.Status.BAD_REQUEST,
            "Un parámetro de la consulta no tiene el formato esperado: " + parameterName(e) + ".");
      }
      int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
      String message;
      if (e instanceof NotFoundException) {
        message = "No existe ese recurso del API.";
      } else if (e instanceof NotAllowedException) {
        message = "Este método no está permitido en este recurso.";
      } else if (e instanceof NotSupportedException) {
        message = "El tipo de contenido enviado no es aceptado por este recurso.";
      } else if (status == 400) {
        message = "La solicitud no es válida.";
      } else if (status == 401) {
        message = "Inicie sesión: el API requiere usuario y clave.";
      } else if (status == 403) {
        message = "No tiene acceso a este recurso.";
      } else if (status == 406) {
        message = "No podemos responder en el formato pedido.";
      } else if (status >= 500) {
        LOG.log(Level.SEVERE, "API failure", e);
        message = "Ocurrió un error inesperado.";
      } else {
        message = "La solicitud no se pudo atender.";
      }
      Response.ResponseBuilder answer =
          Response.fromResponse(
              ApiError.message(
                  Response.Status.fromStatusCode(status) == null
                      ? Response.Status.INTERNAL_SERVER_ERROR
                      : Response.Status.fromStatusCode(status),
                  message));
      if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
        answer.header("Allow", e.getResponse().getHeaderString("Allow"));
      }
      return answer.build();
    }
  }

  /** Anything else that escaped a resource: logged here, a Spanish 500 to the caller. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      if (e instanceof WebApplicationException w) {
        return new WebFailure().toResponse(w);
      }
      LOG.log(Level.SEVERE, "API failure", e);
      return ApiError.message(
          Response.Status.INTERNAL_SERVER_ERROR, "Ocurrió un error inesperado.");
    }
  }

  /**
   * Jersey's {@code ParamException} (query, path, header or form parameter that did not convert).
   */
  static boolean isParameterProblem(Throwable e) {
    for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().endsWith(".ParamException")) {
        return true;
      }
    }
    return false;
  }

  private static String parameterName(WebApplicationException e) {
    try {
      Object name = e.getClass().getMethod("getParameterName").invoke(e);
      return String.valueOf(name);
    } catch (ReflectiveOperationException | RuntimeException notJersey) {
      return "desconocido";
    }
  }
}
