package co.ventanilla.web.rest;

import co.ventanilla.reports.IndicatorService;
import co.ventanilla.reports.ReportPeriod;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The PQRS indicators of any range of days, for management, the quality office and the
 * administrator: the same figures as the reports and the reports screen ({@link IndicatorService};
 * definitions in the README), each beside the range of as many days just before.
 */
@Path("indicadores")
@Tag(name = "Indicadores", description = "Indicadores de PQRS para la Gerencia y la Dirección SIG")
public class IndicatorResource {

  /** The longest range asked at once, in days (two years). */
  static final int MAX_DAYS = 731;

  @Inject IndicatorService indicators;
  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Indicadores de un período",
      description =
          "Recibidos, respondidos, respondidos en término (con el término que tuvo cada caso tras"
              + " suspensiones y ampliaciones), porcentaje en término, días hábiles promedio y"
              + " mediana de respuesta, porcentaje resuelto en primer nivel, índice de"
              + " satisfacción y vencidos abiertos; los mismos por tipo, canal, proceso, sede y"
              + " nivel (porTipo, porCanal, porProceso, porSede, porNivel), cada uno con el"
              + " período anterior de igual duración. Roles gerencia, sig y admin.")
  @Parameter(name = "desde", description = "Primer día, AAAA-MM-DD", required = true)
  @Parameter(name = "hasta", description = "Último día (incluido), AAAA-MM-DD", required = true)
  @APIResponse(responseCode = "200", description = "Los indicadores")
  @APIResponse(responseCode = "400", description = "Fechas ausentes o inválidas")
  @APIResponse(responseCode = "403", description = "Rol sin acceso a los indicadores")
  public Response get(@QueryParam("desde") String desde, @QueryParam("hasta") String hasta) {
    Locale locale = ApiError.locale(headers);
    JsonArrayBuilder errors = Json.createArrayBuilder();
    LocalDate from = date("desde", desde, errors, locale);
    LocalDate to = date("hasta", hasta, errors, locale);
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        errors.add(error("hasta", text("api.range.order", locale), locale));
      } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
        errors.add(error("hasta", text("api.range.tooLong", locale), locale));
      }
    }
    var list = errors.build();
    if (!list.isEmpty()) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .entity(
              Json.createObjectBuilder()
                  .add("mensaje", text("api.invalid", locale))
                  .add("errores", list)
                  .build()
                  .toString())
          .build();
    }
    return Response.ok(
            IndicatorJson.indicators(indicators.indicators(ReportPeriod.range(from, to))))
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .build();
  }

  private static LocalDate date(
      String field, String value, JsonArrayBuilder errors, Locale locale) {
    if (value == null || value.isBlank()) {
      errors.add(error(field, text("api.date.required", locale).formatted(field), locale));
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(error(field, text("api.date.invalid", locale).formatted(field, value), locale));
      return null;
    }
  }

  private static jakarta.json.JsonObjectBuilder error(String field, String message, Locale l) {
    return Json.createObjectBuilder().add("campo", field).add("mensaje", message);
  }

  static String text(String key, Locale locale) {
    return ResourceBundle.getBundle(
            "co.ventanilla.web.i18n.Reports",
            locale,
            IndicatorResource.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
        .getString(key);
  }
}
