package co.ventanilla.web.rest;

import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseSort;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.InboxCount;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.access.CaseCommand;
import co.ventanilla.cases.access.CaseCommandInvalid;
import co.ventanilla.cases.access.CaseDesk;
import co.ventanilla.cases.access.CaseFile;
import co.ventanilla.documents.CaseListWorkbook;
import co.ventanilla.privacy.ReclamoLegend;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The staff API over cases, with the same login as the intranet (HTTP Basic) and the same access:
 * every list carries the caller's visibility into its query, and a case the caller may not see
 * answers {@code 403} (the refusal is journaled). Personal data appears only for the roles that may
 * see it.
 */
@Path("casos")
@Tag(name = "Casos (personal)", description = "Consulta y trabajo de casos por el personal")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CaseResource {

  @Inject CaseDesk desk;
  @Inject co.ventanilla.privacy.PersonalDataService privacy;
  @Context HttpHeaders headers;
  @Inject co.ventanilla.web.intake.PublicFormSettings settings;

  @GET
  @Operation(
      summary = "Casos visibles para quien llama",
      description =
          "Filtros: texto, tipo, estado, alcance (abiertos, terminados, todos), canal, proceso (id),"
              + " sede, nivel, venceDesde, venceHasta (yyyy-MM-dd), vencidos, responsable; orden"
              + " (vencimiento, recibido, radicado) y sentido (asc, desc); desde y cantidad"
              + " (máximo 500). El total se cuenta hasta 10.000 (masDe indica que hay más).")
  @APIResponse(responseCode = "200", description = "Una página de casos")
  @APIResponse(responseCode = "401", description = "Sin usuario o clave válidos")
  public Response list(
      @QueryParam("texto") String text,
      @QueryParam("tipo") String type,
      @QueryParam("estado") String state,
      @QueryParam("alcance") @DefaultValue("abiertos") String scope,
      @QueryParam("canal") String channel,
      @QueryParam("proceso") Long area,
      @QueryParam("sede") String agency,
      @QueryParam("nivel") Integer level,
      @QueryParam("venceDesde") String dueFrom,
      @QueryParam("venceHasta") String dueTo,
      @QueryParam("vencidos") @DefaultValue("false") boolean overdue,
      @QueryParam("responsable") String responsible,
      @QueryParam("orden") @DefaultValue("vencimiento") String order,
      @QueryParam("sentido") @DefaultValue("asc") String direction,
      @QueryParam("desde") @DefaultValue("0") int first,
      @QueryParam("cantidad") @DefaultValue("50") int size) {
    CaseFilter filter;
    try {
      filter =
          CaseFilter.builder()
              .text(text)
              .type(type == null ? null : PqrsType.parse(type).orElseThrow())
              .state(state == null ? null : CaseState.valueOf(state.toUpperCase(Locale.ROOT)))
              .scope(scope(scope))
              .channel(channel == null ? null : Channel.valueOf(channel.toUpperCase(Locale.ROOT)))
              .areaId(area)
              .agency(agency)
              .level(level)
              .responsible(responsible)
              .due(date(dueFrom), date(dueTo))
              .overdue(overdue)
              .build();
    } catch (RuntimeException e) {
      return ApiError.message(Response.Status.BAD_REQUEST, "Algún filtro no es válido: " + e);
    }
    CaseSort sort = sort(order, direction);
    InboxCount count = desk.count(filter);
    List<CaseSummary> rows = desk.page(filter, sort, first, size, count);
    JsonArrayBuilder cases = Json.createArrayBuilder();
    rows.forEach(c -> cases.add(summary(c)));
    return Response.ok(
            Json.createObjectBuilder()
                .add("total", count.total())
                .add("masDe", count.capped())
                .add("casos", cases)
                .build()
                .toString())
        .build();
  }

  @GET
  @Path("exportacion")
  @Produces(CaseListWorkbook.MEDIA_TYPE)
  @Operation(
      summary = "Exportar a Excel los casos visibles",
      description = "Los mismos filtros de la lista, hasta 10.000 casos.")
  public Response export(
      @QueryParam("texto") String text,
      @QueryParam("alcance") @DefaultValue("abiertos") String scope,
      @QueryParam("vencidos") @DefaultValue("false") boolean overdue) {
    CaseFilter filter =
        CaseFilter.builder().text(text).scope(scope(scope)).overdue(overdue).build();
    Locale locale = ApiError.locale(headers);
    StreamingOutput body = out -> desk.exportWorkbook(filter, CaseSort.MOST_URGENT, locale, out);
    return Response.ok(body, CaseListWorkbook.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"casos.xlsx\"")
        .build();
  }

  @GET
  @Path("{radicado}")
  @Operation(summary = "Un caso, como lo puede ver quien llama")
  @APIResponse(responseCode = "200", description = "El caso")
  @APIResponse(responseCode = "403", description = "Quien llama no puede ver el caso")
  @APIResponse(responseCode = "404", description = "No existe el caso")
  public Response get(@PathParam("radicado") String radicado) {
    CaseFile c = desk.open(radicado);
    return Response.ok(withLegend(c).build().toString()).build();
  }

  @GET
  @Path("{radicado}/constancia")
  @Produces("application/pdf")
  @Operation(
      summary = "Constancia de radicación (PDF)",
      description =
          "Para el peticionario que radicó en persona, por teléfono o por carta (PR-CA10-2 §3;"
              + " Ley 1755 de 2015, art. 15). Muestra datos personales: solo para quien puede"
              + " verlos.")
  @APIResponse(responseCode = "200", description = "El PDF")
  @APIResponse(responseCode = "403", description = "Quien llama no puede ver el peticionario")
  @APIResponse(responseCode = "404", description = "No existe el caso")
  public Response constancia(@PathParam("radicado") String radicado) {
    byte[] pdf = desk.constancia(radicado);
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition",
            "inline; filename=\"constancia-" + radicado.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"")
        .build();
  }

  @GET
  @Path("{radicado}/adjuntos/{id}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Descargar un archivo del caso")
  @APIResponse(responseCode = "200", description = "El archivo")
  @APIResponse(responseCode = "403", description = "Quien llama no puede ver el caso")
  public Response attachment(@PathParam("radicado") String radicado, @PathParam("id") long id) {
    CaseFile.AttachmentView a = desk.attachment(radicado, id);
    StreamingOutput body = out -> desk.download(radicado, id, out);
    return Response.ok(body, a.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + a.fileName().replaceAll("[\"\\\\\\r\\n]", "_") + "\"")
        .header("Content-Length", a.size())
        .build();
  }

  @POST
  @Path("{radicado}/notas")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "Agregar una nota interna")
  @APIResponse(responseCode = "204", description = "Nota agregada")
  @APIResponse(responseCode = "403", description = "Quien llama no puede ver el caso")
  public Response note(@PathParam("radicado") String radicado, @FormParam("texto") String text) {
    desk.addNote(radicado, text);
    return Response.noContent().build();
  }

  @POST
  @Path("{radicado}/asignacion")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "Asignar el caso a un proceso y un responsable")
  @APIResponse(responseCode = "204", description = "Asignado")
  @APIResponse(responseCode = "403", description = "Quien llama no puede asignar este caso")
  @APIResponse(responseCode = "409", description = "Las reglas del caso no lo permiten")
  public Response assign(
      @PathParam("radicado") String radicado,
      @FormParam("proceso") String area,
      @FormParam("responsable") String responsible,
      @FormParam("nota") String note) {
    desk.assign(radicado, area, responsible, note);
    return Response.noContent().build();
  }

  @POST
  @Path("{radicado}/adjuntos")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Agregar archivos al caso",
      description =
          "Multipart, una o más partes 'archivo' (documentos que el peticionario trajo después,"
              + " evidencias). Revisados por su contenido con los límites del formulario público;"
              + " si uno se rechaza no se guarda ninguno. Quien puede agregar notas puede agregar"
              + " archivos. Queda en la historia.")
  @APIResponse(responseCode = "201", description = "El caso con sus archivos")
  @APIResponse(responseCode = "400", description = "Archivos rechazados, uno por archivo")
  @APIResponse(responseCode = "403", description = "Quien llama no puede agregar al caso")
  @APIResponse(responseCode = "409", description = "El caso ya terminó")
  public Response addFiles(
      @PathParam("radicado") String radicado, List<jakarta.ws.rs.core.EntityPart> parts)
      throws java.io.IOException {
    List<co.ventanilla.intake.SubmittedFile> files = new java.util.ArrayList<>();
    long max = (long) settings.maxFileMb() * 1024L * 1024L;
    for (jakarta.ws.rs.core.EntityPart p :
        parts == null ? List.<jakarta.ws.rs.core.EntityPart>of() : parts) {
      if ("archivo".equals(p.getName())) {
        try (java.io.InputStream in = p.getContent()) {
          // one byte over the limit is enough for the policy to refuse it by size
          files.add(
              new co.ventanilla.intake.SubmittedFile(
                  p.getFileName().orElse(null),
                  null,
                  in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8))));
        }
      }
    }
    desk.addFiles(radicado, files, settings.uploadPolicy());
    return Response.status(Response.Status.CREATED)
        .entity(withLegend(desk.open(radicado)).build().toString())
        .build();
  }

  @POST
  @Path("{radicado}/acciones/{accion}")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Tomar una acción sobre el caso",
      description =
          "La misma acción y las mismas reglas (rol, estado, términos de la Ley 1755 de 2015) que"
              + " el espacio de trabajo del caso. accion: nota, clasificar, asignar, iniciar,"
              + " escalar, solicitar-informacion, informacion-recibida, prorrogar-informacion,"
              + " ampliar-termino, trasladar, improcedente, desistir, vincular,"
              + " proyectar-respuesta, aprobar-respuesta, devolver-respuesta, enviar-respuesta,"
              + " respuesta-peticionario, cerrar, proteger, nombrar, sede. Cuerpo JSON con los"
              + " campos de la acción: texto, nivel (1-4), atencionInmediata, proceso,"
              + " responsable, usuario, fecha (AAAA-MM-DD), autoridad, radicado, acepta,"
              + " calificacion (1-5), sede (una de las sedes configuradas; la de un caso con"
              + " sedePorConfirmar la elige recepción)."
              + " GET /api/casos/{radicado} dice en 'operaciones' las que quien llama puede tomar"
              + " ahora, con sus campos. Ejemplos: POST .../acciones/asignar"
              + " {\"proceso\":\"Operaciones\",\"responsable\":\"ana.rojas\"};"
              + " POST .../acciones/ampliar-termino {\"fecha\":\"2026-12-30\",\"texto\":\"Se"
              + " requiere el informe del puesto\"}.")
  @APIResponse(responseCode = "200", description = "El caso actualizado, como en GET")
  @APIResponse(responseCode = "400", description = "El cuerpo no es JSON")
  @APIResponse(responseCode = "403", description = "El rol de quien llama no toma esa acción")
  @APIResponse(responseCode = "404", description = "No existe el caso o la acción")
  @APIResponse(
      responseCode = "409",
      description = "El estado o los términos del caso no admiten la acción ahora (con el motivo)")
  @APIResponse(responseCode = "422", description = "Faltan campos o no tienen la forma esperada")
  public Response act(
      @PathParam("radicado") String radicado, @PathParam("accion") String name, String body) {
    Locale locale = ApiError.locale(headers);
    java.util.Optional<CaseCommand> command = CaseCommand.named(name);
    if (command.isEmpty()) {
      return ApiError.message(
          Response.Status.NOT_FOUND,
          ApiError.format(
              "api.action.unknown",
              locale,
              name,
              String.join(
                  ", ",
                  java.util.Arrays.stream(CaseCommand.values())
                      .map(CaseCommand::apiName)
                      .toList())));
    }
    jakarta.json.JsonObject json;
    try {
      json =
          body == null || body.isBlank()
              ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT
              : Json.createReader(new java.io.StringReader(body)).readObject();
    } catch (jakarta.json.JsonException | IllegalStateException e) {
      return ApiError.message(
          Response.Status.BAD_REQUEST, ApiError.format("api.json.invalid", locale));
    }
    CommandBody read = new CommandBody(json, locale);
    CaseCommand.Values values = read.values();
    if (!read.errors.isEmpty()) {
      return ApiError.fields(422, "api.action.invalid", read.errors, locale);
    }
    try {
      command.get().run(desk, radicado, values);
    } catch (CaseCommandInvalid e) {
      java.util.Map<String, String> missing = new java.util.LinkedHashMap<>();
      for (CaseCommand.Input i : e.missing()) {
        missing.put(i.field(), ApiError.format("api.field.required", locale, i.field()));
      }
      return ApiError.fields(422, "api.action.invalid", missing, locale);
    }
    return Response.ok(withLegend(desk.open(radicado)).build().toString()).build();
  }

  /** The JSON body of an action, read field by field; each wrong shape is one error. */
  private static final class CommandBody {
    private final jakarta.json.JsonObject json;
    private final Locale locale;
    private final java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();

    CommandBody(jakarta.json.JsonObject json, Locale locale) {
      this.json = json;
      this.locale = locale;
    }

    CaseCommand.Values values() {
      String person = text(CaseCommand.Input.RESPONSABLE);
      return new CaseCommand.Values(
          text(CaseCommand.Input.TEXTO),
          number(CaseCommand.Input.NIVEL),
          bool(CaseCommand.Input.ATENCION_INMEDIATA),
          text(CaseCommand.Input.PROCESO),
          person != null ? person : text(CaseCommand.Input.USUARIO),
          date(CaseCommand.Input.FECHA),
          text(CaseCommand.Input.AUTORIDAD),
          text(CaseCommand.Input.RADICADO),
          bool(CaseCommand.Input.ACEPTA),
          number(CaseCommand.Input.CALIFICACION),
          text(CaseCommand.Input.SEDE));
    }

    private jakarta.json.JsonValue value(CaseCommand.Input input) {
      jakarta.json.JsonValue v = json.get(input.field());
      return v == null || v.getValueType() == jakarta.json.JsonValue.ValueType.NULL ? null : v;
    }

    private String text(CaseCommand.Input input) {
      jakarta.json.JsonValue v = value(input);
      if (v == null) {
        return null;
      }
      if (v instanceof jakarta.json.JsonString s) {
        return s.getString();
      }
      errors.put(input.field(), ApiError.format("api.field.text", locale, input.field()));
      return null;
    }

    private Integer number(CaseCommand.Input input) {
      jakarta.json.JsonValue v = value(input);
      if (v == null) {
        return null;
      }
      if (v instanceof jakarta.json.JsonNumber n && n.isIntegral()) {
        return n.intValue();
      }
      if (v instanceof jakarta.json.JsonString s && s.getString().strip().matches("-?\\d{1,9}")) {
        return Integer.valueOf(s.getString().strip());
      }
      errors.put(input.field(), ApiError.format("api.field.number", locale, input.field()));
      return null;
    }

    private Boolean bool(CaseCommand.Input input) {
      jakarta.json.JsonValue v = value(input);
      if (v == null) {
        return null;
      }
      if (v == jakarta.json.JsonValue.TRUE || v == jakarta.json.JsonValue.FALSE) {
        return v == jakarta.json.JsonValue.TRUE;
      }
      errors.put(input.field(), ApiError.format("api.field.boolean", locale, input.field()));
      return null;
    }

    private LocalDate date(CaseCommand.Input input) {
      String s = text(input);
      if (s == null) {
        return null;
      }
      try {
        return LocalDate.parse(s.strip());
      } catch (java.time.format.DateTimeParseException e) {
        errors.put(input.field(), ApiError.format("api.field.date", locale, input.field()));
        return null;
      }
    }
  }

  private static CaseFilter.Scope scope(String scope) {
    return switch (scope == null ? "" : scope.toLowerCase(Locale.ROOT)) {
      case "terminados" -> CaseFilter.Scope.FINISHED;
      case "todos" -> CaseFilter.Scope.ALL;
      default -> CaseFilter.Scope.OPEN;
    };
  }

  private static CaseSort sort(String order, String direction) {
    boolean ascending = !"desc".equalsIgnoreCase(direction);
    return switch (order == null ? "" : order.toLowerCase(Locale.ROOT)) {
      case "recibido" -> new CaseSort(CaseSort.Field.RECEIVED_AT, ascending);
      case "radicado" -> new CaseSort(CaseSort.Field.RADICADO, ascending);
      default -> new CaseSort(CaseSort.Field.DUE_DATE, ascending);
    };
  }

  private static LocalDate date(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
  }

  private static JsonObjectBuilder summary(CaseSummary c) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("radicado", c.radicado())
            .add("tipo", c.type().code())
            .add("canal", c.channel().name())
            .add("estado", c.state().name().toLowerCase(Locale.ROOT))
            .add("asunto", c.subject())
            .add("recibido", c.receivedAt().toString())
            .add("nivelEscalamiento", c.escalationLevel())
            .add("protegido", c.protectedCase());
    optional(b, "sede", c.agency());
    optional(b, "vence", c.dueDate());
    optional(b, "proceso", c.areaName());
    optional(b, "responsable", c.responsible());
    optional(b, "nivel", c.severityLevel());
    optional(b, "peticionario", c.petitionerNames());
    return b;
  }

  /** A case as the caller may see it: its row, its text, petitioner, history, files, actions. */
  /**
   * The case, with the reclamo-en-trámite legend beside the petitioner's data (Ley 1581, art. 15).
   */
  private JsonObjectBuilder withLegend(CaseFile c) {
    Optional<ReclamoLegend> legend =
        c.petitioner().masked() ? Optional.empty() : privacy.legendOfCase(c.summary().radicado());
    return file(c, legend);
  }

  private static JsonObjectBuilder file(CaseFile c, Optional<ReclamoLegend> legend) {
    JsonObjectBuilder b =
        summary(c.summary())
            .add("descripcion", c.description())
            .add("sedePorConfirmar", c.agencyUnconfirmed());
    optional(b, "diasHabilesRestantes", c.businessDaysLeft());
    CaseFile.PetitionerView p = c.petitioner();
    JsonObjectBuilder petitioner =
        Json.createObjectBuilder().add("reservado", p.masked()).add("anonimo", p.anonymous());
    optional(petitioner, "nombres", p.names());
    optional(petitioner, "correo", p.email());
    optional(petitioner, "telefono", p.phone());
    legend.ifPresent(
        l ->
            petitioner.add(
                "reclamoEnTramite",
                Json.createObjectBuilder()
                    .add("radicado", l.radicado())
                    .add("motivo", l.reason())
                    .add("desde", l.since().toString())));
    b.add("peticionario", petitioner);
    JsonArrayBuilder history = Json.createArrayBuilder();
    for (CaseFile.TimelineEntry t : c.timeline()) {
      JsonObjectBuilder line =
          Json.createObjectBuilder().add("tipo", t.kind().name()).add("fecha", t.at().toString());
      optional(line, "actor", t.actor());
      optional(line, "evento", t.event() == null ? null : t.event().name());
      optional(line, "titulo", t.title());
      optional(line, "texto", t.text());
      history.add(line);
    }
    b.add("historia", history);
    JsonArrayBuilder files = Json.createArrayBuilder();
    for (CaseFile.AttachmentView a : c.attachments()) {
      files.add(
          Json.createObjectBuilder()
              .add("id", a.id())
              .add("nombre", a.fileName())
              .add("tipo", a.mediaType())
              .add("bytes", a.size())
              .add("sha256", a.sha256()));
    }
    b.add("adjuntos", files);
    JsonArrayBuilder actions = Json.createArrayBuilder();
    c.actions().forEach(a -> actions.add(a.name()));
    b.add("acciones", actions);
    JsonArrayBuilder commands = Json.createArrayBuilder();
    for (CaseCommand command : CaseCommand.allowedBy(c.actions())) {
      JsonArrayBuilder fields = Json.createArrayBuilder();
      JsonArrayBuilder required = Json.createArrayBuilder();
      for (CaseCommand.Input i : command.inputs()) {
        fields.add(i.field());
        if (command.requires(i)) {
          required.add(i.field());
        }
      }
      commands.add(
          Json.createObjectBuilder()
              .add("accion", command.apiName())
              .add("url", "/api/casos/" + c.summary().radicado() + "/acciones/" + command.apiName())
              .add("campos", fields)
              .add("obligatorios", required));
    }
    b.add("operaciones", commands);
    return b;
  }

  private static void optional(JsonObjectBuilder b, String name, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Number n) {
      b.add(name, n.longValue());
    } else if (value instanceof LocalDate || value instanceof LocalDateTime) {
      b.add(name, value.toString());
    } else {
      b.add(name, String.valueOf(value));
    }
  }
}
