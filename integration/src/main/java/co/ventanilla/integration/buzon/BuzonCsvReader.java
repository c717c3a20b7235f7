package co.ventanilla.integration.buzon;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a suggestion-box CSV one record at a time, never the whole file: with Apache Commons CSV,
 * in the file's character set ({@link FileFacts}) and with the separator of its header line.
 *
 * <p>Accepted: separator {@code ,} or {@code ;} (or tab), whichever the header line has more of
 * outside quotes, or the one an Excel {@code sep=;} first line names; fields in double quotes
 * ({@code ""} for a quote) that may span lines; empty lines are skipped.
 *
 * <p>Each record comes with the physical line of the file where it starts (a quoted field with line
 * breaks makes a record span lines, so this is not the record's number) and its text exactly as in
 * the file, kept as the case's original.
 */
final class BuzonCsvReader implements Closeable {

  /** One record: where it starts, its text as written, its values. */
  record Row(int line, String text, List<String> values) {
    boolean isBlank() {
      return values.stream().allMatch(v -> v == null || v.isBlank());
    }
  }

  /** The rest of the file cannot be read (an unclosed quote swallows it to the end). */
  static final class MalformedCsvException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    MalformedCsvException(int line, String detail, Throwable cause) {
      super(detail, cause);
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
  private static final Pattern SEP_LINE = Pattern.compile("(?i)^sep=(.)$");
  private static final int HEADER_SCAN = 64 * 1024;

  private final Recorder recorder;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final char delimiter;
  private BuzonHeader header;
  private Row headerRow;
  private boolean done;

  private BuzonCsvReader(Recorder recorder, char delimiter) throws IOException {
    this.recorder = recorder;
    this.delimiter = delimiter;
    this.parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setQuote('"')
            .setIgnoreEmptyLines(true)
            .setTrailingData(true) // "abc"def reads abcdef: forgiving with typed text
            .get()
            .parse(recorder);
    this.records = parser.iterator();
  }

  /**
   * Opens {@code file} and reads its header.
   *
   * @throws UnreadableFileException when it is empty, not text or lacks required columns
   */
  static BuzonCsvReader open(Path file, FileFacts facts) throws IOException {
    facts.requireText();
    String firstLine = firstLine(file, facts);
    Matcher sep = SEP_LINE.matcher(firstLine.strip());
    char delimiter = sep.matches() ? sep.group(1).charAt(0) : delimiterOf(firstLine);
    BuzonCsvReader reader = new BuzonCsvReader(new Recorder(decoded(file, facts)), delimiter);
    try {
      if (sep.matches()) {
        reader.next();
      }
      Row header = reader.next();
      if (header == null) {
        throw new UnreadableFileException("file.empty");
      }
      reader.header = BuzonHeader.of(header.values());
      reader.headerRow = header;
      return reader;
    } catch (RuntimeException | IOException e) {
      reader.close();
      throw e;
    }
  }

  BuzonHeader header() {
    return header;
  }

  /** The header line as written in the file. */
  String headerText() {
    return headerRow.text();
  }

  char delimiter() {
    return delimiter;
  }

  /**
   * The next record, or {@code null} at the end of the file.
   *
   * @throws MalformedCsvException when the rest of the file cannot be read
   */
  Row next() throws IOException {
    if (done) {
      return null;
    }
    long linesBefore = parser.getCurrentLineNumber();
    CSVRecord record;
    try {
      record = records.next();
    } catch (NoSuchElementException e) {
      done = true;
      return null;
    } catch (UncheckedIOException | IllegalStateException e) {
      done = true;
      String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      Matcher m = START_LINE.matcher(detail == null ? "" : detail);
      int line = m.find() ? Integer.parseInt(m.group(1)) : (int) linesBefore + 1;
      throw new MalformedCsvException(line, detail, e);
    }
    long linesAfter = parser.getCurrentLineNumber();
    String raw = recorder.take(record.getCharacterPosition(), linesAfter - linesBefore);
    int skipped = 0; // empty lines before the record belong to it in the stream
    int i = 0;
    while (i < raw.length() && (raw.charAt(i) == '\r' || raw.charAt(i) == '\n')) {
      if (raw.charAt(i) == '\n' || i + 1 == raw.length() || raw.charAt(i + 1) != '\n') {
        skipped++;
      }
      i++;
    }
    int end = raw.length();
    while (end > i && (raw.charAt(end - 1) == '\r' || raw.charAt(end - 1) == '\n')) {
      end--;
    }
    return new Row((int) linesBefore + 1 + skipped, raw.substring(i, end), record.toList());
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static Reader decoded(Path file, FileFacts facts) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(facts.bomLength());
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new InputStreamReader(
        in,
        facts
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  /** The file's first line (up to a line break outside quotes), for choosing the separator. */
  private static String firstLine(Path file, FileFacts facts) throws IOException {
    StringBuilder line = new StringBuilder();
    try (Reader in = decoded(file, facts)) {
      boolean quoted = false;
      int c;
      while (line.length() < HEADER_SCAN && (c = in.read()) >= 0) {
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
          break;
        }
        line.append((char) c);
      }
    }
    return line.toString();
  }

  /** {@code ;}, tab or {@code ,}: whichever appears most outside quotes; {@code ,} on a tie. */
  static char delimiterOf(String line) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        switch (c) {
          case ',' -> commas++;
          case ';' -> semicolons++;
          case '\t' -> tabs++;
          default -> {}
        }
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas && tabs > semicolons ? '\t' : ',';
  }

  /**
   * Keeps what the parser reads, from the start of the record at hand, so each record's text can be
   * taken as written. Holds one record plus the parser's read-ahead, never the file.
   */
  static final class Recorder extends Reader {
    private final Reader in;
    private final StringBuilder kept = new StringBuilder();
    private long keptFrom;

    Recorder(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        kept.append(buffer, offset, n);
      }
      return n;
    }

    /**
     * The text from position {@code from} through {@code lineBreaks} line breaks ({@code \r\n},
     * {@code \n} or {@code \r}), or to what was read when there are fewer (the last line); forgets
     * everything before its end.
     */
    String take(long from, long lineBreaks) {
      int start = (int) Math.max(0, from - keptFrom);
      int end = start;
      long seen = 0;
      while (end < kept.length() && seen < lineBreaks) {
        char c = kept.charAt(end++);
        if (c == '\n') {
          seen++;
        } else if (c == '\r' && (end == kept.length() || kept.charAt(end) != '\n')) {
          seen++;
        }
      }
      String text = kept.substring(start, end);
      kept.delete(0, end);
      keptFrom += end;
      return text;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
