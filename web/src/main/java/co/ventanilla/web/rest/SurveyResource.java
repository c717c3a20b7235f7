package co.ventanilla.web.rest;

import co.ventanilla.satisfaction.SurveyDocuments;
import co.ventanilla.satisfaction.SurveyResults;
import co.ventanilla.satisfaction.SurveyService;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The client satisfaction survey GO-RG-03 (issue #14): the campaigns with their response rate and
 * the results of one, as JSON, PDF or XLSX. Roles sig, admin and gerencia (web.xml).
 */
@Path("encuestas")
@Tag(name = "Encuestas", description = "Encuesta semestral de satisfacción del cliente GO-RG-03")
@SecurityRequirement(name = "basico")
public class SurveyResource {

  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  @EJB SurveyService surveys;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Campañas de la encuesta",
      description =
          "La más reciente primero: periodo (AAAA-S1 junio, AAAA-S2 diciembre), invitados,"
              + " respuestas, tasaRespuesta (respuestas / invitados × 100), promedio (escala 1–5),"
              + " nps (% promotores 9–10 − % detractores 0–6).")
  @APIResponse(responseCode = "200", description = "La lista")
  @APIResponse(responseCode = "403", description = "Rol sin acceso a las encuestas")
  public Response list() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (SurveyResults.Campaign c : surveys.campaigns()) {
      list.add(campaign(c));
    }
    return Response.ok(Json.createObjectBuilder().add("encuestas", list).build().toString(), JSON)
        .build();
  }

  @GET
  @Path("{id}/resultados")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Resultados de una campaña",
      description =
          "Por pregunta (promedio, % sí, NPS, promotores, pasivos, detractores), por sección, por"
              + " sede y por cliente, la tendencia frente a campañas anteriores y los comentarios.")
  @APIResponse(responseCode = "200", description = "Los resultados")
  @APIResponse(responseCode = "404", description = "No existe")
  public Response results(@PathParam("id") long id) {
    if (surveys.campaign(id).isEmpty()) {
      return ApiError.notFound(ApiError.locale(headers));
    }
    SurveyResults r = surveys.results(id);
    JsonArrayBuilder questions = Json.createArrayBuilder();
    for (SurveyResults.QuestionResult q : r.questions()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("id", q.id())
              .add("seccion", q.section())
              .add("pregunta", q.text())
              .add("tipo", q.kind().name().toLowerCase(java.util.Locale.ROOT))
              .add("respuestas", q.answers());
      number(o, "promedio", q.mean());
      number(o, "porcentajeSi", q.percentYes());
      number(o, "nps", q.nps());
      o.add("promotores", q.promoters())
          .add("pasivos", q.passives())
          .add("detractores", q.detractors());
      questions.add(o);
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("campana", campaign(r.campaign()))
            .add("preguntas", questions)
            .add("secciones", groups(r.sections()))
            .add("sedes", groups(r.agencies()))
            .add("clientes", groups(r.clients()));
    JsonArrayBuilder trend = Json.createArrayBuilder();
    r.trend().forEach(t -> trend.add(campaign(t)));
    body.add("tendencia", trend);
    JsonArrayBuilder comments = Json.createArrayBuilder();
    r.comments().forEach(comments::add);
    body.add("comentarios", comments);
    return Response.ok(body.build().toString(), JSON).build();
  }

  @GET
  @Path("{id}/resultados/pdf")
  @Produces("application/pdf")
  @Operation(summary = "Resultados de una campaña en PDF")
  @APIResponse(responseCode = "200", description = "El PDF")
  @APIResponse(responseCode = "404", description = "No existe")
  public Response pdf(@PathParam("id") long id) {
    return file(id, true);
  }

  @GET
  @Path("{id}/resultados/xlsx")
  @Produces(SurveyDocuments.XLSX)
  @Operation(summary = "Resultados de una campaña en Excel")
  @APIResponse(responseCode = "200", description = "El libro")
  @APIResponse(responseCode = "404", description = "No existe")
  public Response xlsx(@PathParam("id") long id) {
    return file(id, false);
  }

  private Response file(long id, boolean pdf) {
    return surveys
        .campaign(id)
        .map(
            c -> {
              SurveyResults r = surveys.results(id);
              byte[] bytes = pdf ? SurveyDocuments.pdf(r) : SurveyDocuments.xlsx(r);
              return Response.ok(bytes, pdf ? SurveyDocuments.PDF : SurveyDocuments.XLSX)
                  .header(
                      "Content-Disposition",
                      "attachment; filename=\"encuesta-"
                          + c.periodCode()
                          + (pdf ? ".pdf" : ".xlsx")
                          + "\"")
                  .build();
            })
        .orElseGet(() -> ApiError.notFound(ApiError.locale(headers)));
  }

  private JsonObjectBuilder campaign(SurveyResults.Campaign c) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("id", c.id())
            .add("periodo", c.period())
            .add("cuestionario", c.questionnaire())
            .add("abierta", c.openedAt().toString())
            .add("respuestasHasta", c.answerUntil().toString());
    if (c.closedAt() == null) {
      o.addNull("cerrada");
    } else {
      o.add("cerrada", c.closedAt().toString());
    }
    o.add("invitados", c.invited()).add("respuestas", c.responded());
    number(o, "tasaRespuesta", c.responseRate());
    number(o, "promedio", c.scaleMean());
    number(o, "nps", c.nps());
    o.add(
        "resultados",
        uri.getBaseUriBuilder().path("encuestas/" + c.id() + "/resultados").build().toString());
    return o;
  }

  private static JsonArrayBuilder groups(List<SurveyResults.GroupResult> groups) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (SurveyResults.GroupResult g : groups) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("nombre", g.name())
              .add("invitados", g.invited())
              .add("respuestas", g.responded());
      number(o, "tasaRespuesta", g.responseRate());
      number(o, "promedio", g.mean());
      number(o, "nps", g.nps());
      a.add(o);
    }
    return a;
  }

  private static void number(JsonObjectBuilder o, String key, Double value) {
    if (value == null) {
      o.addNull(key);
    } else {
      o.add(key, value);
    }
  }
}
