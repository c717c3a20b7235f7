package co.ventanilla.integration.buzon;

import static co.ventanilla.testing.JpaTestSupport.read;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.imports.BatchOutcome;
import co.ventanilla.imports.BuzonFile;
import co.ventanilla.imports.BuzonImportRow;
import co.ventanilla.imports.BuzonImportStatus;
import co.ventanilla.imports.BuzonImportSummary;
import co.ventanilla.imports.BuzonImports;
import co.ventanilla.imports.BuzonRow;
import co.ventanilla.imports.DuplicateImportException;
import co.ventanilla.imports.ImportTexts;
import co.ventanilla.imports.ReportLine;
import co.ventanilla.imports.RowReason;
import co.ventanilla.imports.StandaloneBuzonImports;
import co.ventanilla.intake.IntakeRecord;
import co.ventanilla.testing.JpaTestSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real importer on the real ejb services (wired by hand, each call its own transaction) and
 * MariaDB: files in, cases, reasons and the ledger out.
 */
class BuzonCsvImporterIT {

  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final Clock CLOCK =
      Clock.fixed(ZonedDateTime.of(2026, 3, 17, 10, 0, 0, 0, BOGOTA).toInstant(), BOGOTA);

  @TempDir Path dir;

  private final BuzonImports ledger = new StandaloneBuzonImports(CLOCK, null);
  private final BuzonCsvImporter importer = new BuzonCsvImporter(ledger);

  @BeforeEach
  void emptyDatabase() {
    JpaTestSupport.deleteAllCases();
  }

  private static BuzonUpload upload(String name) {
    return new BuzonUpload(name, "api", "Sede Principal", null);
  }

  private static PqrsCase caseOf(String radicado) {
    return read(
        em ->
            em.createQuery("SELECT c FROM PqrsCase c WHERE c.radicado = :r", PqrsCase.class)
                .setParameter("r", radicado)
                .getSingleResult());
  }

  @Test
  void validRowsBecomeCasesWithRadicadosAndInvalidOnesAreListedWithLineAndColumn()
      throws IOException {
    // given: windows-1252, ';', a quoted description over two lines, a row with three problems
    Path file =
        TestFiles.windows1252(
            dir,
            "buzon-marzo.csv",
            TestFiles.lines(
                TestFiles.HEADER,
                "1001;10/03/2026;Q;María Peña;CC;52123456;Calle 1;3001234567;;;Portería;"
                    + "\"El guarda tardó\r\nveinte minutos\";SI",
                "1002;2026-03-11;S;;;;;;;Sede Ñ;Luz;Más luz en el sótano;",
                "1003;31/02/2026;Q;Pedro Núñez;;;;;;;;Sin asunto;SI",
                "1004;12/03/2026;F;Ana;;;;3110000000;;;Gracias;Buen servicio;no"));

    // when
    BuzonImportResult result = importer.importFile(file, upload("buzon-marzo.csv"));

    // then: two cases
    BuzonImportSummary summary = result.summary();
    assertEquals(BuzonImportStatus.FINISHED, summary.status());
    assertEquals(2, summary.created());
    assertEquals(2, summary.rejected());
    assertEquals(0, summary.duplicates());
    assertEquals(List.of("2026-000001", "2026-000002"), result.radicados());
    PqrsCase first = caseOf("2026-000001");
    assertEquals(Channel.SUGGESTION_BOX, first.channel());
    assertEquals("María Peña", first.petitioner().names());
    assertEquals("El guarda tardó\r\nveinte minutos", first.description());
    assertEquals(LocalDateTime.of(2026, 3, 10, 8, 0), first.receivedAt());
    assertEquals("archivo buzon-marzo.csv línea 2", first.sourceReference());
    assertEquals("Sede Principal", first.agency());
    PqrsCase anonymous = caseOf("2026-000002");
    assertTrue(anonymous.petitioner().anonymous());
    assertEquals("Sede Ñ", anonymous.agency());
    assertEquals("archivo buzon-marzo.csv línea 4", anonymous.sourceReference());

    // and the original of the first is its CSV row, as written, with the header
    String original =
        JpaTestSupport.read(
            em -> {
              IntakeRecord record =
                  em.createQuery(
                          "SELECT r FROM IntakeRecord r WHERE r.sourceKey = 'buzon:formulario:1001'",
                          IntakeRecord.class)
                      .getSingleResult();
              assertEquals("text/csv", record.original().mediaType());
              return new String(
                  new ContentStore(em).read(record.original()), StandardCharsets.UTF_8);
            });
    assertEquals(
        TestFiles.HEADER
            + "\r\n1001;10/03/2026;Q;María Peña;CC;52123456;Calle 1;3001234567;;;Portería;"
            + "\"El guarda tardó\r\nveinte minutos\";SI",
        original);

    // and the reasons name the physical line where each bad row starts, and the column
    assertEquals(
        List.of("5 fecha", "5 correo", "5 asunto", "6 autoriza_datos"),
        result.reasons().stream().map(r -> r.line() + " " + r.column()).toList());
    assertEquals(
        "El campo fecha debe ser una fecha DD/MM/AAAA o AAAA-MM-DD; dice «31/02/2026».",
        result.reasons().get(0).reason());
  }

  @Test
  void theSameFileAgainIsRefusedNamingTheFirstImportWhateverItsName() throws IOException {
    // given
    String text = TestFiles.lines(TestFiles.HEADER, "2001;10/03/2026;S;;;;;;;;Luz;Más luz;");
    BuzonImportResult first =
        importer.importFile(TestFiles.utf8(dir, "semana-11.csv", text), upload("semana-11.csv"));

    // when
    DuplicateImportException refused =
        assertThrows(
            DuplicateImportException.class,
            () ->
                importer.importStream(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    upload("copia.csv")));

    // then
    assertEquals(first.summary().id(), refused.first().id());
    assertEquals(
        "Este archivo ya se importó el 17/03/2026 10:00, por api (importación "
            + first.summary().id()
            + ", archivo semana-11.csv): 1 casos creados, 0 filas rechazadas, 0 duplicadas. No se"
            + " importó de nuevo.",
        refused.message(ImportTexts.SPANISH));
    assertEquals(1L, countCases());
  }

  @Test
  void twoUploadsOfTheSameFileAtTheSameInstantAreOneImportAndOneRefusal() throws Exception {
    // given: upload A has inserted its import and not committed yet when upload B looks for an
    // earlier one (finds none) and inserts its own, which waits on the unique SHA-256; only then A
    // commits. This is what two requests at the same instant do; B used to fail with a 500.
    String text = TestFiles.lines(TestFiles.HEADER, "4001;10/03/2026;S;;;;;;;;Luz;Más luz;");
    Path fileA = TestFiles.utf8(dir, "a.csv", text);
    Path fileB = TestFiles.utf8(dir, "b.csv", text);
    BuzonImports holdsItsStart =
        new DelegatingImports(ledger) {
          @Override
          public BuzonImportSummary start(BuzonFile file) {
            return JpaTestSupport.inTransaction(
                em -> {
                  BuzonImportSummary s = StandaloneBuzonImports.on(em, CLOCK, null).start(file);
                  await()
                      .atMost(Duration.ofSeconds(30))
                      .until(() -> lockWaits() > 0); // B is blocked on A's row
                  return s;
                });
          }
        };
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Future<BuzonImportResult> a =
          two.submit(() -> new BuzonCsvImporter(holdsItsStart).importFile(fileA, upload("a.csv")));
      await().atMost(Duration.ofSeconds(30)).until(() -> writingTransactions() > 0); // A wrote
      Future<BuzonImportResult> b = two.submit(() -> importer.importFile(fileB, upload("b.csv")));

      // then
      BuzonImportResult first = a.get(60, TimeUnit.SECONDS);
      ExecutionException refused =
          assertThrows(ExecutionException.class, () -> b.get(60, TimeUnit.SECONDS));
      assertTrue(refused.getCause() instanceof DuplicateImportException, String.valueOf(refused));
      assertEquals(
          first.summary().id(), ((DuplicateImportException) refused.getCause()).first().id());
      assertEquals(1L, countCases());
      assertEquals(1L, imports());
    } finally {
      two.shutdownNow();
    }
  }

  private static long lockWaits() {
    return read(
        em ->
            ((Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM information_schema.INNODB_LOCK_WAITS")
                        .getSingleResult())
                .longValue());
  }

  private static long writingTransactions() {
    return read(
        em ->
            ((Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM information_schema.INNODB_TRX"
                                + " WHERE trx_rows_modified > 0")
                        .getSingleResult())
                .longValue());
  }

  private static long imports() {
    return read(
        em ->
            ((Number) em.createNativeQuery("SELECT COUNT(*) FROM buzon_import").getSingleResult())
                .longValue());
  }

  /** Every call to {@code target}; tests override one. */
  private static class DelegatingImports implements BuzonImports {
    private final BuzonImports target;

    DelegatingImports(BuzonImports target) {
      this.target = target;
    }

    @Override
    public BuzonImportSummary start(BuzonFile file) {
      return target.start(file);
    }

    @Override
    public BatchOutcome importBatch(long importId, List<BuzonRow> rows) {
      return target.importBatch(importId, rows);
    }

    @Override
    public void reject(long importId, List<RowReason> reasons, int rows) {
      target.reject(importId, reasons, rows);
    }

    @Override
    public BuzonImportSummary finish(long importId) {
      return target.finish(importId);
    }

    @Override
    public void fail(long importId, String reason) {
      target.fail(importId, reason);
    }

    @Override
    public Optional<BuzonImportSummary> find(long importId) {
      return target.find(importId);
    }

    @Override
    public List<ReportLine> reportLines(long importId, int afterLine, long afterId, int max) {
      return target.reportLines(importId, afterLine, afterId, max);
    }
  }

  @Test
  void aFormNumberImportedBeforeIsRejectedAsDuplicateNamingItsRadicado() throws IOException {
    // given: form 3001 in last week's file
    importer.importFile(
        TestFiles.utf8(
            dir,
            "semana-10.csv",
            TestFiles.lines(TestFiles.HEADER, "3001;03/03/2026;S;;;;;;;;Luz;Más luz;")),
        upload("semana-10.csv"));

    // when: transcribed again this week, next to a new one
    BuzonImportResult result =
        importer.importFile(
            TestFiles.utf8WithBom(
                dir,
                "semana-11.csv",
                TestFiles.lines(
                    TestFiles.HEADER.replace(';', ','),
                    "3001,03/03/2026,S,,,,,,,,Luz,Más luz,",
                    "3002,10/03/2026,S,,,,,,,,Agua,Falta agua,")),
            upload("semana-11.csv"));

    // then
    assertEquals(1, result.summary().created());
    assertEquals(1, result.summary().duplicates());
    assertEquals(0, result.summary().rejected());
    RowReason duplicate = result.reasons().get(0);
    assertEquals(2, duplicate.line());
    assertEquals("numero_formulario", duplicate.column());
    assertEquals(BuzonImportRow.Kind.DUPLICATE, duplicate.kind());
    assertEquals(
        "El formulario 3001 ya fue importado: radicado 2026-000001 del 03/03/2026 08:00.",
        duplicate.reason());
    assertEquals(List.of("2026-000002"), result.radicados());
  }

  @Test
  void anUnreadableFileIsRefusedBeforeTheLedgerIsTouched() {
    Path file = TestFiles.utf8(dir, "otra-cosa.csv", "nombre;telefono\r\nAna;300\r\n");
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> importer.importFile(file, upload("x")));
    assertEquals("file.missing_columns", e.key());
    long imports =
        read(
            em ->
                em.createQuery("SELECT COUNT(i) FROM BuzonImport i", Long.class).getSingleResult());
    assertEquals(0L, imports);
  }

  @Test
  void theReportListsEveryReasonAsCsvInTheOrderOfTheFile() throws IOException {
    // given
    BuzonImportResult result =
        importer.importFile(
            TestFiles.utf8(
                dir,
                "buzon.csv",
                TestFiles.lines(
                    TestFiles.HEADER,
                    "4001;10/03/2026;X;;;;;;;;Luz;Más luz;",
                    "4002;10/03/2026;S;;;;;;;;Agua;Falta agua;",
                    "4003;10/03/2026;S;Ana;;;;;;;Agua;Falta agua;SI")),
            upload("buzon.csv"));

    // when
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    importer.writeReport(result.summary().id(), out);

    // then
    String report = out.toString(StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFFlinea;columna;motivo\r\n"
            + "2;tipo;El tipo «X» no se reconoce. Escriba Petición, Queja, Reclamo, Sugerencia,"
            + " Felicitación o Denuncia, o su inicial (P, Q, R, S, F, D).\r\n"
            + "4;correo;Indique al menos un correo, un teléfono o una dirección para responderle,"
            + " o marque la solicitud como anónima.\r\n",
        report);
  }

  @Test
  void aBatchThatFailsIsRetriedRowByRowAndOnlyTheRowTheDatabaseRefusesIsLost() throws IOException {
    // given: a ledger whose database refuses form 5002 whenever it is in the transaction
    BuzonImports flaky = new RefusingForm(ledger, "5002");
    BuzonCsvImporter importer = new BuzonCsvImporter(flaky);
    Path file =
        TestFiles.utf8(
            dir,
            "buzon.csv",
            TestFiles.lines(
                TestFiles.HEADER,
                "5001;10/03/2026;S;;;;;;;;Luz;Más luz;",
                "5002;10/03/2026;S;;;;;;;;Agua;Falta agua;",
                "5003;10/03/2026;S;;;;;;;;Ruido;Mucho ruido;"));

    // when
    BuzonImportResult result = importer.importFile(file, upload("buzon.csv"));

    // then
    assertEquals(2, result.summary().created());
    assertEquals(1, result.summary().rejected());
    assertEquals(2L, countCases());
    RowReason lost = result.reasons().get(0);
    assertEquals(3, lost.line());
    assertEquals(
        "La fila no se pudo guardar (Data too long for column 'x'). Revísela y súbala de nuevo.",
        lost.reason());
  }

  @Test
  void anUnclosedQuoteKeepsWhatCameBeforeAndReportsTheRest() throws IOException {
    // when
    BuzonImportResult result =
        importer.importFile(
            TestFiles.utf8(
                dir,
                "buzon.csv",
                TestFiles.lines(
                    TestFiles.HEADER,
                    "6001;10/03/2026;S;;;;;;;;Luz;Más luz;",
                    "6002;10/03/2026;S;;;;;;;;Agua;\"Falta agua;",
                    "6003;10/03/2026;S;;;;;;;;Ruido;Mucho ruido;")),
            upload("buzon.csv"));

    // then
    assertEquals(BuzonImportStatus.FINISHED, result.summary().status());
    assertEquals(1, result.summary().created());
    assertEquals(1, result.summary().rejected());
    assertEquals(3, result.reasons().get(0).line());
    assertTrue(result.reasons().get(0).reason().startsWith("Desde esta línea el archivo no"));
  }

  @Test
  void aFormDatedAfterTheCollectionOrTodayIsRejected() throws IOException {
    BuzonImportResult result =
        importer.importFile(
            TestFiles.utf8(
                dir,
                "buzon.csv",
                TestFiles.lines(
                    TestFiles.HEADER,
                    "7001;16/03/2026;S;;;;;;;;Luz;Más luz;",
                    "7002;18/03/2026;S;;;;;;;;Agua;Falta agua;")),
            new BuzonUpload("buzon.csv", "api", null, LocalDate.of(2026, 3, 15)));
    assertEquals(0, result.summary().created());
    assertEquals(
        List.of(
            "La fecha del formulario es posterior a la recolección del buzón (15/03/2026).",
            "La fecha del formulario (18/03/2026) es posterior a hoy."),
        result.reasons().stream().map(RowReason::reason).toList());
  }

  private static long countCases() {
    return read(
        em -> em.createQuery("SELECT COUNT(c) FROM PqrsCase c", Long.class).getSingleResult());
  }

  /** A ledger whose database refuses one form: any batch holding it fails as a whole. */
  private record RefusingForm(BuzonImports ledger, String formNumber) implements BuzonImports {

    @Override
    public BatchOutcome importBatch(long importId, List<BuzonRow> rows) {
      if (rows.stream().anyMatch(r -> formNumber.equals(r.formNumber()))) {
        throw new IllegalStateException(
            "Transaction rolled back", new java.sql.SQLException("Data too long for column 'x'"));
      }
      return ledger.importBatch(importId, rows);
    }

    @Override
    public BuzonImportSummary start(BuzonFile file) {
      return ledger.start(file);
    }

    @Override
    public void reject(long importId, List<RowReason> reasons, int rows) {
      ledger.reject(importId, reasons, rows);
    }

    @Override
    public BuzonImportSummary finish(long importId) {
      return ledger.finish(importId);
    }

    @Override
    public void fail(long importId, String reason) {
      ledger.fail(importId, reason);
    }

    @Override
    public Optional<BuzonImportSummary> find(long importId) {
      return ledger.find(importId);
    }

    @Override
    public List<ReportLine> reportLines(long importId, int afterLine, long afterId, int max) {
      return ledger.reportLines(importId, afterLine, afterId, max);
    }
  }
}
