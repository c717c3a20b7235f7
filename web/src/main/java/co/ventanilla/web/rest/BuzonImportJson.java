package co.ventanilla.web.rest;

import co.ventanilla.imports.BuzonImportSummary;
import co.ventanilla.imports.DuplicateImportException;
import co.ventanilla.imports.RowReason;
import co.ventanilla.integration.buzon.BuzonImportResult;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.Locale;

/**
 * The JSON of the suggestion-box import API ({@link BuzonImportResource}): field names in Spanish,
 * a public contract like the CSV columns.
 */
final class BuzonImportJson {

  private BuzonImportJson() {}

  /**
   * {@code {importacion, archivo, estado, creados, rechazados, duplicados, errores: [{linea,
   * columna, motivo}], radicados: [...], reporte}}, with at most the first 1000 errors and
   * radicados; {@code erroresIncompletos}/{@code radicadosIncompletos} say when there are more.
   */
  static JsonObject result(BuzonImportResult result, URI report) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    for (RowReason reason : result.reasons()) {
      errors.add(
          Json.createObjectBuilder()
              .add("linea", reason.line())
              .add("columna", reason.column())
              .add("motivo", reason.reason()));
    }
    JsonArrayBuilder radicados = Json.createArrayBuilder();
    result.radicados().forEach(radicados::add);
    return counts(result.summary(), report)
        .add("errores", errors)
        .add("erroresIncompletos", result.moreReasons())
        .add("radicados", radicados)
        .add("radicadosIncompletos", result.moreRadicados())
        .build();
  }

  /** An import as the ledger has it, without the lists. */
  static JsonObject summary(BuzonImportSummary summary, URI report) {
    return counts(summary, report).build();
  }

  /** 409: {@code {mensaje, importacion, archivo, importadoEl, por, estado, creados, ...}}. */
  static JsonObject duplicate(DuplicateImportException e, Locale locale) {
    BuzonImportSummary first = e.first();
    return Json.createObjectBuilder()
        .add("mensaje", e.message(locale))
        .add("importacion", first.id())
        .add("archivo", first.fileName())
        .add("importadoEl", ApiDates.dateTime(first.startedAt()))
        .add("por", first.uploader())
        .add("estado", state(first))
        .add("creados", first.created())
        .add("rechazados", first.rejected())
        .add("duplicados", first.duplicates())
        .build();
  }

  /** 400 in the API's error shape: {@code {mensaje, errores: [{campo, mensaje}]}}. */
  static JsonObject refused(String field, String message) {
    return Json.createObjectBuilder()
        .add("mensaje", message)
        .add(
            "errores",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("campo", field).add("mensaje", message)))
        .build();
  }

  private static JsonObjectBuilder counts(BuzonImportSummary summary, URI report) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("importacion", summary.id())
            .add("archivo", summary.fileName())
            .add("estado", state(summary))
            .add("iniciada", ApiDates.dateTime(summary.startedAt()));
    if (summary.finishedAt() != null) {
      json.add("terminada", ApiDates.dateTime(summary.finishedAt()));
    }
    return json.add("por", summary.uploader())
        .add("creados", summary.created())
        .add("rechazados", summary.rejected())
        .add("duplicados", summary.duplicates())
        .add("reporte", report.toString());
  }

  private static String state(BuzonImportSummary summary) {
    return summary.status().name().toLowerCase(Locale.ROOT);
  }
}
