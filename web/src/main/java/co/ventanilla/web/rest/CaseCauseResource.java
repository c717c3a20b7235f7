package co.ventanilla.web.rest;

import co.ventanilla.improvement.AcpmRuleViolation;
import co.ventanilla.improvement.CaseCauses;
import co.ventanilla.investigations.Cause;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The cause of a case (issue #14), from the shared list the investigations use: given by whoever
 * may send its answer or close it, from its assignment on.
 */
@Path("casos/{radicado}/causa")
@Tag(name = "Casos")
public class CaseCauseResource {

  @Inject CaseCauses causes;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Registrar la causa del caso",
      description =
          "Formulario: causa (código de la lista de causas, p. ej. FALLA_CONTROL_ACCESO). Quien"
              + " puede enviar la respuesta o cerrar el caso.")
  @APIResponse(responseCode = "200", description = "{\"radicado\", \"causa\", \"nombre\"}")
  @APIResponse(responseCode = "400", description = "Causa desconocida o inactiva")
  @APIResponse(responseCode = "403", description = "Sin permiso sobre el caso")
  @APIResponse(responseCode = "409", description = "El estado del caso no lo admite")
  public Response record(@PathParam("radicado") String radicado, @FormParam("causa") String code) {
    Cause cause =
        causes.causes().stream()
            .filter(c -> code != null && c.code().equalsIgnoreCase(code.strip()))
            .findFirst()
            .orElseThrow(() -> AcpmRuleViolation.field("causa", "cause.unknown"));
    causes.record(radicado, cause.id());
    return Response.ok(
            Json.createObjectBuilder()
                .add("radicado", radicado)
                .add("causa", cause.code())
                .add("nombre", cause.name())
                .build()
                .toString(),
            MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .build();
  }
}
