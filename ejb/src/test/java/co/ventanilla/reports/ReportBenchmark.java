package co.ventanilla.reports;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.terms.TermPolicy;
import co.ventanilla.terms.TermPresets;
import co.ventanilla.testing.JpaTestSupport;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;

/**
 * Benchmark harness, not a test ({@code mvn verify} never runs it): the quarterly and semiannual
 * reports over N generated cases (default 1,000,000), timed and with the heap they needed. The
 * issue's requirement: a quarterly report over a million cases in under 15 s with flat memory.
 *
 * <ol>
 *   <li>A fresh schema {@code vt_bench_...} (Flyway: the application's schema); N cases over the
 *       three years before today, numbered in order of receipt as the application files them from
 *       {@link GeneratedCases} (terms of 10–30 business days on the Colombian calendar,
 *       suspensions, ampliaciones, answers, improcedentes, traslados, ratings), written by JDBC in
 *       chunks of 50,000 so the generator's memory stays flat. The FULLTEXT indexes of the subject
 *       (V10, for the inbox's word search; no report reads them) are dropped; the B-tree secondary
 *       indexes are dropped before the load and built again after it in one ALTER (as
 *       InboxBenchmark does), so the reports run on the migrations' indexes.
 *   <li>{@code ANALYZE TABLE}, then for the last finished quarter and semester: the indicators
 *       alone ({@link IndicatorService#indicators}, twice: cold and warm) and the whole report
 *       ({@link ReportService#build}: indicators, months, overdue list, PDF with charts, XLSX with
 *       the case list, stored), each in its own transaction.
 *   <li>Prints wall time, the heap used after each step (after a GC) and the peak heap of the step
 *       (the JVM's memory pools' peak usage, reset before it).
 * </ol>
 *
 * <p>Run it like {@code InboxBenchmark} (build the test class path first), with a capped heap to
 * show that memory stays flat:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -pl ejb -am -Dspotless.check.skip=true \
 *     -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * DB_URL=jdbc:mariadb://127.0.0.1:3306/ DB_USER=root DB_PASSWORD= java -Xmx512m \
 *     -cp ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/test.classpath) \
 *     co.ventanilla.reports.ReportBenchmark 1000000
 * </pre>
 *
 * {@code KEEP_TEST_DB=true} keeps the schema; {@code DB_NAME=vt_bench_...} measures again on it
 * without generating.
 */
public final class ReportBenchmark {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final int CHUNK = 50_000;

  private ReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    if (System.getProperty("db.namePrefix") == null && System.getenv("DB_NAME_PREFIX") == null) {
      System.setProperty("db.namePrefix", "vt_bench_");
    }
    boolean reuse = System.getProperty("db.name") != null || System.getenv("DB_NAME") != null;
    LocalDate today = LocalDate.now(BOGOTA);
    BusinessCalendar cal = BusinessCalendar.colombia();
    JpaTestSupport.entityManagerFactory(); // migrates
    DataSource ds = JpaTestSupport.dataSource();
    System.out.printf(
        "Machine: %d cores, Java %s, heap max %d MiB, load %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20,
        load());
    if (!reuse) {
      JpaTestSupport.execute(
          "ALTER TABLE pqrs_case DROP INDEX ft_pqrs_case_subject, DROP INDEX ft_pqrs_case_text");
      List<String[]> dropped = dropSecondaryIndexes(ds);
      GeneratedCases.insertAreas(ds);
      long t0 = System.nanoTime();
      LocalDate first = today.minusYears(3);
      long days = today.toEpochDay() - first.toEpochDay();
      int chunks = (n + CHUNK - 1) / CHUNK;
      for (int done = 0, k = 0; done < n; done += CHUNK, k++) {
        int size = Math.min(CHUNK, n - done);
        // Cases are filed in order of receipt, so ids follow received_at (as radicados do): each
        // chunk is a slice of the three years, sorted by reception and numbered in that order.
        LocalDate from = first.plusDays(days * k / chunks);
        LocalDate to = first.plusDays(days * (k + 1) / chunks);
        List<GeneratedCases.Gen> chunk =
            new java.util.ArrayList<>(GeneratedCases.generate(1000 + done, size, 0, from, to, cal));
        chunk.sort(java.util.Comparator.comparing(GeneratedCases.Gen::receivedAt));
        List<GeneratedCases.Gen> numbered = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          numbered.add(chunk.get(i).withId(done + i + 1L));
        }
        GeneratedCases.insert(ds, numbered);
        if ((done / CHUNK) % 4 == 3) {
          System.out.printf("  %,d cases loaded (%.0f s)%n", done + size, secs(t0));
        }
      }
      System.out.printf("Loaded %,d cases in %.1f s%n", n, secs(t0));
      long t1 = System.nanoTime();
      List<String> adds = new java.util.ArrayList<>();
      for (String[] ix : dropped) {
        adds.add("ADD INDEX " + ix[0] + " (" + ix[1] + ")");
      }
      JpaTestSupport.execute("ALTER TABLE pqrs_case " + String.join(", ", adds));
      System.out.printf("Rebuilt %d B-tree indexes in %.1f s%n", adds.size(), secs(t1));
      JpaTestSupport.execute("ANALYZE TABLE pqrs_case");
    }
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*), DATABASE() FROM pqrs_case")) {
      rs.next();
      System.out.printf("Schema %s: %,d cases%n", rs.getString(2), rs.getLong(1));
    }

    Clock clock = Clock.system(BOGOTA);
    TermPolicy terms = new TermPolicy(TermPresets.LEY_1755, cal);
    ReportSettings settings = ReportSettings.of(List.of("gerencia@empresa.example"), 7, 12);
    for (ReportKind kind : List.of(ReportKind.TRIMESTRAL, ReportKind.SEMESTRAL)) {
      ReportPeriod period = ReportPeriod.containing(kind, today).previous();
      for (String pass : List.of("cold", "warm")) {
        step(
            "indicators " + period.code() + " (" + pass + ")",
            () ->
                JpaTestSupport.inTransaction(
                    em -> new IndicatorService(em, terms, clock).indicators(period)));
      }
      if (Boolean.getBoolean("bench.parts")) {
        ReportContent[] content = new ReportContent[1];
        step(
            "  parts: indicators, months, overdue list",
            () ->
                content[0] =
                    JpaTestSupport.inTransaction(
                        em ->
                            new ReportService(
                                    em,
                                    new IndicatorService(em, terms, clock),
                                    clock,
                                    settings,
                                    List.of())
                                .content(period, java.time.LocalDateTime.now(clock))));
        step(
            "  parts: PDF",
            () -> {
              ReportPdf.write(content[0], "Informe", java.io.OutputStream.nullOutputStream());
              return null;
            });
      }
      Object[] sizes = new Object[1];
      step(
          "whole report " + period.code() + " (PDF + XLSX, stored)",
          () ->
              JpaTestSupport.inTransaction(
                  em -> {
                    IndicatorService ind = new IndicatorService(em, terms, clock);
                    ReportRun run =
                        new ReportService(em, ind, clock, settings, List.of())
                            .build(period, false, "benchmark", false);
                    sizes[0] = run.id();
                    return run;
                  }));
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT p.size_bytes, x.size_bytes, r.generation_ms FROM report_run r"
                      + " JOIN stored_content p ON p.id = r.pdf_content_id"
                      + " JOIN stored_content x ON x.id = r.xlsx_content_id WHERE r.id = "
                      + sizes[0])) {
        rs.next();
        System.out.printf(
            "  PDF %,d KiB, XLSX %,d KiB, generation_ms %,d%n",
            rs.getLong(1) >> 10, rs.getLong(2) >> 10, rs.getLong(3));
      }
    }
    System.out.println("Load average after: " + load());
    System.exit(0);
  }

  /**
   * Drops the B-tree secondary indexes of pqrs_case but the one the area foreign key needs (loading
   * into them is slower than building them afterwards); returns {name, columns} of each.
   */
  private static List<String[]> dropSecondaryIndexes(DataSource ds) throws Exception {
    List<String[]> dropped = new java.util.ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT index_name, GROUP_CONCAT(column_name ORDER BY seq_in_index SEPARATOR ', ')"
                  + " FROM information_schema.statistics"
                  + " WHERE table_schema = DATABASE() AND table_name = 'pqrs_case'"
                  + " AND non_unique = 1 AND index_type = 'BTREE'"
                  + " AND index_name <> 'ix_pqrs_case_area_state'"
                  // an index a foreign key needs cannot be dropped (the cause's, V16)
                  + " AND index_name NOT IN (SELECT st.index_name FROM information_schema.statistics"
                  + " st JOIN information_schema.key_column_usage k ON k.table_schema ="
                  + " st.table_schema AND k.table_name = st.table_name AND k.column_name ="
                  + " st.column_name AND k.referenced_table_name IS NOT NULL WHERE"
                  + " st.table_schema = DATABASE() AND st.table_name = 'pqrs_case' AND"
                  + " st.seq_in_index = 1)"
                  + " GROUP BY index_name ORDER BY index_name")) {
        while (rs.next()) {
          dropped.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      List<String> drops = new java.util.ArrayList<>();
      for (String[] ix : dropped) {
        drops.add("DROP INDEX " + ix[0]);
      }
      s.execute("ALTER TABLE pqrs_case " + String.join(", ", drops));
    }
    return dropped;
  }

  interface Step {
    Object run() throws Exception;
  }

  private static void step(String label, Step step) throws Exception {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long before = used();
    long t0 = System.nanoTime();
    step.run();
    double s = secs(t0);
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.gc();
    System.out.printf(
        "%-48s %7.2f s   heap before %4d MiB, peak %4d MiB, after GC %4d MiB%n",
        label, s, before >> 20, peak >> 20, used() >> 20);
  }

  private static long used() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (Exception e) {
      return "unknown";
    }
  }
}
