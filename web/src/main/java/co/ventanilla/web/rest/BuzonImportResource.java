package co.ventanilla.web.rest;

import co.ventanilla.imports.BuzonImportSummary;
import co.ventanilla.imports.BuzonImports;
import co.ventanilla.imports.DuplicateImportException;
import co.ventanilla.imports.ImportTexts;
import co.ventanilla.intake.SubmissionProblem;
import co.ventanilla.integration.buzon.BuzonCsvImporter;
import co.ventanilla.integration.buzon.BuzonDates;
import co.ventanilla.integration.buzon.BuzonImportResult;
import co.ventanilla.integration.buzon.BuzonReport;
import co.ventanilla.integration.buzon.BuzonTemplate;
import co.ventanilla.integration.buzon.BuzonUpload;
import co.ventanilla.integration.buzon.UnreadableFileException;
import co.ventanilla.staff.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Upload of suggestion-box files: the paper forms GO-RG-04 collected from the boxes (every eight
 * days in seed 002, GO-PD-03 §4 activity 1) and transcribed to the published CSV template. Each
 * good row becomes a case with its radicado; each bad row is reported with line, column and reason;
 * the same file twice is refused naming the first import. The importer reads the upload as a stream
 * ({@link BuzonCsvImporter}); the business rules are the ejb's ({@link
 * co.ventanilla.imports.BuzonFormRules}).
 *
 * <p>Needs a login of reception, the quality office or an administrator (HTTP Basic); the uploader
 * recorded is that user.
 */
@Path("importaciones/buzon")
@Tag(
    name = "Importaciones",
    description = "Carga de los formularios del buzón de sugerencias (GO-RG-04) transcritos a CSV")
public class BuzonImportResource {

  private static final String CSV = "text/csv";
  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  @Inject BuzonCsvImporter importer;
  @Inject BuzonImports imports;
  @Inject CurrentStaff staff;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  @Path("plantilla")
  @Produces(CSV)
  @Operation(
      summary = "Descargar la plantilla CSV",
      description =
          "Encabezado numero_formulario;fecha;tipo;nombres;tipo_documento;numero_documento;"
              + "direccion;telefono;correo;sede;asunto;descripcion;autoriza_datos y una fila de"
              + " ejemplo (que la importación rechaza). UTF-8 con BOM y separador punto y coma,"
              + " para que Excel en español la abra en columnas y con tildes.")
  @APIResponse(responseCode = "200", description = "La plantilla")
  public Response template() {
    return Response.ok(BuzonTemplate.bytes(), CSV + "; charset=UTF-8")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + BuzonTemplate.FILE_NAME + "\"")
        .build();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Importar un archivo del buzón",
      description =
          "El CSV de la plantilla (UTF-8 con o sin BOM, o windows-1252; separador coma o punto y"
              + " coma; fechas DD/MM/AAAA o AAAA-MM-DD; tipo como palabra o inicial). Como"
              + " multipart/form-data con la parte archivo (y, opcionales, las partes sede y"
              + " fechaRecoleccion), o como cuerpo text/csv con su nombre en ?nombre=. Cada fila"
              + " válida se radica; cada fila inválida se informa con línea, columna y motivo.")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA,
            schema =
                @Schema(
                    type = SchemaType.OBJECT,
                    requiredProperties = {"archivo"},
                    properties = {
                      @SchemaProperty(
                          name = "archivo",
                          type = SchemaType.STRING,
                          format = "binary"),
                      @SchemaProperty(name = "sede", type = SchemaType.STRING),
                      @SchemaProperty(
                          name = "fechaRecoleccion",
                          type = SchemaType.STRING,
                          format = "date")
                    })),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
      })
  @Parameter(
      name = "nombre",
      in = ParameterIn.QUERY,
      description = "Con cuerpo text/csv: el nombre del archivo, p. ej. buzon-2026-03-17.csv")
  @Parameter(
      name = "sede",
      in = ParameterIn.QUERY,
      description = "Sede de las filas que no traen sede")
  @Parameter(
      name = "fechaRecoleccion",
      in = ParameterIn.QUERY,
      description =
          "Fecha en que se vació el buzón (AAAA-MM-DD o DD/MM/AAAA); ningún formulario puede ser"
              + " posterior")
  @APIResponse(
      responseCode = "200",
      description =
          "Importado: {importacion, archivo, estado, creados, rechazados, duplicados, errores:"
              + " [{linea, columna, motivo}], radicados, reporte}; errores y radicados traen los"
              + " primeros 1000, el reporte completo se descarga en reporte")
  @APIResponse(
      responseCode = "400",
      description =
          "Sin archivo, archivo vacío, que no es CSV (p. ej. un libro de Excel) o al que le faltan"
              + " columnas obligatorias (las nombra); nada se importó")
  @APIResponse(
      responseCode = "409",
      description =
          "El mismo archivo (mismo contenido, cualquier nombre) ya se importó o se está"
              + " importando: nombra esa importación (cuándo, quién, cuántos casos)")
  public Response uploadForm(
      List<EntityPart> parts,
      @QueryParam("sede") String agency,
      @QueryParam("fechaRecoleccion") String collection)
      throws IOException {
    Locale locale = ApiError.locale(headers);
    Optional<EntityPart> file =
        parts == null
            ? Optional.empty()
            : parts.stream().filter(p -> "archivo".equals(p.getName())).findFirst();
    if (file.isEmpty()) {
      return badRequest("archivo", new SubmissionProblem("archivo", "required").message(locale));
    }
    String agencyPart = text(parts, "sede");
    String collectionPart = text(parts, "fechaRecoleccion");
    try (InputStream content = file.get().getContent()) {
      return upload(
          content,
          file.get().getFileName().orElse(null),
          agencyPart != null ? agencyPart : agency,
          collectionPart != null ? collectionPart : collection,
          locale);
    }
  }

  /** The same import with the CSV as the body; documented with {@link #uploadForm}. */
  @POST
  @Consumes({CSV, MediaType.TEXT_PLAIN, "application/csv", "application/vnd.ms-excel"})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response uploadBody(
      InputStream body,
      @QueryParam("nombre") String name,
      @QueryParam("sede") String agency,
      @QueryParam("fechaRecoleccion") String collection)
      throws IOException {
    return upload(body, name, agency, collection, ApiError.locale(headers));
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Consultar una importación", description = "Quién, cuándo y cuántos casos.")
  @APIResponse(responseCode = "200", description = "La importación, sin las listas")
  @APIResponse(responseCode = "404", description = "No existe")
  public Response find(@PathParam("id") long id) {
    Optional<BuzonImportSummary> found = imports.find(id);
    if (found.isEmpty()) {
      return ApiError.notFound(ApiError.locale(headers));
    }
    return Response.ok(BuzonImportJson.summary(found.get(), reportUri(id)).toString(), JSON)
        .build();
  }

  @GET
  @Path("{id}/reporte")
  @Produces(CSV)
  @Operation(
      summary = "Descargar el reporte de una importación",
      description =
          "CSV linea;columna;motivo con cada fila rechazada o duplicada, en el orden del archivo.")
  @APIResponse(responseCode = "200", description = "El reporte")
  @APIResponse(responseCode = "404", description = "No existe")
  public Response report(@PathParam("id") long id) {
    Optional<BuzonImportSummary> found = imports.find(id);
    if (found.isEmpty()) {
      return ApiError.notFound(ApiError.locale(headers));
    }
    StreamingOutput report = out -> importer.writeReport(id, out);
    return Response.ok(report, BuzonReport.MEDIA_TYPE)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\""
                + BuzonReport.fileName(found.get().fileName()).replace("\"", "")
                + "\"")
        .build();
  }

  private Response upload(
      InputStream content, String name, String agency, String collection, Locale locale)
      throws IOException {
    LocalDate collectionDate = null;
    if (collection != null && !collection.isBlank()) {
      collectionDate = BuzonDates.parse(collection).orElse(null);
      if (collectionDate == null) {
        return badRequest(
            "fechaRecoleccion",
            ImportTexts.reason(
                new SubmissionProblem("fechaRecoleccion", "invalid_form_date", collection),
                locale));
      }
    }
    try {
      BuzonImportResult result =
          importer.importStream(
              content, new BuzonUpload(name, staff.get().userName(), agency, collectionDate));
      long id = result.summary().id();
      JsonObject json = BuzonImportJson.result(result, reportUri(id));
      return Response.ok(json.toString(), JSON).build();
    } catch (UnreadableFileException e) {
      return badRequest("archivo", e.message(locale));
    } catch (DuplicateImportException e) {
      return Response.status(Response.Status.CONFLICT)
          .type(JSON)
          .entity(BuzonImportJson.duplicate(e, locale).toString())
          .build();
    }
  }

  private URI reportUri(long id) {
    return uri.getBaseUriBuilder()
        .path(BuzonImportResource.class)
        .path(String.valueOf(id))
        .path("reporte")
        .build();
  }

  private static Response badRequest(String field, String message) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(JSON)
        .entity(BuzonImportJson.refused(field, message).toString())
        .build();
  }

  private static String text(List<EntityPart> parts, String name) throws IOException {
    for (EntityPart part : parts) {
      if (name.equals(part.getName())) {
        return part.getContent(String.class);
      }
    }
    return null;
  }
}
