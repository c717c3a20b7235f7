package co.ventanilla.web.rest;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.calendar.ColombianHolidays;
import co.ventanilla.calendar.Holiday;
import co.ventanilla.intake.SubmissionProblem;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public term calculator, for the intranet and other systems: Colombian public holidays of a
 * year (Ley 51 de 1983) and the due date of a term in business days counted from the business day
 * after receipt (Ley 1755 de 2015, art. 14).
 */
@Path("calendario")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Calendario",
    description = "Festivos de Colombia y cálculo de vencimientos en días hábiles")
public class CalendarResource {

  private static final int LAST_YEAR = 9999;

  @Context HttpHeaders headers;

  @GET
  @Path("festivos")
  @Operation(
      summary = "Festivos de un año",
      description = "Fechas observadas (después del traslado al lunes) con su nombre.")
  @APIResponse(
      responseCode = "200",
      description =
          "{\"anio\":2026,\"festivos\":[{\"fecha\":\"2026-01-01\",\"nombre\":\"Año Nuevo\"},...]}")
  @APIResponse(responseCode = "400", description = "Año ausente o fuera de rango")
  public Response holidays(
      @Parameter(description = "Año, desde 1984", example = "2026") @QueryParam("anio")
          String year) {
    Integer y = parseYear(year);
    if (y == null) {
      return ApiError.badRequest(
          List.of(new SubmissionProblem("anio", "invalid_year", ColombianHolidays.FIRST_YEAR)),
          ApiError.locale(headers));
    }
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Holiday h : ColombianHolidays.shared().of(y)) {
      list.add(
          Json.createObjectBuilder().add("fecha", h.date().toString()).add("nombre", h.name()));
    }
    return ok(Json.createObjectBuilder().add("anio", y).add("festivos", list).build().toString());
  }

  @GET
  @Path("vencimiento")
  @Operation(
      summary = "Fecha de vencimiento de un término",
      description =
          "Cuenta 'dias' días hábiles desde el día hábil siguiente a 'desde' (Ley 1755 de 2015,"
              + " art. 14), sin sábados, domingos ni festivos, salvo sabadoHabil=true.")
  @APIResponse(responseCode = "200", description = "{\"vence\":\"2026-04-10\"}")
  @APIResponse(responseCode = "400", description = "Fecha o número de días inválidos")
  public Response dueDate(
      @Parameter(description = "Fecha de recibo, AAAA-MM-DD", example = "2026-03-17")
          @QueryParam("desde")
          String from,
      @Parameter(description = "Término en días hábiles", example = "15") @QueryParam("dias")
          String days,
      @Parameter(description = "Si el sábado es día hábil", example = "false")
          @QueryParam("sabadoHabil")
          boolean saturday) {
    List<SubmissionProblem> problems = new ArrayList<>();
    LocalDate start = null;
    try {
      start = LocalDate.parse(from == null ? "" : from.strip());
      if (start.getYear() < ColombianHolidays.FIRST_YEAR || start.getYear() > LAST_YEAR - 1) {
        problems.add(new SubmissionProblem("desde", "invalid_year", ColombianHolidays.FIRST_YEAR));
      }
    } catch (DateTimeParseException e) {
      problems.add(new SubmissionProblem("desde", "invalid_date"));
    }
    int n = -1;
    try {
      n = Integer.parseInt(days == null ? "" : days.strip());
    } catch (NumberFormatException e) {
      // reported below
    }
    if (n < 0 || n > 3650) {
      problems.add(new SubmissionProblem("dias", "invalid_days"));
    }
    if (!problems.isEmpty()) {
      return ApiError.badRequest(problems, ApiError.locale(headers));
    }
    LocalDate due = BusinessCalendar.colombia(saturday).addBusinessDays(start, n);
    return ok(Json.createObjectBuilder().add("vence", due.toString()).build().toString());
  }

  private static Integer parseYear(String year) {
    try {
      int y = Integer.parseInt(year == null ? "" : year.strip());
      return y >= ColombianHolidays.FIRST_YEAR && y <= LAST_YEAR ? y : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Response ok(String json) {
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }
}
