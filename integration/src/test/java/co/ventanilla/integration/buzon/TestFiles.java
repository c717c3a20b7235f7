package co.ventanilla.integration.buzon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Suggestion-box files for tests, written as Excel and people write them. */
final class TestFiles {

  static final String HEADER =
      "numero_formulario;fecha;tipo;nombres;tipo_documento;numero_documento;direccion;telefono;"
          + "correo;sede;asunto;descripcion;autoriza_datos";

  private TestFiles() {}

  /** {@code text} in UTF-8 without BOM. */
  static Path utf8(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code text} in UTF-8 with the byte-order mark Excel writes for "CSV UTF-8". */
  static Path utf8WithBom(Path dir, String name, String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    return write(dir, name, bytes);
  }

  /** {@code text} in windows-1252, as Excel on a Spanish Windows saves "CSV". */
  static Path windows1252(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(Charset.forName("windows-1252")));
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines joined with CRLF, as Excel ends them. */
  static String lines(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }
}
