package co.ventanilla.web.rest;

import co.ventanilla.reports.ReportKind;
import co.ventanilla.reports.ReportPeriod;
import co.ventanilla.reports.ReportRun;
import co.ventanilla.reports.ReportSchedule;
import co.ventanilla.reports.ReportScheduleInvalid;
import co.ventanilla.reports.ReportScheduleService;
import co.ventanilla.reports.ReportService;
import co.ventanilla.staff.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The management reports (quarterly, semiannual, monthly snapshot): the list, generating one on
 * demand (mailed only when asked) and downloading its PDF and XLSX, the recipients and schedule
 * (changed by the administrator only). Roles gerencia, sig and admin.
 */
@Path("informes")
@Tag(name = "Informes", description = "Informes trimestrales, semestrales y cortes mensuales")
public class ReportResource {

  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  @Inject ReportService reports;
  @Inject ReportScheduleService schedules;
  @Inject CurrentStaff staff;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Informes generados", description = "Los 200 más recientes primero.")
  @APIResponse(responseCode = "200", description = "La lista")
  @APIResponse(responseCode = "403", description = "Rol sin acceso a los informes")
  public Response list() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (ReportRun r : reports.runs(200)) {
      list.add(IndicatorJson.report(r, self()));
    }
    return Response.ok(Json.createObjectBuilder().add("informes", list).build().toString(), JSON)
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Generar un informe",
      description =
          "tipo: trimestral, semestral, mensual o rnbd (reclamos de datos personales para el"
              + " Registro Nacional de Bases de Datos); periodo: 2026-T3, 2026-S2 o 2026-11. Se genera"
              + " de inmediato (PDF y XLSX); se envía por correo a los destinatarios solo con"
              + " \"enviar\": true.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      example =
                          "{\"tipo\":\"trimestral\",\"periodo\":\"2026-T3\",\"enviar\":false}")))
  @APIResponse(responseCode = "201", description = "Generado; Location lleva a él")
  @APIResponse(responseCode = "400", description = "Tipo o período inválidos")
  @APIResponse(responseCode = "403", description = "Rol sin acceso a los informes")
  public Response create(String body) {
    Locale locale = ApiError.locale(headers);
    Optional<JsonObject> parsed = JsonBodies.object(body);
    if (parsed.isEmpty()) {
      return invalid("cuerpo", IndicatorResource.text("api.body", locale), locale);
    }
    JsonObject request = parsed.get();
    Optional<ReportKind> kind = ReportKind.parse(string(request, "tipo"));
    if (kind.isEmpty()) {
      return invalid("tipo", IndicatorResource.text("api.kind", locale), locale);
    }
    Optional<ReportPeriod> period = ReportPeriod.parse(kind.get(), string(request, "periodo"));
    if (period.isEmpty()) {
      return invalid(
          "periodo", IndicatorResource.text("api.period." + kind.get().code(), locale), locale);
    }
    boolean mail = request.getBoolean("enviar", false);
    ReportRun run = reports.generate(period.get(), mail, staff.get().userName());
    URI location = self().resolve(String.valueOf(run.id()));
    return Response.created(location)
        .type(JSON)
        .entity(IndicatorJson.report(run, self()).toString())
        .build();
  }

  @GET
  @Path("programacion")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Destinatarios y programación de los informes",
      description =
          "La programación vigente: la del administrador si la guardó (origen \"administrador\")"
              + " o la de la configuración (origen \"configuracion\"). destinatarios son los"
              + " adicionales: las cuentas activas de Gerencia y SIG con correo los reciben"
              + " siempre (todos).")
  @APIResponse(responseCode = "200", description = "La programación")
  @APIResponse(responseCode = "403", description = "Rol sin acceso a los informes")
  public Response schedule() {
    return Response.ok(scheduleJson(schedules.current()).toString(), JSON).build();
  }

  @PUT
  @Path("programacion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Cambiar destinatarios y programación (administrador)",
      description =
          "Reemplaza la configuración desde la próxima hora, sin reiniciar. destinatarios: lista"
              + " de correos (puede ser vacía); hora: 0 a 23, hora de Colombia; mesesAtras: 1 a"
              + " 60.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      example =
                          "{\"destinatarios\":[\"junta@empresa.example\"],\"hora\":7,"
                              + "\"mesesAtras\":12}")))
  @APIResponse(responseCode = "200", description = "Guardada; la programación vigente")
  @APIResponse(responseCode = "400", description = "Correo, hora o meses inválidos")
  @APIResponse(responseCode = "403", description = "Solo el administrador")
  public Response changeSchedule(String body) {
    Locale locale = ApiError.locale(headers);
    Optional<JsonObject> parsed = JsonBodies.object(body);
    if (parsed.isEmpty()) {
      return invalid("cuerpo", IndicatorResource.text("api.body", locale), locale);
    }
    JsonObject request = parsed.get();
    List<String> to = new ArrayList<>();
    JsonValue list = request.get("destinatarios");
    if (list instanceof JsonArray array) {
      for (JsonValue item : array) {
        if (!(item instanceof JsonString text)) {
          return invalid(
              "destinatarios",
              MessageFormat.format(
                  IndicatorResource.text("rep.schedule.invalid.address", locale), item),
              locale);
        }
        to.add(text.getString());
      }
    } else if (list instanceof JsonString text) {
      to.addAll(ReportScheduleService.split(text.getString()));
    } else if (list != null && list.getValueType() != JsonValue.ValueType.NULL) {
      return invalid("destinatarios", IndicatorResource.text("api.body", locale), locale);
    }
    ReportSchedule now = schedules.current();
    Integer hour = integer(request, "hora", now.hour());
    Integer lookback = integer(request, "mesesAtras", now.lookbackMonths());
    if (hour == null) {
      return invalid(
          "hora",
          MessageFormat.format(
              IndicatorResource.text("rep.schedule.invalid.hour", locale), request.get("hora")),
          locale);
    }
    if (lookback == null) {
      return invalid(
          "mesesAtras",
          MessageFormat.format(
              IndicatorResource.text("rep.schedule.invalid.lookback", locale),
              request.get("mesesAtras")),
          locale);
    }
    try {
      ReportSchedule saved = schedules.save(to, hour, lookback, staff.get().userName());
      return Response.ok(scheduleJson(saved).toString(), JSON).build();
    } catch (ReportScheduleInvalid e) {
      return invalid(
          e.field(),
          MessageFormat.format(
              IndicatorResource.text(e.key(), locale), e.value() == null ? "" : e.value()),
          locale);
    }
  }

  @DELETE
  @Path("programacion")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Volver a la programación de la configuración (administrador)")
  @APIResponse(responseCode = "200", description = "La programación de la configuración")
  @APIResponse(responseCode = "403", description = "Solo el administrador")
  public Response resetSchedule() {
    return Response.ok(scheduleJson(schedules.reset(staff.get().userName())).toString(), JSON)
        .build();
  }

  private static JsonObject scheduleJson(ReportSchedule s) {
    JsonArrayBuilder to = Json.createArrayBuilder();
    s.recipients().forEach(to::add);
    var json =
        Json.createObjectBuilder()
            .add("destinatarios", to)
            .add("hora", s.hour())
            .add("mesesAtras", s.lookbackMonths())
            .add("origen", s.fromConfiguration() ? "configuracion" : "administrador");
    if (!s.fromConfiguration()) {
      json.add("cambiadoPor", s.changedBy()).add("cambiadoEn", s.changedAt().toString());
    }
    return json.build();
  }

  /**
   * The whole number at {@code key}, {@code fallback} when absent, null when not a whole number.
   */
  private static Integer integer(JsonObject o, String key, int fallback) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return fallback;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return n.intValue();
    }
    return null;
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Un informe generado")
  @APIResponse(responseCode = "200", description = "El informe")
  @APIResponse(responseCode = "404", description = "No existe")
  public Response one(@PathParam("id") long id) {
    return reports
        .run(id)
        .map(r -> Response.ok(IndicatorJson.report(r, self()).toString(), JSON).build())
        .orElseGet(() -> ApiError.notFound(ApiError.locale(headers)));
  }

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "El PDF de un informe")
  @APIResponse(responseCode = "200", description = "El PDF")
  @APIResponse(responseCode = "404", description = "No existe")
  public Response pdf(@PathParam("id") long id) {
    return file(id, true);
  }

  @GET
  @Path("{id}/xlsx")
  @Produces(ReportService.XLSX)
  @Operation(summary = "La hoja de cálculo de un informe")
  @APIResponse(responseCode = "200", description = "El XLSX")
  @APIResponse(responseCode = "404", description = "No existe")
  public Response xlsx(@PathParam("id") long id) {
    return file(id, false);
  }

  @GET
  @Path("cortes")
  @Produces("text/csv")
  @Operation(
      summary = "Cortes mensuales de los indicadores (CSV)",
      description =
          "Las cifras guardadas al cierre de cada mes, por dimensión: el dato que se carga al"
              + " indicador de PQRS. UTF-8 con BOM, separador punto y coma.")
  @Parameter(name = "desde", description = "Primer mes, AAAA-MM", required = true)
  @Parameter(name = "hasta", description = "Último mes, AAAA-MM", required = true)
  public Response snapshots(@QueryParam("desde") String from, @QueryParam("hasta") String to) {
    Locale locale = ApiError.locale(headers);
    if (from == null || !from.matches("\\d{4}-\\d{2}")) {
      return invalid("desde", IndicatorResource.text("api.period.mensual", locale), locale);
    }
    if (to == null || !to.matches("\\d{4}-\\d{2}")) {
      return invalid("hasta", IndicatorResource.text("api.period.mensual", locale), locale);
    }
    return Response.ok(reports.snapshotCsv(from, to), "text/csv; charset=UTF-8")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"indicadores-" + from + "_" + to + ".csv\"")
        .build();
  }

  private Response file(long id, boolean pdf) {
    Optional<ReportRun> run = reports.run(id);
    if (run.isEmpty()) {
      return ApiError.notFound(ApiError.locale(headers));
    }
    // Read inside the service's transaction, then streamed to the client.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      reports.copy(id, pdf, bytes);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    StreamingOutput out = o -> bytes.writeTo(o);
    String name = run.get().baseName() + (pdf ? ".pdf" : ".xlsx");
    return Response.ok(out, pdf ? "application/pdf" : ReportService.XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .build();
  }

  private URI self() {
    return uri.getBaseUriBuilder().path("informes/").build();
  }

  private static String string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v instanceof jakarta.json.JsonString s ? s.getString() : null;
  }

  private static Response invalid(String field, String message, Locale locale) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(JSON)
        .entity(
            Json.createObjectBuilder()
                .add("mensaje", IndicatorResource.text("api.invalid", locale))
                .add(
                    "errores",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder().add("campo", field).add("mensaje", message)))
                .build()
                .toString())
        .build();
  }
}
