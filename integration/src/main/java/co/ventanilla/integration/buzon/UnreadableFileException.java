package co.ventanilla.integration.buzon;

import co.ventanilla.imports.ImportTexts;
import java.util.Arrays;
import java.util.Locale;

/**
 * The file cannot be imported at all: empty, not text (a workbook, a PDF), or its header lacks
 * required columns. Nothing was imported and the ledger was not touched. The message says what to
 * do, from the bundle {@code co.ventanilla.imports.ImportMessages}.
 */
public class UnreadableFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An argument that is itself a text of the bundle (e.g. "un PDF"). */
  record Text(String key) {}

  private final String key;
  private final transient Object[] args;

  UnreadableFileException(String key, Object... args) {
    super(key + " " + Arrays.toString(args));
    this.key = key;
    this.args = args;
  }

  /** The bundle key of the reason, e.g. {@code file.missing_columns}. */
  public String key() {
    return key;
  }

  public String message(Locale locale) {
    Object[] texts =
        Arrays.stream(args)
            .map(a -> a instanceof Text t ? ImportTexts.format(locale, t.key()) : a)
            .toArray();
    return ImportTexts.format(locale, key, texts);
  }
}
