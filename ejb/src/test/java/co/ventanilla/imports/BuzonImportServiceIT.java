package co.ventanilla.imports;

import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.intake.IntakeRecord;
import co.ventanilla.intake.Original;
import co.ventanilla.intake.Submission;
import co.ventanilla.testing.JpaTestSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger and the batches on MariaDB, through the real intake service. */
class BuzonImportServiceIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final Clock CLOCK =
      Clock.fixed(ZonedDateTime.of(2026, 3, 17, 10, 0, 0, 0, BOGOTA).toInstant(), BOGOTA);
  private static final LocalDate FORM_DATE = LocalDate.of(2026, 3, 12);

  private final BuzonImports imports = new StandaloneBuzonImports(CLOCK, null);

  @BeforeEach
  void emptyDatabase() {
    JpaTestSupport.deleteAllCases();
  }

  private static BuzonFile file(String sha) {
    return new BuzonFile("buzon.csv", sha, 120, "api", "Sede Norte", null);
  }

  private static BuzonRow row(int line, String formNumber, String names, boolean marked) {
    Submission.Builder s =
        Submission.builder(Channel.SUGGESTION_BOX)
            .type(PqrsType.SUGERENCIA)
            .names(names)
            .email(names == null ? null : "vecino@example.com")
            .anonymous(names == null)
            .subject("Más luz en el parqueadero")
            .description("Pongan más lámparas en el sótano.")
            .receivedAt(BuzonFormRules.receivedAt(FORM_DATE))
            .sourceReference("archivo buzon.csv línea " + line)
            .actor("api")
            .sourceKey(BuzonFormRules.sourceKey(formNumber))
            .original(Original.text("text/csv", "numero_formulario\r\n" + formNumber));
    if (marked) {
      s.consent(BuzonFormRules.consent(FORM_DATE));
    }
    return new BuzonRow(line, formNumber, FORM_DATE, marked, s.build(), List.of());
  }

  @Test
  void goodRowsBecomeCasesAndTheOthersAreListedWithTheirReasons() {
    // given
    long id = imports.start(file("a1")).id();

    // when
    BatchOutcome outcome =
        imports.importBatch(
            id,
            List.of(
                row(2, "501", "Ana Peña", true),
                row(3, "502", "Sin Marca", false),
                row(4, "503", null, false),
                row(5, "501", "Ana Peña", true)));
    BuzonImportSummary summary = imports.finish(id);

    // then
    assertEquals(2, outcome.created());
    assertEquals(1, outcome.rejected());
    assertEquals(1, outcome.duplicates());
    assertEquals(List.of(3, 5), outcome.reasons().stream().map(RowReason::line).toList());
    assertEquals("autoriza_datos", outcome.reasons().get(0).column());
    RowReason duplicate = outcome.reasons().get(1);
    assertEquals(BuzonImportRow.Kind.DUPLICATE, duplicate.kind());
    assertEquals(outcome.radicados().get(0), duplicate.radicado());
    assertEquals(
        "El formulario 501 ya fue importado: radicado "
            + duplicate.radicado()
            + " del 12/03/2026 08:00.",
        duplicate.reason());
    assertEquals(BuzonImportStatus.FINISHED, summary.status());
    assertEquals(2, summary.created());
    assertEquals(1, summary.rejected());
    assertEquals(1, summary.duplicates());

    IntakeRecord record =
        read(
            em ->
                em.createQuery(
                        "SELECT r FROM IntakeRecord r JOIN FETCH r.pqrsCase WHERE r.sourceKey ="
                            + " 'buzon:formulario:501'",
                        IntakeRecord.class)
                    .getSingleResult());
    PqrsCase filed = record.pqrsCase();
    assertEquals(Channel.SUGGESTION_BOX, filed.channel());
    assertEquals(LocalDateTime.of(2026, 3, 12, 8, 0), filed.receivedAt());
    assertEquals("formulario-GO-RG-04", record.consentPolicyVersion());
    assertEquals(LocalDateTime.of(2026, 3, 12, 8, 0), record.consentGivenAt());
  }

  @Test
  void theSameFileIsRefusedOnceFinishedNamingTheFirstImport() {
    // given
    long id = imports.start(file("b2")).id();
    imports.importBatch(id, List.of(row(2, "601", "Ana Peña", true)));
    imports.finish(id);

    // when
    DuplicateImportException refused =
        assertThrows(DuplicateImportException.class, () -> imports.start(file("b2")));

    // then
    assertEquals(id, refused.first().id());
    assertEquals(1, refused.first().created());
    assertEquals(LocalDateTime.of(2026, 3, 17, 10, 0), refused.first().startedAt());
  }

  @Test
  void aRunningImportBlocksTheSameFileUntilItIsStale() {
    // given
    long id = imports.start(file("c3")).id();

    // then
    assertThrows(DuplicateImportException.class, () -> imports.start(file("c3")));
    Clock later = Clock.offset(CLOCK, BuzonImport.STALE_AFTER.plusMinutes(1));
    BuzonImportSummary again = new StandaloneBuzonImports(later, null).start(file("c3"));
    assertEquals(id, again.id());
    assertEquals(BuzonImportStatus.RUNNING, again.status());
  }

  @Test
  void aFailedImportStartsOverAndWhatItFiledComesOutAsDuplicates() {
    // given
    long id = imports.start(file("d4")).id();
    imports.importBatch(id, List.of(row(2, "701", "Ana Peña", true), row(3, "702", "X", false)));
    imports.fail(id, "la base de datos no responde");

    // when
    BuzonImportSummary again = imports.start(file("d4"));
    BatchOutcome outcome =
        imports.importBatch(id, List.of(row(2, "701", "Ana Peña", true), row(3, "702", "X", true)));
    BuzonImportSummary summary = imports.finish(id);

    // then
    assertEquals(id, again.id());
    assertNull(again.failure());
    assertEquals(1, outcome.duplicates());
    assertEquals(1, outcome.created());
    assertEquals(1, summary.created());
    assertEquals(0, summary.rejected());
    assertEquals(
        List.of(2), imports.reportLines(id, 0, 0, 10).stream().map(ReportLine::line).toList());
  }

  @Test
  void theReportIsReadInTheOrderOfTheFileAPageAtATime() {
    // given: three rows without the mark, the last two with two reasons each
    long id = imports.start(file("e5")).id();
    BuzonRow noSubject =
        new BuzonRow(
            9,
            "803",
            FORM_DATE,
            false,
            Submission.builder(Channel.SUGGESTION_BOX)
                .type(PqrsType.QUEJA)
                .names("Sin Asunto")
                .phone("300")
                .description("d")
                .build(),
            List.of());
    imports.importBatch(
        id, List.of(row(4, "801", "Uno", false), noSubject, row(7, "802", "Dos", false)));

    // when
    List<ReportLine> first = imports.reportLines(id, 0, 0, 2);
    ReportLine last = first.get(1);
    List<ReportLine> rest = imports.reportLines(id, last.line(), last.id(), 2);

    // then
    assertEquals(List.of(4, 7), first.stream().map(ReportLine::line).toList());
    assertEquals(List.of(9, 9), rest.stream().map(ReportLine::line).toList());
    assertTrue(rest.stream().anyMatch(l -> l.column().equals("asunto")));
  }
}
