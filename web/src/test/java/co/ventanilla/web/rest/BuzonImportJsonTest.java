package co.ventanilla.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.ventanilla.imports.BuzonImportRow;
import co.ventanilla.imports.BuzonImportStatus;
import co.ventanilla.imports.BuzonImportSummary;
import co.ventanilla.imports.DuplicateImportException;
import co.ventanilla.imports.ImportTexts;
import co.ventanilla.imports.RowReason;
import co.ventanilla.integration.buzon.BuzonImportResult;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON contract of the suggestion-box import API, without a server. */
class BuzonImportJsonTest {

  private static final BuzonImportSummary SUMMARY =
      new BuzonImportSummary(
          12,
          "buzon-marzo.csv",
          "ab12",
          "api",
          null,
          null,
          LocalDateTime.of(2026, 3, 17, 9, 30),
          LocalDateTime.of(2026, 3, 17, 9, 31, 5),
          BuzonImportStatus.FINISHED,
          2,
          1,
          1,
          null);

  private static final URI REPORT =
      URI.create("http://localhost/api/importaciones/buzon/12/reporte");

  @Test
  void theAnswerToAnImportCarriesCountsErrorsAndRadicados() {
    // given
    BuzonImportResult result =
        new BuzonImportResult(
            SUMMARY,
            List.of(
                RowReason.rejected(5, "fecha", "El campo fecha es obligatorio."),
                new RowReason(
                    7,
                    "numero_formulario",
                    "El formulario 77 ya fue importado: radicado 2026-000003 del 03/03/2026 08:00.",
                    BuzonImportRow.Kind.DUPLICATE,
                    "2026-000003")),
            false,
            List.of("2026-000010", "2026-000011"),
            false);

    // when
    JsonObject json = BuzonImportJson.result(result, REPORT);

    // then
    assertEquals(12, json.getInt("importacion"));
    assertEquals("buzon-marzo.csv", json.getString("archivo"));
    assertEquals("finished", json.getString("estado"));
    assertEquals(2, json.getInt("creados"));
    assertEquals(1, json.getInt("rechazados"));
    assertEquals(1, json.getInt("duplicados"));
    assertEquals("2026-03-17T09:31:05-05:00", json.getString("terminada"));
    assertEquals(2, json.getJsonArray("errores").size());
    JsonObject error = json.getJsonArray("errores").getJsonObject(0);
    assertEquals(5, error.getInt("linea"));
    assertEquals("fecha", error.getString("columna"));
    assertEquals("El campo fecha es obligatorio.", error.getString("motivo"));
    assertEquals(
        List.of("2026-000010", "2026-000011"),
        json.getJsonArray("radicados").getValuesAs(jakarta.json.JsonString::getString));
    assertEquals(REPORT.toString(), json.getString("reporte"));
  }

  @Test
  void theConflictNamesTheFirstImport() {
    JsonObject json =
        BuzonImportJson.duplicate(new DuplicateImportException(SUMMARY), ImportTexts.SPANISH);
    assertEquals(12, json.getInt("importacion"));
    assertEquals("2026-03-17T09:30:00-05:00", json.getString("importadoEl"));
    assertEquals("api", json.getString("por"));
    assertEquals(2, json.getInt("creados"));
    assertEquals(
        "Este archivo ya se importó el 17/03/2026 09:30, por api (importación 12, archivo"
            + " buzon-marzo.csv): 2 casos creados, 1 filas rechazadas, 1 duplicadas. No se"
            + " importó de nuevo.",
        json.getString("mensaje"));
  }

  @Test
  void aRefusedFileAnswersInTheApisErrorShape() {
    JsonObject json = BuzonImportJson.refused("archivo", "El archivo está vacío.");
    assertEquals("El archivo está vacío.", json.getString("mensaje"));
    assertEquals("archivo", json.getJsonArray("errores").getJsonObject(0).getString("campo"));
  }
}
