package co.ventanilla.integration.buzon;

import co.ventanilla.imports.DuplicateImportException;
import co.ventanilla.imports.ImportTexts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The drop folder of the suggestion box: a CSV saved into the folder named by {@value #FOLDER} is
 * imported like an upload (uploader {@value #UPLOADER}), then moved to {@value #DONE} with its
 * report {@code <name>.reporte.csv} ({@link BuzonReport}), or to {@value #ERROR} with a report of
 * one line saying why when the whole file was refused (unreadable, already imported) or the import
 * broke off. A name already taken in the target folder gets the time in front, so weekly files with
 * the same name never overwrite each other. Empty or unset folder: no route.
 *
 * <p>Only {@code *.csv} files are picked up, once they have stopped changing (a file still being
 * copied is left alone), one at a time.
 */
@Dependent
public class BuzonFolderRoute extends RouteBuilder {

  /** Configuration key of the folder; empty or unset disables the drop folder. */
  public static final String FOLDER = co.ventanilla.config.ConfigKeys.BUZON_FOLDER;

  public static final String UPLOADER = "carpeta";
  public static final String DONE = ".done";
  public static final String ERROR = ".error";
  public static final String ROUTE_ID = "buzon-folder";

  /** Header with the target of the move, relative to the folder. */
  static final String TARGET = "VentanillaBuzonTarget";

  private static final Logger LOG = Logger.getLogger(BuzonFolderRoute.class.getName());
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-");

  @Inject BuzonCsvImporter importer;

  public BuzonFolderRoute() {}

  /** For tests: the route around a given importer. */
  public BuzonFolderRoute(BuzonCsvImporter importer) {
    this.importer = importer;
  }

  @Override
  public void configure() {
    Optional<String> folder =
        getContext()
            .getPropertiesComponent()
            .resolveProperty(FOLDER)
            .map(String::strip)
            .filter(f -> !f.isEmpty());
    if (folder.isEmpty()) {
      LOG.info(() -> "Suggestion-box drop folder disabled (" + FOLDER + " not set)");
      return;
    }
    fromF(
            "file:%s?antInclude=*.csv&antFilterCaseSensitive=false"
                + "&readLock=changed&readLockCheckInterval=1000&readLockMinAge=1000"
                + "&move=${header.%s}&moveFailed=%s/${file:name}",
            folder.get(), TARGET, ERROR)
        .routeId(ROUTE_ID)
        .process(this::importFile)
        .id("import-buzon-file");
  }

  /** Imports the file, writes its report next to where it goes, and sets where it goes. */
  void importFile(Exchange exchange) throws IOException {
    Path file = exchange.getIn().getBody(File.class).toPath();
    String name = file.getFileName().toString();
    Path folder = file.getParent();
    String target = DONE;
    ReportContent report;
    try {
      BuzonImportResult result =
          importer.importFile(file, new BuzonUpload(name, UPLOADER, null, null));
      long importId = result.summary().id();
      report = out -> importer.writeReport(importId, out);
    } catch (UnreadableFileException e) {
      target = ERROR;
      String reason = e.message(ImportTexts.SPANISH);
      report = out -> BuzonReport.writeRefusal(reason, out);
    } catch (DuplicateImportException e) {
      target = ERROR;
      String reason = e.message(ImportTexts.SPANISH);
      report = out -> BuzonReport.writeRefusal(reason, out);
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "Suggestion-box file " + name + " could not be imported", e);
      target = ERROR;
      String reason =
          ImportTexts.format(ImportTexts.SPANISH, "file.failed", BuzonCsvImporter.rootCause(e));
      report = out -> BuzonReport.writeRefusal(reason, out);
    }
    Path targetFolder = Files.createDirectories(folder.resolve(target));
    String targetName = name;
    if (Files.exists(targetFolder.resolve(name))
        || Files.exists(targetFolder.resolve(BuzonReport.fileName(name)))) {
      targetName = LocalDateTime.now().format(STAMP) + name;
    }
    try (OutputStream out =
        Files.newOutputStream(targetFolder.resolve(BuzonReport.fileName(targetName)))) {
      report.writeTo(out);
    }
    exchange.getIn().setHeader(TARGET, target + "/" + targetName);
  }

  @FunctionalInterface
  private interface ReportContent {
    void writeTo(OutputStream out) throws IOException;
  }
}
