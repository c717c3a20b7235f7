package co.ventanilla.web.rest;

import co.ventanilla.improvement.Acpm;
import co.ventanilla.improvement.AcpmAction;
import co.ventanilla.improvement.AcpmFilter;
import co.ventanilla.improvement.AcpmMatrixWorkbook;
import co.ventanilla.improvement.AcpmOrigin;
import co.ventanilla.improvement.AcpmProposal;
import co.ventanilla.improvement.AcpmRuleViolation;
import co.ventanilla.improvement.AcpmService;
import co.ventanilla.improvement.AcpmStatus;
import co.ventanilla.improvement.AcpmType;
import co.ventanilla.improvement.ActionStatus;
import co.ventanilla.improvement.NewAcpm;
import co.ventanilla.improvement.ProposalService;
import co.ventanilla.improvement.ProposalStatus;
import co.ventanilla.investigations.Cause;
import co.ventanilla.organization.Area;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ACPM matrix GI-RG-07 over the API (issue #14): list with filters, open, read, work (actions,
 * follow-up, analysis, verification, closing), the XLSX, the figures, and the proposals the
 * Dirección SIG decides. web.xml lets in the roles that may see some entry; which entries each one
 * sees and may change is {@link AcpmService}'s decision (403 otherwise).
 */
@Path("acpm")
@Tag(name = "ACPM", description = "Acciones correctivas, preventivas y de mejora (GI-RG-07)")
public class AcpmResource {

  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  @Inject AcpmService acpm;
  @Inject ProposalService proposals;
  @Inject Clock clock;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "ACPM que el usuario ve",
      description =
          "Filtros: estado (abierta, verificada, cerrada), tipo (correctiva, preventiva, mejora),"
              + " origen (causa_recurrente, satisfaccion, investigacion, auditoria_interna, otro),"
              + " proceso (nombre), responsable (usuario de una acción), vencidas=true.")
  @APIResponse(responseCode = "200", description = "{\"acpm\": [...]}")
  @APIResponse(responseCode = "400", description = "Un filtro con un valor inválido")
  public Response list(
      @QueryParam("estado") String status,
      @QueryParam("tipo") String type,
      @QueryParam("origen") String origin,
      @QueryParam("proceso") String process,
      @QueryParam("responsable") String owner,
      @QueryParam("vencidas") boolean overdue) {
    LocalDate today = LocalDate.now(clock);
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (Acpm a : acpm.list(filter(status, type, origin, process, owner, overdue))) {
      rows.add(AcpmJson.row(a, today));
    }
    return ok(Json.createObjectBuilder().add("acpm", rows).build());
  }

  @GET
  @Path("exportacion")
  @Produces(AcpmMatrixWorkbook.MEDIA_TYPE)
  @Operation(
      summary = "La matriz GI-RG-07 en Excel",
      description =
          "Los mismos filtros de la lista; una fila por acción, columnas en el orden GI-RG-07.")
  @APIResponse(responseCode = "200", description = "El XLSX")
  public Response export(
      @QueryParam("estado") String status,
      @QueryParam("tipo") String type,
      @QueryParam("origen") String origin,
      @QueryParam("proceso") String process,
      @QueryParam("responsable") String owner,
      @QueryParam("vencidas") boolean overdue) {
    AcpmFilter f = filter(status, type, origin, process, owner, overdue);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      acpm.exportMatrix(f, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    StreamingOutput body = o -> o.write(out.toByteArray());
    return Response.ok(body, AcpmMatrixWorkbook.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"GI-RG-07.xlsx\"")
        .build();
  }

  @GET
  @Path("cifras")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Cifras de las ACPM",
      description = "Abiertas, cerradas y vencidas, en total, por tipo y por origen.")
  @APIResponse(responseCode = "200", description = "Las cifras")
  @APIResponse(responseCode = "403", description = "Solo gerencia, Dirección SIG o administrador")
  public Response figures() {
    if (!acpm.readsAll()) {
      throw new AcpmRuleViolation("forbidden.manage");
    }
    return ok(AcpmJson.figures(acpm.figures()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Abrir una ACPM", description = "Dirección SIG o administrador.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      example =
                          "{\"origen\":\"causa_recurrente\",\"tipo\":\"correctiva\","
                              + "\"descripcion\":\"Ingresos sin registro en portería\","
                              + "\"proceso\":\"Operaciones\",\"sede\":\"Medellín\","
                              + "\"causa\":\"FALLA_CONTROL_ACCESO\","
                              + "\"radicados\":[\"2026-000012\"],\"investigacion\":null,"
                              + "\"referencia\":null}")))
  @APIResponse(responseCode = "201", description = "Abierta; Location lleva a ella")
  @APIResponse(responseCode = "400", description = "Un campo inválido, con su nombre")
  @APIResponse(responseCode = "403", description = "Solo Dirección SIG o administrador")
  public Response open(String body) {
    JsonObject b = AcpmJson.body(body);
    List<String> radicados = new ArrayList<>();
    if (b.containsKey("radicados")
        && b.get("radicados").getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue v : b.getJsonArray("radicados")) {
        if (v instanceof JsonString s) {
          radicados.add(s.getString());
        }
      }
    }
    Long investigation = null;
    String inv = AcpmJson.string(b, "investigacion");
    if (inv != null) {
      try {
        investigation = Long.valueOf(inv.strip());
      } catch (NumberFormatException e) {
        throw AcpmRuleViolation.field("investigacion", "api.value", inv);
      }
    }
    Acpm a =
        acpm.open(
            new NewAcpm(
                AcpmJson.parse(AcpmOrigin.class, AcpmJson.string(b, "origen"), "origen"),
                AcpmJson.parse(AcpmType.class, AcpmJson.string(b, "tipo"), "tipo"),
                AcpmJson.string(b, "descripcion"),
                areaId(AcpmJson.string(b, "proceso")),
                AcpmJson.string(b, "sede"),
                causeId(AcpmJson.string(b, "causa")),
                radicados,
                investigation,
                AcpmJson.string(b, "referencia")));
    return created(a);
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Una ACPM, con su análisis, acciones, seguimiento, verificación e historial")
  @APIResponse(responseCode = "200", description = "La ACPM")
  @APIResponse(responseCode = "403", description = "Sin acceso a ella")
  @APIResponse(responseCode = "404", description = "No existe")
  public Response get(@PathParam("id") long id) {
    return ok(AcpmJson.acpm(acpm.get(id), LocalDate.now(clock)));
  }

  @POST
  @Path("{id}/analisis")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Registrar el análisis de causas",
      description =
          "porques (hasta 5), causaRaiz, y las 6M: metodo, manoDeObra, maquina, material,"
              + " medicion, medioAmbiente.")
  @APIResponse(responseCode = "200", description = "La ACPM")
  public Response analysis(@PathParam("id") long id, String body) {
    acpm.analyze(id, AcpmJson.analysis(AcpmJson.body(body)));
    return get(id);
  }

  @POST
  @Path("{id}/acciones")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Agregar una acción",
      description =
          "{\"descripcion\", \"responsable\" (usuario), \"fechaCompromiso\" (AAAA-MM-DD)}")
  @APIResponse(responseCode = "201", description = "Agregada")
  @APIResponse(responseCode = "400", description = "Un campo inválido")
  public Response addAction(@PathParam("id") long id, String body) {
    JsonObject b = AcpmJson.body(body);
    AcpmAction a =
        acpm.addAction(
            id,
            AcpmJson.string(b, "descripcion"),
            AcpmJson.string(b, "responsable"),
            AcpmJson.date(AcpmJson.string(b, "fechaCompromiso"), "fechaCompromiso"));
    return Response.status(Response.Status.CREATED)
        .type(JSON)
        .entity(Json.createObjectBuilder().add("numero", a.number()).build().toString())
        .build();
  }

  @POST
  @Path("{id}/acciones/{numero}/estado")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Cambiar el estado de una acción",
      description =
          "{\"estado\": \"pendiente|en_curso|cumplida|cancelada\"}; el responsable de"
              + " la acción o quien trabaja la ACPM.")
  @APIResponse(responseCode = "200", description = "La ACPM")
  public Response actionStatus(
      @PathParam("id") long id, @PathParam("numero") int number, String body) {
    JsonObject b = AcpmJson.body(body);
    acpm.actionStatus(
        id, number, AcpmJson.parse(ActionStatus.class, AcpmJson.string(b, "estado"), "estado"));
    return get(id);
  }

  @POST
  @Path("{id}/seguimiento")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Registrar seguimiento", description = "{\"texto\"}")
  @APIResponse(responseCode = "200", description = "La ACPM")
  public Response note(@PathParam("id") long id, String body) {
    acpm.addNote(id, AcpmJson.string(AcpmJson.body(body), "texto"));
    return get(id);
  }

  @POST
  @Path("{id}/verificacion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Verificar la eficacia",
      description =
          "{\"eficaz\": true, \"evidencia\": \"...\", \"archivo\": {\"nombre\", \"tipo\","
              + " \"contenido\" (base64)}} — por alguien distinto de los responsables de las"
              + " acciones, con todas las acciones cumplidas o canceladas.")
  @APIResponse(responseCode = "200", description = "La ACPM")
  @APIResponse(
      responseCode = "409",
      description = "Acciones abiertas, o quien verifica es responsable")
  public Response verify(@PathParam("id") long id, String body) {
    JsonObject b = AcpmJson.body(body);
    String name = null;
    String type = null;
    byte[] file = null;
    if (b.containsKey("archivo") && b.get("archivo").getValueType() == JsonValue.ValueType.OBJECT) {
      JsonObject f = b.getJsonObject("archivo");
      name = AcpmJson.string(f, "nombre");
      type = AcpmJson.string(f, "tipo");
      try {
        file = Base64.getDecoder().decode(String.valueOf(AcpmJson.string(f, "contenido")));
      } catch (IllegalArgumentException e) {
        throw AcpmRuleViolation.field("archivo", "api.value", "contenido");
      }
    }
    boolean effective = b.containsKey("eficaz") && b.get("eficaz") == JsonValue.TRUE;
    acpm.verify(id, effective, AcpmJson.string(b, "evidencia"), name, type, file);
    return get(id);
  }

  @POST
  @Path("{id}/cierre")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Cerrar la ACPM",
      description = "Dirección SIG o administrador, solo después de la verificación de eficacia.")
  @APIResponse(responseCode = "200", description = "Cerrada")
  @APIResponse(responseCode = "409", description = "Sin verificación de eficacia")
  public Response close(@PathParam("id") long id) {
    acpm.close(id);
    return get(id);
  }

  @GET
  @Path("{id}/evidencia")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(summary = "El archivo de evidencia de la verificación")
  @APIResponse(responseCode = "200", description = "El archivo")
  @APIResponse(responseCode = "404", description = "No tiene")
  public Response evidence(@PathParam("id") long id) {
    Acpm a = acpm.get(id);
    if (a.verificationContentId() == null) {
      throw new AcpmRuleViolation("not_found");
    }
    StreamingOutput body = out -> acpm.copyEvidence(id, out);
    return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + a.verificationFileName().replace("\"", "") + "\"")
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Proposals
  // ---------------------------------------------------------------------------------------------

  @GET
  @Path("propuestas")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Propuestas de ACPM",
      description =
          "estado: pendiente (por omisión), aceptada o descartada. Dirección SIG o administrador.")
  @APIResponse(responseCode = "200", description = "{\"propuestas\": [...]}")
  public Response proposals(
      @Parameter(description = "pendiente, aceptada, descartada") @QueryParam("estado")
          String status) {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (AcpmProposal p :
        proposals.proposals(AcpmJson.parse(ProposalStatus.class, status, "estado"))) {
      rows.add(AcpmJson.proposal(p));
    }
    return ok(Json.createObjectBuilder().add("propuestas", rows).build());
  }

  @POST
  @Path("propuestas/evaluacion")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Evaluar las reglas ahora",
      description =
          "Recurrencia de causas y calificación de respuestas; devuelve las propuestas nuevas.")
  @APIResponse(responseCode = "200", description = "{\"propuestas\": [...]}")
  public Response evaluate() {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (AcpmProposal p : proposals.evaluateNow()) {
      rows.add(AcpmJson.proposal(p));
    }
    return ok(Json.createObjectBuilder().add("propuestas", rows).build());
  }

  @GET
  @Path("propuestas/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Una propuesta")
  @APIResponse(responseCode = "200", description = "La propuesta")
  @APIResponse(responseCode = "404", description = "No existe")
  public Response proposal(@PathParam("id") long id) {
    return ok(AcpmJson.proposal(proposals.proposal(id)));
  }

  @POST
  @Path("propuestas/{id}/aceptacion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Aceptar una propuesta",
      description =
          "{\"tipo\": \"correctiva\", \"descripcion\": opcional}: abre la ACPM ligada a los casos.")
  @APIResponse(responseCode = "201", description = "La ACPM abierta; Location lleva a ella")
  @APIResponse(responseCode = "409", description = "Ya decidida")
  public Response accept(@PathParam("id") long id, String body) {
    JsonObject b =
        body == null || body.isBlank() ? Json.createObjectBuilder().build() : AcpmJson.body(body);
    Acpm a =
        proposals.accept(
            id,
            AcpmJson.parse(AcpmType.class, AcpmJson.string(b, "tipo"), "tipo"),
            AcpmJson.string(b, "descripcion"));
    return created(a);
  }

  @POST
  @Path("propuestas/{id}/descarte")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Descartar una propuesta", description = "{\"motivo\"} obligatorio.")
  @APIResponse(responseCode = "200", description = "Descartada")
  @APIResponse(responseCode = "400", description = "Sin motivo")
  public Response dismiss(@PathParam("id") long id, String body) {
    proposals.dismiss(id, AcpmJson.string(AcpmJson.body(body), "motivo"));
    return proposal(id);
  }

  // ---------------------------------------------------------------------------------------------

  private AcpmFilter filter(
      String status, String type, String origin, String process, String owner, boolean overdue) {
    return new AcpmFilter(
        AcpmJson.parse(AcpmStatus.class, status, "estado"),
        AcpmJson.parse(AcpmType.class, type, "tipo"),
        AcpmJson.parse(AcpmOrigin.class, origin, "origen"),
        areaId(process),
        owner,
        overdue);
  }

  private Long areaId(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return acpm.areas().stream()
        .filter(a -> a.name().equalsIgnoreCase(name.strip()))
        .map(Area::id)
        .findFirst()
        .orElseThrow(() -> AcpmRuleViolation.field("proceso", "api.area_unknown", name));
  }

  private Long causeId(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return acpm.causes().stream()
        .filter(c -> c.code().equalsIgnoreCase(code.strip()))
        .map(Cause::id)
        .findFirst()
        .orElseThrow(() -> AcpmRuleViolation.field("causa", "cause.unknown"));
  }

  private Response created(Acpm a) {
    URI location = uri.getBaseUriBuilder().path("acpm").path(String.valueOf(a.id())).build();
    return Response.created(location)
        .type(JSON)
        .entity(AcpmJson.acpm(acpm.get(a.id()), LocalDate.now(clock)).toString())
        .build();
  }

  private static Response ok(JsonObject o) {
    return Response.ok(o.toString(), JSON).build();
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
