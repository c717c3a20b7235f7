package co.ventanilla.web.rest;

import co.ventanilla.cases.CaseQueryService;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.PublicStatus;
import co.ventanilla.intake.IntakeReceipt;
import co.ventanilla.intake.Original;
import co.ventanilla.intake.Submission;
import co.ventanilla.intake.SubmissionProblem;
import co.ventanilla.intake.SubmissionRules;
import co.ventanilla.intake.SubmittedFile;
import co.ventanilla.intake.UploadPolicy;
import co.ventanilla.integration.IntakeGateway;
import co.ventanilla.staff.ApiClient;
import co.ventanilla.staff.ApiClients;
import co.ventanilla.terms.TermLaw;
import co.ventanilla.web.intake.FilingRateLimiter;
import co.ventanilla.web.intake.PublicFormSettings;
import co.ventanilla.web.security.ClientAddress;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public intake and status of PQRS. Anyone may file (no login): the answer carries the radicado and
 * a tracking code. The status answer shows no personal data.
 */
@Path("pqrs")
@Tag(name = "PQRS", description = "Radicación y consulta pública de PQRS")
public class PqrsResource {

  private static final String ACTOR = "web";

  @Inject IntakeGateway intake;
  @Inject CaseQueryService cases;
  @Inject PublicFormSettings settings;
  @Inject FilingRateLimiter limiter;
  @Inject ApiClients clients;
  @jakarta.ejb.EJB co.ventanilla.attachments.PetitionerFiles petitionerFiles;
  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context HttpServletRequest request;

  /** The API client of this request, when it came with a key (the consent's origin). */
  private String callerName;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Radicar una PQRS", description = "Crea el caso y responde con su radicado.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = PqrsRequest.class)))
  @APIResponse(responseCode = "201", description = "Radicada; Location apunta a su estado")
  @APIResponse(
      responseCode = "400",
      description = "JSON inválido o campos con errores, uno por campo")
  @APIResponse(
      responseCode = "401",
      description =
          "Se envió una clave de cliente del API (Authorization: Bearer) que no es válida")
  @APIResponse(
      responseCode = "429",
      description =
          "Demasiadas radicaciones en la última hora desde esta dirección (o de este cliente del"
              + " API); Retry-After dice cuántos segundos esperar")
  @SecurityRequirement(name = "clienteApi")
  public Response file(String body) {
    Locale locale = ApiError.locale(headers);
    Response refused = overLimit();
    if (refused != null) {
      return refused;
    }
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      json = reader.readObject();
    } catch (JsonParsingException | IllegalStateException | ClassCastException e) {
      return ApiError.badRequest(List.of(new SubmissionProblem("cuerpo", "invalid_json")), locale);
    } catch (jakarta.json.JsonException e) {
      return ApiError.badRequest(List.of(new SubmissionProblem("cuerpo", "invalid_json")), locale);
    }

    List<SubmissionProblem> problems = new ArrayList<>();
    String typeText = text(json, "tipo");
    Optional<PqrsType> type = PqrsType.parse(typeText);
    if (typeText != null && type.isEmpty()) {
      problems.add(new SubmissionProblem("tipo", "unknown_type", SubmissionRules.typeCodes()));
    }
    Submission.Builder builder =
        Submission.builder(Channel.WEB)
            .type(type.orElse(null))
            .names(text(json, "nombres"))
            .document(text(json, "tipo_documento"), text(json, "numero_documento"))
            .email(text(json, "correo"))
            .phone(text(json, "telefono"))
            .address(text(json, "direccion"))
            .agency(text(json, "sede"))
            .subject(text(json, "asunto"))
            .description(text(json, "descripcion"))
            .anonymous(json.getBoolean("anonimo", false))
            .sourceReference("api")
            .actor(ACTOR);
    if (json.getBoolean("autoriza_datos", false)) {
      builder.consent(
          settings.consent(
              "api",
              (callerName == null ? "" : "cliente " + callerName + ", ")
                  + "IP "
                  + ClientAddress.of(request)));
    }
    List<SubmittedFile> files = attachments(json, problems);
    UploadPolicy.Checked checked = settings.uploadPolicy().check(files);
    problems.addAll(checked.problems());
    checked.files().forEach(builder::attach);
    builder.original(Original.text("application/json", body));
    Submission submission = builder.build();
    List<SubmissionProblem> rules = new ArrayList<>();
    for (SubmissionProblem p : SubmissionRules.check(submission)) {
      if (!(p.field().equals("tipo") && typeText != null)) {
        rules.add(p);
      }
    }
    problems.addAll(0, rules);
    if (!problems.isEmpty()) {
      return ApiError.badRequest(problems, locale);
    }

    IntakeReceipt receipt = intake.submit(submission);
    JsonObjectBuilder answer =
        Json.createObjectBuilder()
            .add("radicado", receipt.radicado())
            .add("codigo", receipt.trackingCode())
            .add("recibido", ApiDates.dateTime(receipt.receivedAt()));
    if (receipt.dueDate() != null) {
      answer
          .add("vence", receipt.dueDate().toString())
          .add("fundamento", TermLaw.of(submission.type()).termBasis());
    }
    return Response.created(uri.getBaseUriBuilder().path("pqrs").path(receipt.radicado()).build())
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(answer.build().toString())
        .build();
  }

  @GET
  @Path("{radicado}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Consultar el estado de una PQRS",
      description = "Con el radicado y el código de seguimiento entregado al radicar.")
  @APIResponse(responseCode = "200", description = "Estado, tipo y fechas; sin datos personales")
  @APIResponse(responseCode = "404", description = "No existe o el código no corresponde")
  public Response status(
      @PathParam("radicado") String radicado, @QueryParam("codigo") String code) {
    Optional<PublicStatus> found = cases.publicStatus(radicado, code);
    if (found.isEmpty()) {
      return ApiError.notFound(ApiError.locale(headers));
    }
    PublicStatus c = found.get();
    JsonObjectBuilder answer =
        Json.createObjectBuilder()
            .add("radicado", c.radicado())
            .add("tipo", c.type().code())
            .add("estado", c.state().name().toLowerCase(Locale.ROOT))
            .add("recibido", ApiDates.dateTime(c.receivedAt()));
    if (c.dueDate() != null) {
      answer.add("vence", c.dueDate().toString());
    }
    if (c.answer() != null) {
      answer.add("respondido", ApiDates.dateTime(c.answeredAt())).add("respuesta", c.answer());
    }
    return Response.ok(
            answer.build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .build();
  }

  @POST
  @Path("{radicado}/adjuntos")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Agregar documentos a una PQRS radicada",
      description =
          "El peticionario agrega documentos a su caso con el radicado y el código de seguimiento"
              + " (p. ej. lo que se le pidió para completar la petición, Ley 1755 de 2015, art."
              + " 17). Cuerpo: {\"adjuntos\": [{\"nombre\": \"factura.pdf\", \"contenido\":"
              + " \"<base64>\"}]}, revisados por su contenido con los mismos límites del"
              + " formulario. Un caso terminado no recibe más archivos.")
  @APIResponse(responseCode = "201", description = "{radicado, adjuntos: [nombres]}")
  @APIResponse(responseCode = "400", description = "Archivos rechazados, uno por archivo")
  @APIResponse(responseCode = "404", description = "No existe o el código no corresponde")
  @APIResponse(responseCode = "409", description = "El caso ya terminó")
  @APIResponse(responseCode = "429", description = "Demasiados envíos desde esta dirección")
  public Response addFiles(
      @PathParam("radicado") String radicado, @QueryParam("codigo") String code, String body) {
    Locale locale = ApiError.locale(headers);
    Response refused = overLimit();
    if (refused != null) {
      return refused;
    }
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      json = reader.readObject();
    } catch (jakarta.json.JsonException | IllegalStateException | ClassCastException e) {
      return ApiError.badRequest(List.of(new SubmissionProblem("cuerpo", "invalid_json")), locale);
    }
    List<SubmissionProblem> problems = new ArrayList<>();
    List<SubmittedFile> files = attachments(json, problems);
    if (!problems.isEmpty()) {
      return ApiError.badRequest(problems, locale);
    }
    List<String> stored = petitionerFiles.add(radicado, code, files, settings.uploadPolicy());
    JsonArrayBuilder names = Json.createArrayBuilder();
    stored.forEach(names::add);
    return Response.status(Response.Status.CREATED)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            Json.createObjectBuilder()
                .add("radicado", radicado.strip())
                .add("adjuntos", names)
                .build()
                .toString())
        .build();
  }

  /**
   * {@code adjuntos}: {@code [{"nombre": "acta.pdf", "contenido": "<base64>"}]}; the media type is
   * found from the bytes, whatever the caller says.
   */
  private static List<SubmittedFile> attachments(
      JsonObject json, List<SubmissionProblem> problems) {
    List<SubmittedFile> files = new ArrayList<>();
    JsonValue value = json.get("adjuntos");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return files;
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      problems.add(new SubmissionProblem("adjuntos", "invalid_attachment", "adjuntos"));
      return files;
    }
    for (JsonValue item : value.asJsonArray()) {
      if (item.getValueType() != JsonValue.ValueType.OBJECT) {
        problems.add(new SubmissionProblem("adjuntos", "invalid_attachment", "?"));
        continue;
      }
      JsonObject file = item.asJsonObject();
      String name = text(file, "nombre");
      try {
        byte[] bytes = Base64.getMimeDecoder().decode(String.valueOf(text(file, "contenido")));
        files.add(new SubmittedFile(name, null, bytes));
      } catch (IllegalArgumentException e) {
        problems.add(new SubmissionProblem("adjuntos", "invalid_attachment", name));
      }
    }
    return files;
  }

  /** A field's text: strings as they are, numbers and booleans as written, null when absent. */
  private static String text(JsonObject json, String field) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return value instanceof JsonString s ? s.getString() : value.toString();
  }

  /**
   * The flood guard of public filing: an anonymous caller counts against its address's hourly limit
   * (shared with the public form); a caller with an API client's key ({@code Authorization: Bearer
   * vt_...}, created by an administrator) against that client's own limit. A wrong key is refused,
   * never treated as anonymous. Null when the filing may go on.
   */
  private Response overLimit() {
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    String bucket;
    int limit;
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<ApiClients.Caller> client = clients.verify(authorization.substring(7).strip());
      if (client.isEmpty() || client.get().scope() != ApiClient.Scope.RADICAR) {
        return Response.fromResponse(
                ApiError.message(
                    Response.Status.UNAUTHORIZED,
                    "La clave del cliente del API no es válida o fue revocada."))
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Ventanilla\"")
            .build();
      }
      bucket = "client:" + client.get().name();
      callerName = client.get().name();
      limit = client.get().perHour();
    } else {
      bucket = "address:" + ClientAddress.of(request);
      limit = limiter.perHour();
    }
    long wait = limiter.tryAcquire(bucket, limit);
    if (wait == 0) {
      return null;
    }
    String message =
        "Se alcanzó el límite de "
            + limit
            + " radicaciones por hora. Intente de nuevo en "
            + Math.max(1, (wait + 59) / 60)
            + " minutos.";
    return Response.fromResponse(ApiError.message(Response.Status.TOO_MANY_REQUESTS, message))
        .header(HttpHeaders.RETRY_AFTER, wait)
        .build();
  }
}
