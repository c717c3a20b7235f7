package co.ventanilla.web.rest;

import co.ventanilla.staff.ApiClient;
import co.ventanilla.staff.ApiClients;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The administrator's API clients: programs (the company's web site, a partner's portal) that file
 * PQRS on behalf of citizens with their own key and their own hourly limit. The key is in the
 * answer of the creation only.
 */
@Path("clientes-api")
@Tag(name = "Clientes del API (administración)", description = "Claves de programas que radican")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@SecurityRequirement(name = "basico")
public class ApiClientResource {

  @Inject ApiClients clients;
  @Inject SecurityContext security;
  @jakarta.ws.rs.core.Context UriInfo uri;

  @GET
  @Operation(summary = "Clientes del API, activos y revocados (sin sus claves)")
  public Response list() {
    JsonArrayBuilder all = Json.createArrayBuilder();
    clients.all().forEach(c -> all.add(json(c)));
    return Response.ok(Json.createObjectBuilder().add("clientes", all).build().toString()).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Crear un cliente del API",
      description =
          "Cuerpo: {\"nombre\": \"Sitio web\", \"alcance\": \"radicar\", \"limitePorHora\": 2000}."
              + " La respuesta trae la clave (vt_...) una sola vez; se envía como"
              + " Authorization: Bearer en POST /api/pqrs.")
  @APIResponse(responseCode = "201", description = "Creado; la clave va en la respuesta")
  @APIResponse(responseCode = "409", description = "Nombre repetido o límite fuera de rango")
  public Response create(String body) {
    JsonObject json;
    try {
      json = Json.createReader(new StringReader(body == null ? "" : body)).readObject();
    } catch (RuntimeException notJson) {
      return ApiError.message(Response.Status.BAD_REQUEST, "El cuerpo debe ser un objeto JSON.");
    }
    ApiClient.Scope scope;
    try {
      scope =
          ApiClient.Scope.valueOf(json.getString("alcance", "radicar").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return ApiError.message(Response.Status.BAD_REQUEST, "Alcance desconocido: use radicar.");
    }
    int perHour = json.getInt("limitePorHora", 1000);
    ApiClients.Created created =
        clients.create(json.getString("nombre", ""), scope, perHour, caller());
    JsonObject answer = json(created.client()).add("clave", created.key()).build();
    return Response.created(uri.getAbsolutePathBuilder().path("" + created.client().id()).build())
        .entity(answer.toString())
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Revocar un cliente del API: su clave deja de servir de inmediato")
  @APIResponse(responseCode = "204", description = "Revocado")
  @APIResponse(responseCode = "404", description = "No existe")
  public Response revoke(@PathParam("id") long id) {
    clients.revoke(id, caller());
    return Response.noContent().build();
  }

  private String caller() {
    return security.getCallerPrincipal() == null ? "?" : security.getCallerPrincipal().getName();
  }

  private static JsonObjectBuilder json(ApiClient c) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("id", c.id())
            .add("nombre", c.name())
            .add("alcance", c.scope().name().toLowerCase(Locale.ROOT))
            .add("limitePorHora", c.perHour())
            .add("activo", c.active())
            .add("creado", c.createdAt().toString())
            .add("creadoPor", c.createdBy());
    if (c.lastUsedAt() != null) {
      o.add("ultimoUso", c.lastUsedAt().toString());
    }
    if (c.revokedAt() != null) {
      o.add("revocado", c.revokedAt().toString());
    }
    return o;
  }
}
