package co.ventanilla.integration.buzon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import co.ventanilla.imports.BuzonFormRules;
import co.ventanilla.imports.BuzonRow;
import co.ventanilla.intake.SubmissionProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuzonTemplateTest {

  @TempDir Path dir;

  @Test
  void theTemplateIsUtf8WithBomTheContractsHeaderAndOneExampleRow() {
    byte[] bytes = BuzonTemplate.bytes();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
    assertEquals(2, lines.length);
    assertEquals(
        "numero_formulario;fecha;tipo;nombres;tipo_documento;numero_documento;direccion;"
            + "telefono;correo;sede;asunto;descripcion;autoriza_datos",
        lines[0]);
    assertEquals(String.join(";", BuzonColumns.ALL), lines[0]);
  }

  @Test
  void theTemplateReadsBackAndItsExampleRowIsRefusedAsSuch() throws IOException {
    // given
    Path file = Files.write(dir.resolve("plantilla.csv"), BuzonTemplate.bytes());

    // when
    try (BuzonCsvReader reader = BuzonCsvReader.open(file, FileFacts.of(file))) {
      BuzonRow row =
          new BuzonRowTranslator(
                  reader.header(),
                  reader.headerText(),
                  new BuzonUpload("plantilla.csv", "api", null, null))
              .translate(reader.next());

      // then: everything in it is valid but its number
      assertEquals(
          List.of(new SubmissionProblem("numero_formulario", "example_row")),
          BuzonFormRules.check(row, LocalDate.of(2026, 3, 17), null));
      assertEquals("María Peña Ruiz", row.submission().names());
    }
  }
}
