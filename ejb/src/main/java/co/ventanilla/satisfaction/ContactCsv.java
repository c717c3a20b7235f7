package co.ventanilla.satisfaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV of client contacts: a header line naming the columns (empresa, contacto, correo,
 * telefono, sede, contrato, in any order; accents and case ignored), then one contact per line.
 * Separator {@code ;} or {@code ,} (the one the header uses), fields may be quoted, a UTF-8 BOM is
 * skipped. Each row comes back with its line number, for the per-row report.
 */
public final class ContactCsv {

  /** The header of the template. */
  public static final String HEADER = "empresa;contacto;correo;telefono;sede;contrato";

  private static final Map<String, Integer> COLUMNS =
      Map.of("empresa", 0, "contacto", 1, "correo", 2, "telefono", 3, "sede", 4, "contrato", 5);

  /** A data line: its number in the file and the contact it describes. */
  public record Row(int line, ContactData data) {}

  private ContactCsv() {}

  /**
   * The rows of {@code text}.
   *
   * @throws IllegalArgumentException with a Spanish message when the header names no known column
   */
  public static List<Row> read(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = content.split("\r\n|\n|\r", -1);
    if (lines.length == 0 || lines[0].isBlank()) {
      throw new IllegalArgumentException(
          "El archivo está vacío: la primera línea debe ser " + HEADER);
    }
    char separator = lines[0].indexOf(';') >= 0 ? ';' : ',';
    List<String> header = split(lines[0], separator);
    int[] position = new int[6];
    java.util.Arrays.fill(position, -1);
    for (int i = 0; i < header.size(); i++) {
      Integer column = COLUMNS.get(plain(header.get(i)));
      if (column != null) {
        position[column] = i;
      }
    }
    if (position[0] < 0 || position[1] < 0) {
      throw new IllegalArgumentException(
          "La primera línea debe nombrar las columnas, al menos empresa y contacto: " + HEADER);
    }
    List<Row> rows = new ArrayList<>();
    for (int n = 1; n < lines.length; n++) {
      if (lines[n].isBlank()) {
        continue;
      }
      List<String> f = split(lines[n], separator);
      rows.add(
          new Row(
              n + 1,
              new ContactData(
                  field(f, position[0]),
                  field(f, position[1]),
                  field(f, position[2]),
                  field(f, position[3]),
                  field(f, position[4]),
                  field(f, position[5]))));
    }
    return rows;
  }

  private static String field(List<String> fields, int position) {
    return position < 0 || position >= fields.size() ? null : fields.get(position);
  }

  private static String plain(String name) {
    return java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  static List<String> split(String line, char separator) {
    List<String> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          current.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          current.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        fields.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    fields.add(current.toString());
    return fields;
  }
}
