package co.ventanilla.integration.buzon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.ventanilla.imports.ImportTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFactsTest {

  @TempDir Path dir;

  @Test
  void windows1252IsRecognizedBecauseItsEnieIsNotValidUtf8() throws IOException {
    // given: "Peña" and "Ñ" as Excel on a Spanish Windows writes them (F1 and D1)
    Path file = TestFiles.windows1252(dir, "a.csv", "nombres\r\nPeña\r\nÑ\r\n");

    // when
    FileFacts facts = FileFacts.of(file);

    // then
    assertEquals(FileFacts.WINDOWS_1252, facts.charset());
    assertEquals(0, facts.bomLength());
    assertNull(facts.notText());
  }

  @Test
  void utf8WithBomIsUtf8AndTheMarkIsSkipped() throws IOException {
    FileFacts facts = FileFacts.of(TestFiles.utf8WithBom(dir, "b.csv", "nombres\r\nPeña\r\n"));
    assertEquals(StandardCharsets.UTF_8, facts.charset());
    assertEquals(3, facts.bomLength());
  }

  @Test
  void utf8WithoutBomAndPlainAsciiAreUtf8() throws IOException {
    assertEquals(
        StandardCharsets.UTF_8, FileFacts.of(TestFiles.utf8(dir, "c.csv", "Peña\n")).charset());
    assertEquals(
        StandardCharsets.UTF_8, FileFacts.of(TestFiles.utf8(dir, "d.csv", "Pena\n")).charset());
  }

  @Test
  void aUtf8CharacterCutByTheReadBufferIsStillValid() throws IOException {
    // given: "ñ" (two bytes) straddling the 64 KiB read buffer
    String text = "a".repeat(64 * 1024 - 1) + "ñ" + "b".repeat(100);

    // then
    assertEquals(
        StandardCharsets.UTF_8, FileFacts.of(TestFiles.utf8(dir, "e.csv", text)).charset());
  }

  @Test
  void theSha256IsOfTheBytesWhateverTheName() throws IOException {
    FileFacts one = FileFacts.of(TestFiles.utf8(dir, "uno.csv", "abc"));
    FileFacts other = FileFacts.of(TestFiles.utf8(dir, "otro.csv", "abc"));
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", one.sha256());
    assertEquals(one.sha256(), other.sha256());
    assertEquals(3, one.size());
  }

  @Test
  void aWorkbookAPdfOrAnEmptyFileIsRefusedSayingWhatItIs() throws IOException {
    byte[] xlsx = HexFormat.of().parseHex("504b0304140006000800");
    UnreadableFileException workbook =
        assertThrows(
            UnreadableFileException.class,
            () -> FileFacts.of(TestFiles.write(dir, "libro.csv", xlsx)).requireText());
    assertEquals(
        "El archivo no es un CSV de texto: parece un libro de Excel (.xlsx o .xls). En Excel use"
            + " Guardar como > CSV UTF-8 (delimitado por comas).",
        workbook.message(ImportTexts.SPANISH));
    assertEquals(
        "file.not_text",
        assertThrows(
                UnreadableFileException.class,
                () -> FileFacts.of(TestFiles.utf8(dir, "x.pdf", "%PDF-1.7 ...")).requireText())
            .key());
    assertEquals(
        "file.empty",
        assertThrows(
                UnreadableFileException.class,
                () -> FileFacts.of(TestFiles.utf8WithBom(dir, "vacio.csv", "")).requireText())
            .key());
  }
}
