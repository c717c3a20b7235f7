package co.ventanilla.integration.buzon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which position of a row holds which template column, from the file's header line. Columns may
 * come in any order; unknown columns are ignored; a missing required column or a repeated one makes
 * the file unreadable, naming them.
 */
final class BuzonHeader {

  private final Map<String, Integer> positions;
  private final int width;

  private BuzonHeader(Map<String, Integer> positions, int width) {
    this.positions = positions;
    this.width = width;
  }

  /**
   * @throws UnreadableFileException naming the required columns missing, or a repeated column
   */
  static BuzonHeader of(List<String> cells) {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String column = BuzonColumns.normalize(cells.get(i));
      if (!BuzonColumns.ALL.contains(column)) {
        continue;
      }
      if (positions.putIfAbsent(column, i) != null) {
        throw new UnreadableFileException("file.repeated_column", column);
      }
    }
    List<String> missing =
        BuzonColumns.ALL.stream()
            .filter(BuzonColumns.REQUIRED::contains)
            .filter(c -> !positions.containsKey(c))
            .toList();
    if (!missing.isEmpty()) {
      throw new UnreadableFileException(
          "file.missing_columns", missing.stream().collect(Collectors.joining(", ")));
    }
    return new BuzonHeader(Map.copyOf(positions), cells.size());
  }

  /** The value of {@code column} in {@code values}; {@code null} when the row or file lacks it. */
  String value(List<String> values, String column) {
    Integer position = positions.get(column);
    return position == null || position >= values.size() ? null : values.get(position);
  }

  /** Cells of the header line, known columns or not. */
  int width() {
    return width;
  }
}
