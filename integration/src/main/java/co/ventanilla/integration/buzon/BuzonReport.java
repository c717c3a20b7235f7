package co.ventanilla.integration.buzon;

import co.ventanilla.imports.BuzonImports;
import co.ventanilla.imports.ReportLine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report of an import as a CSV: {@code linea;columna;motivo}, one line per reason, in the order
 * of the file. Written like the template ({@link BuzonTemplate}): UTF-8 with byte-order mark and
 * {@code ;} between columns, so Excel on a Spanish Windows opens it in columns with its accents.
 * Read from the ledger a page at a time, so a report of 100,000 lines needs no more memory than one
 * of ten.
 */
public final class BuzonReport {

  /** The report's columns, a public contract like the template's. */
  public static final List<String> HEADER = List.of("linea", "columna", "motivo");

  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

  private static final int PAGE = 1000;

  private BuzonReport() {}

  /** The report's name for a file: {@code buzon-marzo.csv} → {@code buzon-marzo.reporte.csv}. */
  public static String fileName(String csvName) {
    int dot = csvName.lastIndexOf('.');
    String base = dot > 0 ? csvName.substring(0, dot) : csvName;
    return base + ".reporte.csv";
  }

  /** Writes the report of import {@code importId}; {@code out} is flushed, not closed. */
  static void write(BuzonImports imports, long importId, OutputStream out) throws IOException {
    Writer writer = writer(out);
    CSVPrinter printer = printer(writer);
    int afterLine = 0;
    long afterId = 0;
    List<ReportLine> page;
    do {
      page = imports.reportLines(importId, afterLine, afterId, PAGE);
      for (ReportLine line : page) {
        printer.printRecord(line.line(), line.column(), line.reason());
      }
      if (!page.isEmpty()) {
        ReportLine last = page.get(page.size() - 1);
        afterLine = last.line();
        afterId = last.id();
      }
    } while (page.size() == PAGE);
    printer.flush();
  }

  /** A report of one line without line nor column: why the whole file was refused. */
  public static void writeRefusal(String reason, OutputStream out) throws IOException {
    CSVPrinter printer = printer(writer(out));
    printer.printRecord("", "", reason);
    printer.flush();
  }

  private static Writer writer(OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    return writer;
  }

  private static CSVPrinter printer(Writer writer) throws IOException {
    return BuzonTemplate.FORMAT
        .builder()
        .setHeader(HEADER.toArray(String[]::new))
        .get()
        .print(writer);
  }
}
