package co.ventanilla.integration.buzon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuzonCsvReaderTest {

  private static final String COMMA_HEADER = TestFiles.HEADER.replace(';', ',');

  @TempDir Path dir;

  private static List<BuzonCsvReader.Row> rows(Path file) throws IOException {
    try (BuzonCsvReader reader = BuzonCsvReader.open(file, FileFacts.of(file))) {
      List<BuzonCsvReader.Row> rows = new ArrayList<>();
      for (BuzonCsvReader.Row row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
      return rows;
    }
  }

  private static String value(BuzonCsvReader reader, BuzonCsvReader.Row row, String column) {
    return reader.header().value(row.values(), column);
  }

  @Test
  void windows1252SemicolonFileIsReadWithItsAccents() throws IOException {
    // given
    Path file =
        TestFiles.windows1252(
            dir,
            "buzon.csv",
            TestFiles.lines(
                TestFiles.HEADER,
                "12;17/03/2026;Q;Ñusta Peña;CC;1;Cra 1;300;;Sede Ñ;Portería;Demora;SI"));

    // when
    try (BuzonCsvReader reader = BuzonCsvReader.open(file, FileFacts.of(file))) {
      BuzonCsvReader.Row row = reader.next();

      // then
      assertEquals(';', reader.delimiter());
      assertEquals("Ñusta Peña", value(reader, row, "nombres"));
      assertEquals("Sede Ñ", value(reader, row, "sede"));
      assertEquals(2, row.line());
      assertNull(reader.next());
    }
  }

  @Test
  void utf8WithBomAndCommasIsReadAndTheMarkIsNotPartOfTheFirstColumn() throws IOException {
    // given
    Path file =
        TestFiles.utf8WithBom(
            dir,
            "buzon.csv",
            TestFiles.lines(COMMA_HEADER, "13,2026-03-17,S,José Núñez,,,,,,,Luz,Más luz,sí"));

    // when
    try (BuzonCsvReader reader = BuzonCsvReader.open(file, FileFacts.of(file))) {
      BuzonCsvReader.Row row = reader.next();

      // then
      assertEquals(',', reader.delimiter());
      assertEquals("13", value(reader, row, "numero_formulario"));
      assertEquals("José Núñez", value(reader, row, "nombres"));
      assertEquals(TestFiles.HEADER.replace(';', ','), reader.headerText());
    }
  }

  @Test
  void quotedFieldsMaySpanLinesAndEachRowKnowsThePhysicalLineItStartsOn() throws IOException {
    // given: line 2 has a description of three lines, then an empty line, then line 6
    String multiLine = "\"Primera línea;\r\nsegunda con \"\"comillas\"\"\r\ntercera\"";
    Path file =
        TestFiles.utf8(
            dir,
            "buzon.csv",
            TestFiles.lines(
                TestFiles.HEADER,
                "20;17/03/2026;R;Ana;;;;300;;;Cobro;" + multiLine + ";SI",
                "",
                "21;17/03/2026;S;;;;;;;;Luz;Más luz;"));

    // when
    List<BuzonCsvReader.Row> rows = rows(file);

    // then
    assertEquals(2, rows.size());
    assertEquals(2, rows.get(0).line());
    assertEquals(
        "Primera línea;\r\nsegunda con \"comillas\"\r\ntercera", rows.get(0).values().get(11));
    assertEquals("20;17/03/2026;R;Ana;;;;300;;;Cobro;" + multiLine + ";SI", rows.get(0).text());
    assertEquals(6, rows.get(1).line());
    assertEquals("21;17/03/2026;S;;;;;;;;Luz;Más luz;", rows.get(1).text());
  }

  @Test
  void anExcelSepLineNamesTheSeparator() throws IOException {
    Path file =
        TestFiles.utf8(
            dir,
            "buzon.csv",
            "sep=;\n" + TestFiles.HEADER + "\n30;17/03/2026;Q;Ana, la vecina;;;;300;;;a;b;x\n");
    List<BuzonCsvReader.Row> rows = rows(file);
    assertEquals(3, rows.get(0).line());
    assertEquals("Ana, la vecina", rows.get(0).values().get(3));
  }

  @Test
  void anUnclosedQuoteStopsTheReadingAtTheLineWhereItStarts() throws IOException {
    // given
    Path file =
        TestFiles.utf8(
            dir,
            "buzon.csv",
            TestFiles.lines(
                TestFiles.HEADER,
                "40;17/03/2026;Q;Ana;;;;300;;;a;b;x",
                "41;17/03/2026;Q;Ana;;;;300;;;a;\"sin cerrar;x",
                "42;17/03/2026;Q;Ana;;;;300;;;a;b;x"));

    // when
    try (BuzonCsvReader reader = BuzonCsvReader.open(file, FileFacts.of(file))) {
      assertEquals(2, reader.next().line());
      BuzonCsvReader.MalformedCsvException e =
          assertThrows(BuzonCsvReader.MalformedCsvException.class, reader::next);

      // then
      assertEquals(3, e.line());
      assertNull(reader.next());
    }
  }

  @Test
  void theSeparatorIsTheOneTheHeaderHasMostOfOutsideQuotes() {
    assertEquals(';', BuzonCsvReader.delimiterOf("a;b;\"c,d,e\""));
    assertEquals(',', BuzonCsvReader.delimiterOf("a,b,\"c;d;e\""));
    assertEquals('\t', BuzonCsvReader.delimiterOf("a\tb\tc"));
    assertEquals(',', BuzonCsvReader.delimiterOf("solo"));
  }

  @Test
  void excelUnicodeTextIsUtf16WithTabs() throws IOException {
    // given: what Excel writes for "Texto Unicode": UTF-16LE with its mark, tab-separated
    byte[] text =
        TestFiles.lines(TestFiles.HEADER.replace(';', '\t'), "50\t17/03/2026\tQ\tPeña")
            .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    Path file = TestFiles.write(dir, "unicode.txt", bytes);

    // when
    try (BuzonCsvReader reader = BuzonCsvReader.open(file, FileFacts.of(file))) {
      BuzonCsvReader.Row row = reader.next();

      // then
      assertEquals('\t', reader.delimiter());
      assertEquals("Peña", value(reader, row, "nombres"));
    }
  }

  @Test
  void aFileWithOnlyTheHeaderHasNoRows() throws IOException {
    assertEquals(List.of(), rows(TestFiles.utf8(dir, "buzon.csv", TestFiles.HEADER)));
  }
}
