package co.ventanilla.integration.buzon;

import co.ventanilla.imports.BuzonFormRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The published template for transcribing GO-RG-04 forms: the {@link BuzonColumns} header and one
 * example row (form number {@value BuzonFormRules#EXAMPLE_FORM_NUMBER}, which the import refuses,
 * so a forgotten example never becomes a case).
 *
 * <p>UTF-8 with a byte-order mark, which is how Excel knows it is UTF-8 and shows "Peña" rather
 * than "PeÃ±a"; {@code ;} between columns, which is the list separator of Excel on a Spanish
 * (Colombian) Windows, where the decimal separator is the comma: with {@code ,} Excel would show
 * every row in one column. The importer reads either separator.
 */
public final class BuzonTemplate {

  public static final String FILE_NAME = "plantilla-buzon-GO-RG-04.csv";

  /** How the template and the reports are written. */
  static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

  static final List<String> EXAMPLE =
      List.of(
          BuzonFormRules.EXAMPLE_FORM_NUMBER,
          "17/03/2026",
          "Q",
          "María Peña Ruiz",
          "CC",
          "52123456",
          "Calle 127A # 53A-45",
          "3001234567",
          "maria.pena@example.com",
          "Sede Norte",
          "Demora en la portería",
          "El lunes en la mañana el guarda tardó veinte minutos en abrir la portería.",
          "SI");

  private BuzonTemplate() {}

  /** The template's bytes. */
  public static byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      writer.write('\uFEFF');
      CSVPrinter printer = FORMAT.print(writer);
      printer.printRecord(BuzonColumns.ALL);
      printer.printRecord(EXAMPLE);
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
