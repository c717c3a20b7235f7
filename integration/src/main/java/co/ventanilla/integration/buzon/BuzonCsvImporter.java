package co.ventanilla.integration.buzon;

import co.ventanilla.imports.BatchOutcome;
import co.ventanilla.imports.BuzonFile;
import co.ventanilla.imports.BuzonImportSummary;
import co.ventanilla.imports.BuzonImports;
import co.ventanilla.imports.BuzonRow;
import co.ventanilla.imports.ImportTexts;
import co.ventanilla.imports.RowReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports a suggestion-box CSV: reads it as a stream and hands its rows to the ledger ({@link
 * BuzonImports}) in batches of {@value BuzonImports#BATCH_SIZE}, each batch one transaction. Memory
 * stays flat whatever the file's size: one batch of rows, plus the first {@value #LISTED} reasons
 * and radicados for the answer.
 *
 * <p>The file is refused as a whole, before anything is stored, when it cannot be read ({@link
 * UnreadableFileException}: empty, not text, required columns missing) or was imported before
 * ({@link co.ventanilla.imports.DuplicateImportException}, by SHA-256 of its bytes). Otherwise
 * every row is either filed, rejected with its reasons, or reported as a duplicate. A batch whose
 * transaction fails is retried row by row, so one row the database refuses costs only itself.
 */
@ApplicationScoped
public class BuzonCsvImporter {

  private static final Logger LOG = Logger.getLogger(BuzonCsvImporter.class.getName());

  /** How many reasons and radicados the answer lists. */
  public static final int LISTED = 1000;

  @Inject BuzonImports imports;

  public BuzonCsvImporter() {}

  /** For tests and tools: the importer on a given ledger. */
  public BuzonCsvImporter(BuzonImports imports) {
    this.imports = imports;
  }

  /**
   * Imports what {@code content} carries (an upload): it is first copied to a temporary file, since
   * its SHA-256 and character set must be known before the first row is filed.
   */
  public BuzonImportResult importStream(InputStream content, BuzonUpload upload)
      throws IOException {
    Path temp = Files.createTempFile("buzon-", ".csv");
    try {
      Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
      return importFile(temp, upload);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Imports {@code file}.
   *
   * @throws UnreadableFileException when it cannot be read as the template; nothing was stored
   * @throws co.ventanilla.imports.DuplicateImportException when the same file was imported before
   */
  public BuzonImportResult importFile(Path file, BuzonUpload upload) throws IOException {
    FileFacts facts = FileFacts.of(file);
    try (BuzonCsvReader reader = BuzonCsvReader.open(file, facts)) {
      BuzonImportSummary started =
          start(
              new BuzonFile(
                  upload.fileName(),
                  facts.sha256(),
                  facts.size(),
                  upload.uploader(),
                  upload.agency(),
                  upload.collectionDate()));
      LOG.info(
          () ->
              "Importing "
                  + upload.fileName()
                  + " as import "
                  + started.id()
                  + " ("
                  + facts.charset()
                  + ", separator '"
                  + reader.delimiter()
                  + "')");
      Run run = new Run(started.id());
      try {
        BuzonRowTranslator translator =
            new BuzonRowTranslator(reader.header(), reader.headerText(), upload);
        List<BuzonRow> batch = new ArrayList<>(BuzonImports.BATCH_SIZE);
        try {
          for (BuzonCsvReader.Row row = reader.next(); row != null; row = reader.next()) {
            if (row.isBlank()) {
              continue; // Excel writes emptied rows as bare separators
            }
            batch.add(translator.translate(row));
            if (batch.size() == BuzonImports.BATCH_SIZE) {
              run.submit(batch);
              batch = new ArrayList<>(BuzonImports.BATCH_SIZE);
            }
          }
          run.submit(batch);
        } catch (BuzonCsvReader.MalformedCsvException e) {
          run.submit(batch);
          run.reject(
              RowReason.rejected(
                  e.line(),
                  "",
                  ImportTexts.format(ImportTexts.SPANISH, "row.unreadable_rest", e.getMessage())));
        }
        BuzonImportSummary summary = imports.finish(run.importId);
        return new BuzonImportResult(
            summary, run.reasons, run.moreReasons, run.radicados, run.moreRadicados);
      } catch (RuntimeException | IOException | Error e) {
        try {
          imports.fail(run.importId, String.valueOf(e));
        } catch (RuntimeException failing) {
          e.addSuppressed(failing);
        }
        throw e;
      }
    }
  }

  /**
   * Opens the import of {@code file} in the ledger. Two uploads of the same file at the same
   * instant both find no earlier import and both insert one; the unique SHA-256 lets one through
   * and the other fails on the key (it used to answer 500). That one asks again, now finds the
   * first import running and is refused as a duplicate like any later upload ({@code 409}).
   */
  private BuzonImportSummary start(BuzonFile file) {
    try {
      return imports.start(file);
    } catch (RuntimeException e) {
      if (!uniqueKeyConflict(e)) {
        throw e;
      }
      LOG.info(
          () ->
              "The same file is being imported by another upload at this instant: "
                  + file.fileName());
      return imports.start(file);
    }
  }

  static boolean uniqueKeyConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
        return true;
      }
      String message = t.getMessage();
      if (message != null && message.contains("Duplicate entry")) {
        return true;
      }
    }
    return false;
  }

  /** Writes the report of import {@code importId} ({@code linea;columna;motivo}) to {@code out}. */
  public void writeReport(long importId, OutputStream out) throws IOException {
    BuzonReport.write(imports, importId, out);
  }

  /** One import under way: what it has filed and listed so far. */
  private final class Run {
    final long importId;
    final List<RowReason> reasons = new ArrayList<>();
    final List<String> radicados = new ArrayList<>();
    boolean moreReasons;
    boolean moreRadicados;

    Run(long importId) {
      this.importId = importId;
    }

    void submit(List<BuzonRow> batch) {
      if (batch.isEmpty()) {
        return;
      }
      try {
        add(imports.importBatch(importId, batch));
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Import "
                + importId
                + ": batch from line "
                + batch.get(0).line()
                + " failed, retrying it row by row: "
                + rootCause(e));
        for (BuzonRow row : batch) {
          try {
            add(imports.importBatch(importId, List.of(row)));
          } catch (RuntimeException rowFailure) {
            reject(
                RowReason.rejected(
                    row.line(),
                    "",
                    ImportTexts.format(
                        ImportTexts.SPANISH, "row.not_stored", rootCause(rowFailure))));
          }
        }
      }
    }

    void reject(RowReason reason) {
      imports.reject(importId, List.of(reason), 1);
      list(List.of(reason));
    }

    private void add(BatchOutcome outcome) {
      list(outcome.reasons());
      for (String radicado : outcome.radicados()) {
        if (radicados.size() < LISTED) {
          radicados.add(radicado);
        } else {
          moreRadicados = true;
        }
      }
    }

    private void list(List<RowReason> found) {
      for (RowReason reason : found) {
        if (reasons.size() < LISTED) {
          reasons.add(reason);
        } else {
          moreReasons = true;
        }
      }
    }
  }

  /** The innermost message: what the database said, not the container's wrapping. */
  static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.length() > 300 ? message.substring(0, 300) + "…" : message;
  }
}
