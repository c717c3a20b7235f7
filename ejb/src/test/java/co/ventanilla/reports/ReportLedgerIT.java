package co.ventanilla.reports;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.mail.MailAttachment;
import co.ventanilla.mail.MailSettings;
import co.ventanilla.mail.OutboxDelivery;
import co.ventanilla.mail.OutboxSender;
import co.ventanilla.terms.TermPolicy;
import co.ventanilla.terms.TermPresets;
import co.ventanilla.testing.JpaTestSupport;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The timer's ledger on MariaDB: a report is generated and mailed once, whether the catch-up runs
 * twice (a restart) or two nodes run it at the same moment; the mail carries the PDF and the XLSX
 * and survives an SMTP outage; the XLSX holds the same figures as the service.
 */
class ReportLedgerIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final BusinessCalendar CAL = BusinessCalendar.colombia();
  private static final String TO = "gerencia@empresa.example";
  private static final ReportPeriod Q2 = ReportPeriod.quarter(2026, 2);

  @BeforeEach
  void data() throws Exception {
    JpaTestSupport.deleteAllCases();
    GeneratedCases.insertAreas(JpaTestSupport.dataSource());
    GeneratedCases.insert(
        JpaTestSupport.dataSource(),
        GeneratedCases.generate(
            7, 800, 1, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30), CAL));
  }

  private static Clock at(LocalDateTime t) {
    return Clock.fixed(t.atZone(BOGOTA).toInstant(), BOGOTA);
  }

  private static ReportLedger ledger(EntityManager em, Clock clock) {
    return ledger(em, clock, List.of());
  }

  private static ReportLedger ledger(EntityManager em, Clock clock, List<ReportSection> sections) {
    return new ReportLedger(em, service(em, clock, sections), clock);
  }

  private static ReportService service(
      EntityManager em, Clock clock, List<ReportSection> sections) {
    ReportSettings settings = ReportSettings.of(List.of(TO), 7, 3);
    IndicatorService indicators =
        new IndicatorService(em, new TermPolicy(TermPresets.LEY_1755, CAL), clock);
    return new ReportService(em, indicators, clock, settings, sections);
  }

  /** A source that plugs its section in, as investigations and ACPM will. */
  private static final ReportSection INVESTIGATIONS =
      new ReportSection() {
        @Override
        public String title() {
          return "Investigaciones";
        }

        @Override
        public List<Table> tables(ReportPeriod period, ReportPeriod previous) {
          return List.of(
              new Table(
                  "Investigaciones abiertas y cerradas",
                  "Investigaciones",
                  List.of("Estado", period.code(), previous.code()),
                  List.of(List.of("Abiertas", 4, 6), List.of("Cerradas", 9, 3))));
        }
      };

  /** The ledger with each call in its own transaction, as REQUIRES_NEW gives it in the server. */
  private static ReportLedger transactional(Clock time) {
    // (the anonymous class inherits a field "clock": the parameter is named otherwise)
    return new ReportLedger() {
      @Override
      public boolean runScheduled(ReportPeriod period, String node) {
        return inTransaction(em -> ledger(em, time).runScheduled(period, node));
      }

      @Override
      public Set<String> claimed() {
        return read(em -> ledger(em, time).claimed());
      }

      @Override
      public Optional<LocalDate> firstCaseDay() {
        return read(em -> ledger(em, time).firstCaseDay());
      }
    };
  }

  private static int catchUp(LocalDateTime now) {
    return ReportScheduler.catchUp(
        transactional(at(now)), new ReportCalendar(CAL, 7), now, 3, "nodo-1");
  }

  private static long count(String sql) {
    return read(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  @Test
  void beforeTheHourOfTheFirstBusinessDayNothingIsDue() {
    // Q2 ends Tuesday 2026-06-30; Wednesday 2026-07-01 is a business day; the hour is 7.
    assertEquals(LocalDateTime.of(2026, 7, 1, 7, 0), new ReportCalendar(CAL, 7).dueAt(Q2));
    catchUp(LocalDateTime.of(2026, 7, 1, 6, 59));
    assertEquals(0, count("SELECT COUNT(*) FROM report_run WHERE period_code = '2026-T2'"));
  }

  @Test
  void aRestartAfterTheBoundaryCatchesUpOnceAndASecondRestartSendsNothing() {
    // when: the application starts after the quarter's boundary, then again
    int first = catchUp(LocalDateTime.of(2026, 7, 2, 9, 0));
    int second = catchUp(LocalDateTime.of(2026, 7, 2, 9, 30));

    // then: the months of the look-back (April to June), T2 and S1, once; only T2 and S1 mailed
    assertEquals(5, first);
    assertEquals(0, second);
    assertEquals(5, count("SELECT COUNT(*) FROM report_run"));
    assertEquals(5, count("SELECT COUNT(*) FROM report_ledger WHERE run_id IS NOT NULL"));
    assertEquals(2, count("SELECT COUNT(*) FROM outbox_message"));
    assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE subject LIKE '%2026-T2%'"));
    assertEquals(4, count("SELECT COUNT(*) FROM outbox_attachment"));
    // the monthly snapshot is stored for each month, and downloadable as CSV
    assertEquals(
        3,
        count(
            "SELECT COUNT(DISTINCT period_code) FROM indicator_snapshot WHERE dimension = 'TOTAL'"));
    Clock clock = at(LocalDateTime.of(2026, 7, 2, 9, 0));
    String csv = read(em -> ledger(em, clock).reports.snapshotCsv("2026-04", "2026-06"));
    String[] lines = csv.split("\r\n");
    assertTrue(lines[0].startsWith("\uFEFFperiodo;dimension;item;recibidos;"), lines[0]);
    long received =
        count(
            "SELECT COUNT(*) FROM pqrs_case WHERE received_at >= '2026-05-01'"
                + " AND received_at < '2026-06-01'");
    assertTrue(
        java.util.Arrays.stream(lines)
            .anyMatch(l -> l.startsWith("2026-05;TOTAL;;" + received + ";")),
        csv);
  }

  @Test
  void theRnbdReportOfReclamosIsGeneratedOnceByTypeAndStateEvenWhenThereWereNone()
      throws Exception {
    Clock clock = at(LocalDateTime.of(2026, 8, 3, 9, 0));
    // a half-year without reclamos (before the first case): reported all the same, all zero
    ReportPeriod empty = ReportPeriod.parse(ReportKind.RNBD, "2025-S2").orElseThrow();
    assertTrue(scheduled(clock, empty, "nodo-1"));
    assertEquals(List.of(0d, 0d, 0d, 0d, 0d), rnbdColumn(empty, 4));

    // 2026-S1: two revocations in progress, a correction answered, the rest are not reclamos
    JpaTestSupport.execute(
        "UPDATE pqrs_case SET type = 'PETICION' WHERE type = 'RECLAMO_DATOS'",
        "UPDATE pqrs_case SET type = 'RECLAMO_DATOS', subject = 'Revoco la autorización de"
            + " datos', state = 'EN_TRAMITE' WHERE received_at < '2026-03-01' ORDER BY id LIMIT 2",
        "UPDATE pqrs_case SET type = 'RECLAMO_DATOS', subject = 'Corregir mi dirección', state ="
            + " 'RESPONDIDO' WHERE type <> 'RECLAMO_DATOS' AND received_at < '2026-03-01' ORDER"
            + " BY id LIMIT 1");
    ReportPeriod s1 = ReportPeriod.parse(ReportKind.RNBD, "2026-S1").orElseThrow();
    assertEquals(LocalDateTime.of(2026, 8, 3, 7, 0), new ReportCalendar(CAL, 7).dueAt(s1));
    assertTrue(scheduled(clock, s1, "nodo-1"));
    assertFalse(scheduled(clock, s1, "nodo-2"));
    assertEquals(
        1,
        count("SELECT COUNT(*) FROM report_run WHERE kind = 'RNBD' AND period_code = '2026-S1'"));
    assertEquals(0, count("SELECT COUNT(*) FROM outbox_message"), "kept, not mailed");
    RnbdReport.Counts counts =
        read(em -> RnbdReport.count(em, s1, LocalDateTime.of(2026, 8, 3, 9, 0)));
    assertEquals(3, counts.total());
    assertEquals(2, counts.cell(RnbdReport.Kind.REVOCACION, RnbdReport.Column.EN_TRAMITE));
    assertEquals(1, counts.cell(RnbdReport.Kind.RECTIFICACION, RnbdReport.Column.RESUELTO));
    assertEquals(0, counts.row(RnbdReport.Kind.SUPRESION));
    // the workbook: rows by type (revocation first), the total column
    assertEquals(List.of(2d, 0d, 1d, 0d, 0d), rnbdColumn(s1, 4));
    long pdfId =
        count(
            "SELECT pdf_content_id FROM report_run WHERE kind = 'RNBD' AND period_code ="
                + " '2026-S1'");
    byte[] pdf =
        read(
            em -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              try {
                new co.ventanilla.attachments.ContentStore(em)
                    .copy(em.find(co.ventanilla.attachments.StoredContent.class, pdfId), out);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              return out.toByteArray();
            });
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
  }

  private static boolean scheduled(Clock clock, ReportPeriod period, String node) {
    Boolean generated = inTransaction(em -> ledger(em, clock).runScheduled(period, node));
    return generated;
  }

  /** The numbers in column {@code col} of the RNBD workbook of {@code period}, rows 1 to 5. */
  private static List<Double> rnbdColumn(ReportPeriod period, int col) throws Exception {
    long id =
        count(
            "SELECT xlsx_content_id FROM report_run WHERE kind = 'RNBD' AND period_code = '"
                + period.code()
                + "'");
    byte[] xlsx =
        read(
            em -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              try {
                new co.ventanilla.attachments.ContentStore(em)
                    .copy(em.find(co.ventanilla.attachments.StoredContent.class, id), out);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              return out.toByteArray();
            });
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      List<Double> values = new java.util.ArrayList<>();
      for (int r = 1; r <= 5; r++) {
        values.add(wb.getSheetAt(0).getRow(r).getCell(col).getNumericCellValue());
      }
      return values;
    }
  }

  @Test
  void twoNodesAtTheSameMomentGenerateOneReportAndOneMail() throws Exception {
    Clock clock = at(LocalDateTime.of(2026, 7, 1, 7, 5));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> runs = new ArrayList<>();
    for (String node : List.of("nodo-a", "nodo-b")) {
      Callable<Boolean> run =
          () -> {
            go.await();
            return transactional(clock).runScheduled(Q2, node);
          };
      runs.add(pool.submit(run));
    }
    go.countDown();
    int generated = 0;
    for (Future<Boolean> f : runs) {
      generated += f.get() ? 1 : 0;
    }
    pool.shutdown();

    assertEquals(1, generated);
    assertEquals(1, count("SELECT COUNT(*) FROM report_run WHERE period_code = '2026-T2'"));
    assertEquals(1, count("SELECT COUNT(*) FROM outbox_message"));
  }

  @Test
  void theQuarterlyMailArrivesOnceWithPdfAndXlsxAfterAnSmtpOutage() throws Exception {
    LocalDateTime now = LocalDateTime.of(2026, 7, 1, 8, 0);
    assertTrue(transactional(at(now)).runScheduled(Q2, "nodo-1"));

    // SMTP down: nothing is lost
    assertEquals(0, sender(SMTP.getSmtp().getPort() + 1, now).deliver());
    assertEquals(0, SMTP.getReceivedMessages().length);
    // SMTP back, after the back-off
    assertEquals(1, sender(SMTP.getSmtp().getPort(), now.plusMinutes(5)).deliver());
    assertEquals(0, sender(SMTP.getSmtp().getPort(), now.plusMinutes(10)).deliver());

    MimeMessage[] mails = SMTP.getReceivedMessages();
    assertEquals(1, mails.length);
    assertEquals(TO, mails[0].getAllRecipients()[0].toString());
    assertTrue(mails[0].getSubject().contains("2026-T2"), mails[0].getSubject());
    Multipart parts = (Multipart) mails[0].getContent();
    assertEquals(3, parts.getCount());
    List<String> names = new ArrayList<>();
    for (int i = 1; i < parts.getCount(); i++) {
      assertEquals(Part.ATTACHMENT, parts.getBodyPart(i).getDisposition());
      names.add(parts.getBodyPart(i).getFileName());
    }
    assertEquals(
        List.of("informe-trimestral-2026-T2.pdf", "informe-trimestral-2026-T2.xlsx"), names);
    byte[] pdf = parts.getBodyPart(1).getInputStream().readAllBytes();
    assertArrayEquals("%PDF".getBytes(), java.util.Arrays.copyOf(pdf, 4));
  }

  @Test
  void theOverdueListIsTheMostOverdueOpenCasesAtThePeriodsEndAsOneSqlConditionReadsThem() {
    LocalDateTime now = LocalDateTime.of(2026, 9, 1, 8, 0);
    // the Q1 list at its end, when much of it was still open; the cases answered or closed after
    // the end are in it (the three parts the service reads)
    ReportPeriod q1 = ReportPeriod.quarter(2026, 1);
    List<String> listed =
        inTransaction(em -> service(em, at(now), List.of()).content(q1, now)).overdue().stream()
            .map(ReportContent.OverdueCase::radicado)
            .toList();
    @SuppressWarnings("unchecked")
    List<String> expected =
        read(
            em ->
                em.createNativeQuery(
                        "SELECT c.radicado FROM pqrs_case c WHERE c.received_at < '2026-04-01'"
                            + " AND (c.answered_at IS NULL OR c.answered_at >= '2026-04-01')"
                            + " AND (c.closed_at IS NULL OR c.closed_at >= '2026-04-01')"
                            + " AND c.due_date < '2026-03-31' AND c.awaiting_information = FALSE"
                            + " ORDER BY c.due_date, c.id LIMIT "
                            + ReportService.OVERDUE_LISTED)
                    .getResultList());
    assertTrue(expected.size() > 10, "the generated data has overdue cases: " + expected.size());
    assertEquals(expected, listed);
  }

  @Test
  void theAdministratorsRecipientsReplaceTheConfiguredOnesUntilResetAndBadValuesSaveNothing() {
    LocalDateTime now = LocalDateTime.of(2026, 7, 1, 8, 0);
    ReportSettings settings = ReportSettings.of(List.of(TO), 7, 3);
    try {
      ReportSchedule saved =
          inTransaction(
              em ->
                  new ReportScheduleService(em, settings, at(now))
                      .save(
                          List.of(" junta@empresa.example", "JUNTA@empresa.example", ""),
                          9,
                          24,
                          "admin"));
      assertEquals(List.of("junta@empresa.example"), saved.recipients());
      ReportSchedule read = read(em -> new ReportScheduleService(em, settings, at(now)).current());
      assertEquals(List.of("junta@empresa.example"), read.recipients());
      assertEquals(9, read.hour());
      assertEquals(24, read.lookbackMonths());
      assertEquals("admin", read.changedBy());
      assertEquals(now, read.changedAt());

      assertTrue(transactional(at(now)).runScheduled(Q2, "nodo-1"));
      assertEquals(
          List.of("junta@empresa.example"),
          read(
              em ->
                  em.createNativeQuery("SELECT recipient FROM outbox_message ORDER BY id")
                      .getResultList()));

      ReportScheduleInvalid address =
          assertThrows(
              ReportScheduleInvalid.class,
              () ->
                  inTransaction(
                      em ->
                          new ReportScheduleService(em, settings, at(now))
                              .save(List.of("junta@empresa"), 9, 24, "admin")));
      assertEquals("destinatarios", address.field());
      assertEquals("junta@empresa", address.value());
      ReportScheduleInvalid hour =
          assertThrows(
              ReportScheduleInvalid.class,
              () ->
                  inTransaction(
                      em ->
                          new ReportScheduleService(em, settings, at(now))
                              .save(List.of(), 24, 24, "admin")));
      assertEquals("hora", hour.field());
      assertEquals(
          9, read(em -> new ReportScheduleService(em, settings, at(now)).current()).hour());

      ReportSchedule back =
          inTransaction(em -> new ReportScheduleService(em, settings, at(now)).reset("admin"));
      assertTrue(back.fromConfiguration());
      assertEquals(List.of(TO), back.recipients());
      assertEquals(
          List.of(TO),
          read(em -> new ReportService(em, null, at(now), settings, List.of()).recipients()));
    } finally {
      inTransaction(em -> em.createNativeQuery("DELETE FROM report_schedule").executeUpdate());
    }
  }

  @Test
  void theWorkbookHoldsTheServicesFiguresAndTheCasesOfThePeriod() throws Exception {
    Clock clock = at(LocalDateTime.of(2026, 7, 20, 10, 0));
    ReportService.casePage = 37; // the case list read in many pages
    ReportRun run;
    try {
      run =
          inTransaction(
              em -> {
                ReportLedger l = ledger(em, clock, List.of(INVESTIGATIONS));
                return l.reports.generate(Q2, false, "gerente");
              });
    } finally {
      ReportService.casePage = 5000;
    }
    Indicators ind =
        inTransaction(
            em ->
                new IndicatorService(em, new TermPolicy(TermPresets.LEY_1755, CAL), clock)
                    .indicators(Q2));
    byte[] xlsx = file(clock, run.id(), false);
    byte[] pdf = file(clock, run.id(), true);
    Path out = Path.of("target", "informe-trimestral-2026-T2.pdf");
    Files.write(out, pdf);
    assertEquals(0, count("SELECT COUNT(*) FROM outbox_message"), "on demand: not mailed");

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sum = wb.getSheet(ReportWorkbook.SUMMARY);
      assertRow(sum.getRow(3), ReportWorkbook.figureRow("2026-T2", ind.total()));
      assertRow(sum.getRow(4), ReportWorkbook.figureRow("2026-T1", ind.previousTotal()));
      Sheet byType = wb.getSheet("Por tipo");
      int r = 1;
      for (IndicatorRow row : ind.by(Dimension.TYPE)) {
        assertEquals(row.key(), byType.getRow(r).getCell(1).getStringCellValue());
        assertEquals(
            row.current().received(), (long) byType.getRow(r).getCell(3).getNumericCellValue());
        r += 2;
      }
      Sheet section = wb.getSheet("Investigaciones");
      assertEquals("Cerradas", section.getRow(2).getCell(0).getStringCellValue());
      assertEquals(9, section.getRow(2).getCell(1).getNumericCellValue());
      Sheet cases = wb.getSheet(ReportWorkbook.CASES);
      assertEquals(ind.total().received(), cases.getLastRowNum(), "one row per case received");
      java.util.Set<String> radicados = new java.util.HashSet<>();
      for (int i = 1; i <= cases.getLastRowNum(); i++) {
        radicados.add(cases.getRow(i).getCell(0).getStringCellValue());
      }
      assertEquals(ind.total().received(), radicados.size(), "each case once");
    }
  }

  private static void assertRow(Row row, Object[] expected) {
    for (int i = 0; i < expected.length; i++) {
      Object e = expected[i];
      if (e == null) {
        assertTrue(row.getCell(i) == null, "cell " + i + " empty");
      } else if (e instanceof Number n) {
        assertEquals(n.doubleValue(), row.getCell(i).getNumericCellValue(), 1e-9, "cell " + i);
      } else {
        assertEquals(e.toString(), row.getCell(i).getStringCellValue(), "cell " + i);
      }
    }
  }

  private static byte[] file(Clock clock, long id, boolean pdf) {
    return inTransaction(
        em -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try {
            assertTrue(ledger(em, clock).reports.copy(id, pdf, out));
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
          return out.toByteArray();
        });
  }

  private static OutboxSender sender(int port, LocalDateTime now) {
    Map<String, String> settings =
        Map.of(
            "mail.smtp.host", "127.0.0.1",
            "mail.smtp.port", String.valueOf(port),
            "mail.from", "PQRS <pqrs@empresa.example>");
    return new OutboxSender(
        new OutboxDelivery() {
          @Override
          public List<Long> due(int max, LocalDateTime t) {
            return read(em -> new OutboxDelivery(em).due(max, t));
          }

          @Override
          public boolean claim(long id, LocalDateTime t, LocalDateTime until) {
            return JpaTestSupport.inTransaction(em -> new OutboxDelivery(em).claim(id, t, until));
          }

          @Override
          public co.ventanilla.cases.outbox.OutboxMessage load(long id) {
            return read(em -> new OutboxDelivery(em).load(id));
          }

          @Override
          public List<MailAttachment> attachments(long id) {
            return read(em -> new OutboxDelivery(em).attachments(id));
          }

          @Override
          public void markSent(long id, LocalDateTime at) {
            JpaTestSupport.runInTransaction(em -> new OutboxDelivery(em).markSent(id, at));
          }

          @Override
          public void markFailed(long id, String error, LocalDateTime at) {
            JpaTestSupport.runInTransaction(em -> new OutboxDelivery(em).markFailed(id, error, at));
          }
        },
        new MailSettings(new StringConfig(settings)),
        at(now));
  }

  /** MicroProfile Config over a map of strings. */
  private record StringConfig(Map<String, String> values) implements Config {
    @Override
    public <T> T getValue(String name, Class<T> type) {
      return getOptionalValue(name, type).orElseThrow();
    }

    @Override
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
      return Optional.ofNullable(values.get(name)).map(type::cast);
    }

    @Override
    public org.eclipse.microprofile.config.ConfigValue getConfigValue(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<String> getPropertyNames() {
      return values.keySet();
    }

    @Override
    public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources() {
      return List.of();
    }

    @Override
    public <T> Optional<org.eclipse.microprofile.config.spi.Converter<T>> getConverter(
        Class<T> forType) {
      return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException();
    }
  }
}
