package co.ventanilla.web.rest;

import co.ventanilla.improvement.AcpmRuleViolation;
import jakarta.json.Json;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's answer to a refused ACPM action, in Spanish (English on request): {@code 400} naming
 * the field for bad input, {@code 403} for a refusal of access, {@code 404} for an unknown entry or
 * proposal, {@code 409} for a rule (closing without the effectiveness verification, a closed
 * entry).
 */
@Provider
public class AcpmMappers implements ExceptionMapper<AcpmRuleViolation> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(AcpmRuleViolation e) {
    String message = e.message(ApiError.locale(headers));
    if (e.field() != null) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .entity(
              Json.createObjectBuilder()
                  .add("mensaje", message)
                  .add(
                      "errores",
                      Json.createArrayBuilder()
                          .add(
                              Json.createObjectBuilder()
                                  .add("campo", e.field())
                                  .add("mensaje", message)))
                  .build()
                  .toString())
          .build();
    }
    Response.Status status =
        e.forbidden()
            ? Response.Status.FORBIDDEN
            : e.notFound() ? Response.Status.NOT_FOUND : Response.Status.CONFLICT;
    return ApiError.message(status, message);
  }
}
