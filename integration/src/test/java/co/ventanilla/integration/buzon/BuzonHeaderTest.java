package co.ventanilla.integration.buzon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.ventanilla.imports.ImportTexts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuzonHeaderTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "numero_formulario|numero_formulario",
        "  Número Formulario |numero_formulario",
        "NÚMERO_FORMULARIO|numero_formulario",
        "Teléfono|telefono",
        "DIRECCIÓN|direccion",
        "Descripción|descripcion",
        "autoriza-datos|autoriza_datos",
        "\uFEFFnumero_formulario|numero_formulario"
      })
  void headerCellsMatchWhateverTheirCaseAccentsAndSpaces(String cell, String column) {
    assertEquals(column, BuzonColumns.normalize(cell));
  }

  @Test
  void columnsMayComeInAnyOrderAndUnknownOnesAreIgnored() {
    // given
    BuzonHeader header =
        BuzonHeader.of(
            List.of(
                "Descripción",
                "observaciones",
                "Fecha",
                "TIPO",
                "Nombres",
                "Asunto",
                "Número formulario",
                "Autoriza datos"));

    // then
    List<String> row = List.of("d", "x", "17/03/2026", "Q", "Ana", "a", "77", "SI");
    assertEquals("77", header.value(row, "numero_formulario"));
    assertEquals("17/03/2026", header.value(row, "fecha"));
    assertNull(header.value(row, "correo"));
    assertNull(header.value(List.of("d"), "fecha")); // a short row
    assertEquals(8, header.width());
  }

  @Test
  void missingRequiredColumnsAreNamed() {
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class,
            () -> BuzonHeader.of(List.of("numero_formulario", "fecha", "nombres", "descripcion")));
    assertEquals(
        "Faltan columnas en el encabezado: tipo, asunto, autoriza_datos. Descargue la plantilla"
            + " en /api/importaciones/buzon/plantilla.",
        e.message(ImportTexts.SPANISH));
  }

  @Test
  void aRepeatedColumnIsRefused() {
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class,
            () -> BuzonHeader.of(List.of("fecha", "Fecha ", "tipo")));
    assertEquals(
        "La columna fecha aparece más de una vez en el encabezado.",
        e.message(ImportTexts.SPANISH));
  }
}
