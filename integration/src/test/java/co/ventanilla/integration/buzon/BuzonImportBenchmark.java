package co.ventanilla.integration.buzon;

import co.ventanilla.imports.StandaloneBuzonImports;
import co.ventanilla.testing.JpaTestSupport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark harness, not a test: generates a suggestion-box file of N rows (default 100,000; one
 * row in a hundred invalid), imports it with the real importer and ejb services against MariaDB
 * (the server of {@code DB_URL}, a fresh schema, as the ITs do), and prints rows per second and the
 * peak of used heap, sampled every 10 ms while importing. Run it with a small heap to see the
 * memory stay flat:
 *
 * <pre>
 * cd /work/main
 * mvn -q -o -pl integration test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * DB_URL=jdbc:mariadb://127.0.0.1:3306/ DB_USER=root DB_PASSWORD= java -Xmx256m \
 *     -cp integration/target/test-classes:integration/target/classes:$(cat integration/target/test.classpath) \
 *     co.ventanilla.integration.buzon.BuzonImportBenchmark 100000
 * </pre>
 */
public final class BuzonImportBenchmark {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String[] TYPES = {"P", "Q", "R", "S", "F", "Queja", "Sugerencia"};
  private static final String[] NAMES = {"María Peña", "José Núñez", "Ñusta Gómez", "Luis Pérez"};

  private BuzonImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Clock clock = Clock.system(BOGOTA);
    Path file = Files.createTempFile("buzon-benchmark-", ".csv");
    try {
      generate(file, rows, LocalDate.now(clock));
      JpaTestSupport.entityManagerFactory(); // migrate and connect before the clock starts
      BuzonCsvImporter importer = new BuzonCsvImporter(new StandaloneBuzonImports(clock, "BM-"));

      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      System.gc();
      long before = memory.getHeapMemoryUsage().getUsed();
      AtomicLong peak = new AtomicLong(before);
      Thread sampler =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(10);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      sampler.setDaemon(true);
      sampler.start();

      long start = System.nanoTime();
      BuzonImportResult result =
          JpaTestSupport.quietly(
              () ->
                  importer.importFile(
                      file,
                      new BuzonUpload(file.getFileName().toString(), "benchmark", null, null)));
      double seconds = (System.nanoTime() - start) / 1e9;
      sampler.interrupt();
      sampler.join();
      System.gc();
      long after = memory.getHeapMemoryUsage().getUsed();

      System.out.printf(
          "Rows: %,d in %.1f s = %,.0f rows/s (created %,d, rejected %,d, duplicates %,d)%n",
          rows,
          seconds,
          rows / seconds,
          result.summary().created(),
          result.summary().rejected(),
          result.summary().duplicates());
      System.out.printf(
          "File: %,d bytes. Heap: max %d MiB, used before %d MiB, peak while importing %d MiB,"
              + " after (GC) %d MiB%n",
          Files.size(file),
          memory.getHeapMemoryUsage().getMax() >> 20,
          before >> 20,
          peak.get() >> 20,
          after >> 20);
    } finally {
      Files.deleteIfExists(file);
    }
    System.exit(0);
  }

  /** Writes the file row by row: the benchmark holds no more of it in memory than the import. */
  private static void generate(Path file, int rows, LocalDate today) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      out.write(String.join(";", BuzonColumns.ALL));
      out.write("\r\n");
      for (int i = 1; i <= rows; i++) {
        boolean anonymous = i % 5 == 0;
        boolean invalid = i % 100 == 0; // no subject
        String name = anonymous ? "" : NAMES[i % NAMES.length];
        out.write(
            String.join(
                ";",
                "BM" + i,
                today.minusDays(i % 60).format(DATE),
                TYPES[i % TYPES.length],
                name,
                anonymous ? "" : "CC",
                anonymous ? "" : String.valueOf(10_000_000 + i),
                anonymous ? "" : "Calle " + (i % 200) + " # 10-" + (i % 90),
                anonymous ? "" : "300" + (1_000_000 + i),
                anonymous ? "" : "vecino" + i + "@example.com",
                "Sede " + (i % 7),
                invalid ? "" : "Asunto del formulario " + i,
                "\"Descripción del formulario "
                    + i
                    + ";\r\ncon una segunda línea y \"\"comillas\"\"\"",
                anonymous ? "" : "SI"));
        out.write("\r\n");
      }
    }
  }
}
