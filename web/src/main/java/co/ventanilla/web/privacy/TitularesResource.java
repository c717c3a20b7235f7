package co.ventanilla.web.privacy;

import co.ventanilla.config.ConfigKeys;
import co.ventanilla.privacy.Block;
import co.ventanilla.privacy.ConsentService;
import co.ventanilla.privacy.DataSubjectFile;
import co.ventanilla.privacy.FreeText;
import co.ventanilla.privacy.PersonalDataExport;
import co.ventanilla.privacy.PersonalDataService;
import co.ventanilla.privacy.PrivacyRuleViolation;
import co.ventanilla.privacy.RetentionService;
import co.ventanilla.privacy.SubjectKey;
import co.ventanilla.staff.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's data for the data-protection officer (roles datos and sig; web.xml and {@link
 * PersonalDataService}): what is held, its export for the answer to a consulta (Ley 1581 de 2012,
 * art. 14) and its anonymisation (supresión, art. 15). Every answer that shows the data is
 * journaled as a view of each case.
 */
@Path("titulares")
@Tag(name = "Titulares", description = "Protección de datos personales (Ley 1581 de 2012)")
@SecurityRequirement(name = "basico")
public class TitularesResource {

  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  @Inject PersonalDataService data;
  @Inject ConsentService consents;
  @Inject RetentionService retention;
  @Inject CurrentStaff staff;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = ConfigKeys.COMPANY_NAME)
  Optional<String> company;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Lo que se tiene de una persona",
      description =
          "Casos, correos, adjuntos y partes de investigaciones de la persona con ese documento o"
              + " correo; los bloqueos a su supresión y la leyenda de un reclamo en trámite. Cada"
              + " consulta queda en el registro de accesos de cada caso.")
  @APIResponse(responseCode = "200", description = "Los datos de la persona")
  @APIResponse(responseCode = "400", description = "Sin documento ni correo")
  @APIResponse(responseCode = "404", description = "No hay datos de esa persona")
  public Response find(
      @QueryParam("documento") String document, @QueryParam("correo") String email) {
    try {
      SubjectKey key = SubjectKey.of(document, email);
      DataSubjectFile file = data.find(key, staff.get().userName());
      JsonArrayBuilder revocations = Json.createArrayBuilder();
      for (ConsentService.Revocation r : consents.revocations(key)) {
        JsonObjectBuilder one =
            Json.createObjectBuilder()
                .add("fecha", r.revokedAt().toString())
                .add("registradaPor", r.recordedBy())
                .add("motivo", r.reason());
        if (r.reclamo() != null) {
          one.add("reclamo", r.reclamo());
        }
        revocations.add(one);
      }
      return Response.ok(
              Json.createObjectBuilder(PersonalDataExport.json(file, now()))
                  .add("revocaciones", revocations)
                  .build()
                  .toString(),
              JSON)
          .build();
    } catch (PrivacyRuleViolation e) {
      return refused(e);
    }
  }

  @GET
  @Path("exportacion")
  @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
  @Operation(
      summary = "Exportar los datos de una persona",
      description =
          "JSON (o PDF con formato=pdf) para responder la consulta del titular (Ley 1581 de 2012,"
              + " art. 14).")
  @APIResponse(responseCode = "200", description = "La exportación")
  @APIResponse(responseCode = "404", description = "No hay datos de esa persona")
  public Response export(
      @QueryParam("documento") String document,
      @QueryParam("correo") String email,
      @QueryParam("formato") String format) {
    try {
      DataSubjectFile file = data.find(SubjectKey.of(document, email), staff.get().userName());
      if ("pdf".equalsIgnoreCase(format)) {
        return Response.ok(
                PersonalDataExport.pdf(file, now(), company.orElse("")), "application/pdf")
            .header("Content-Disposition", "attachment; filename=\"datos-personales.pdf\"")
            .build();
      }
      return Response.ok(PersonalDataExport.json(file, now()).toString(), JSON)
          .header("Content-Disposition", "attachment; filename=\"datos-personales.json\"")
          .build();
    } catch (PrivacyRuleViolation e) {
      return refused(e);
    }
  }

  @POST
  @Path("anonimizacion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Anonimizar los datos de una persona",
      description =
          "Supresión (Ley 1581 de 2012, art. 15): nombres, documento, datos de contacto, los"
              + " identificadores en todo texto libre y los textos marcados (textos: asunto,"
              + " descripcion, respuestas, notas, correos), adjuntos reemplazados; los casos"
              + " siguen en las estadísticas. Repetirla no cambia nada.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      example =
                          "{\"documento\":\"52123456\",\"motivo\":\"Reclamo 2026-000123\","
                              + "\"textos\":[\"descripcion\"]}")))
  @APIResponse(responseCode = "200", description = "Hecho (o ya estaba hecho: yaAnonimizado)")
  @APIResponse(responseCode = "400", description = "Sin documento ni correo, o sin motivo")
  @APIResponse(responseCode = "404", description = "No hay datos de esa persona")
  @APIResponse(
      responseCode = "409",
      description = "Bloqueada: caso en investigación, retención legal o período de conservación")
  public Response anonymise(String body) {
    JsonObject request = object(body);
    if (request == null) {
      return message(Response.Status.BAD_REQUEST, "El cuerpo debe ser un objeto JSON.");
    }
    Set<FreeText> marks = EnumSet.noneOf(FreeText.class);
    if (request.get("textos") instanceof jakarta.json.JsonArray texts) {
      for (JsonValue t : texts) {
        Optional<FreeText> mark =
            t instanceof JsonString s ? FreeText.parse(s.getString()) : Optional.empty();
        if (mark.isEmpty()) {
          return message(
              Response.Status.BAD_REQUEST,
              "textos admite: asunto, descripcion, respuestas, notas, correos.");
        }
        marks.add(mark.get());
      }
    }
    try {
      PersonalDataService.Anonymisation done =
          data.anonymise(
              SubjectKey.of(string(request, "documento"), string(request, "correo")),
              string(request, "motivo"),
              marks,
              staff.get().userName());
      JsonArrayBuilder radicados = Json.createArrayBuilder();
      done.radicados().forEach(radicados::add);
      return Response.ok(
              Json.createObjectBuilder()
                  .add("yaAnonimizado", done.alreadyDone())
                  .add("casos", done.cases())
                  .add("correos", done.messages())
                  .add("adjuntos", done.attachments())
                  .add("partes", done.parties())
                  .add("radicados", radicados)
                  .build()
                  .toString(),
              JSON)
          .build();
    } catch (PrivacyRuleViolation e) {
      return refused(e);
    }
  }

  @POST
  @Path("revocacion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Registrar la revocación de la autorización",
      description =
          "La persona revocó la autorización para tratar sus datos (Ley 1581 de 2012, art. 8 lit."
              + " e): desde ahora no recibe encuestas ni correos opcionales; la respuesta a sus"
              + " casos sí se envía. reclamo: el radicado del reclamo que la pidió (opcional).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      example =
                          "{\"documento\":\"52123456\",\"motivo\":\"Reclamo decidido\","
                              + "\"reclamo\":\"2026-000123\"}")))
  @APIResponse(responseCode = "201", description = "Registrada")
  @APIResponse(responseCode = "400", description = "Sin documento ni correo, o sin motivo")
  public Response revoke(String body) {
    JsonObject request = object(body);
    if (request == null) {
      return message(Response.Status.BAD_REQUEST, "El cuerpo debe ser un objeto JSON.");
    }
    try {
      ConsentService.Revocation r =
          consents.revoke(
              SubjectKey.of(string(request, "documento"), string(request, "correo")),
              string(request, "motivo"),
              string(request, "reclamo"),
              staff.get().userName());
      return Response.status(Response.Status.CREATED)
          .type(JSON)
          .entity(
              Json.createObjectBuilder()
                  .add("fecha", r.revokedAt().toString())
                  .add("registradaPor", r.recordedBy())
                  .build()
                  .toString())
          .build();
    } catch (PrivacyRuleViolation e) {
      return refused(e);
    }
  }

  @GET
  @Path("conservacion")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revisiones de conservación",
      description =
          "Las revisiones mensuales (la más reciente primero) con su lista de casos cerrados cuyo"
              + " período de conservación terminó (Decreto 1377 de 2013, art. 11) y, aprobada, el"
              + " resultado de cada caso.")
  @APIResponse(responseCode = "200", description = "Las revisiones")
  public Response retentionRuns() {
    JsonArrayBuilder runs = Json.createArrayBuilder();
    for (RetentionService.Run run : retention.runs()) {
      runs.add(run(run));
    }
    return Response.ok(Json.createObjectBuilder().add("revisiones", runs).build().toString(), JSON)
        .build();
  }

  @POST
  @Path("conservacion/{periodo}/aprobacion")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Aprobar una revisión de conservación",
      description =
          "Anonimiza cada caso de la lista, salvo el que una investigación o retención legal"
              + " conserve (resultado Omitido). Una revisión se aprueba una sola vez.")
  @APIResponse(responseCode = "200", description = "Aprobada: la revisión con el resultado")
  @APIResponse(responseCode = "404", description = "No hay revisión de ese período")
  @APIResponse(responseCode = "409", description = "Ya fue aprobada (quién y cuándo)")
  public Response approveRetention(@PathParam("periodo") String period) {
    try {
      retention.approve(period, staff.get().userName());
      RetentionService.Run run =
          retention.runs().stream()
              .filter(r -> r.period().equals(period))
              .findFirst()
              .orElseThrow();
      return Response.ok(run(run).build().toString(), JSON).build();
    } catch (PrivacyRuleViolation e) {
      return refused(e);
    }
  }

  private JsonObjectBuilder run(RetentionService.Run run) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("periodo", run.period())
            .add("listada", run.proposedAt().toString())
            .add("listadaPor", run.proposedBy())
            .add("casos", run.cases());
    if (run.approvedAt() != null) {
      b.add("aprobadaPor", run.approvedBy())
          .add("aprobada", run.approvedAt().toString())
          .add("anonimizados", run.anonymised())
          .add("omitidos", run.skipped());
    }
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (RetentionService.Item i : retention.items(run.period())) {
      JsonObjectBuilder one =
          Json.createObjectBuilder()
              .add("radicado", i.radicado())
              .add("tipo", i.type())
              .add("cerrado", i.closedAt().toString())
              .add("conservarHasta", i.keptUntil().toString());
      if (i.outcome() != null) {
        one.add("resultado", i.outcome());
      }
      items.add(one);
    }
    return b.add("casosListados", items);
  }

  private static JsonObject object(String body) {
    return co.ventanilla.web.rest.JsonBodies.object(body).orElse(null);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private static String string(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v instanceof JsonString s ? s.getString() : null;
  }

  private static Response refused(PrivacyRuleViolation e) {
    Response.Status status =
        switch (e.kind()) {
          case UNKNOWN -> Response.Status.NOT_FOUND;
          case BLOCKED -> Response.Status.CONFLICT;
          case INVALID -> Response.Status.BAD_REQUEST;
        };
    JsonObjectBuilder b = Json.createObjectBuilder().add("mensaje", e.getMessage());
    if (!e.blocks().isEmpty()) {
      JsonArrayBuilder blocks = Json.createArrayBuilder();
      for (Block block : e.blocks()) {
        JsonObjectBuilder one =
            Json.createObjectBuilder()
                .add("radicado", block.radicado())
                .add("motivo", block.reason());
        if (block.until() != null) {
          one.add("hasta", block.until().toString());
        }
        blocks.add(one);
      }
      b.add("bloqueos", blocks);
    }
    return Response.status(status).type(JSON).entity(b.build().toString()).build();
  }

  private static Response message(Response.Status status, String text) {
    return Response.status(status)
        .type(JSON)
        .entity(Json.createObjectBuilder().add("mensaje", text).build().toString())
        .build();
  }
}
