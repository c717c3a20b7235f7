package co.ventanilla.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (Maven profile {@code bench}, not part of {@code mvn verify}): {@code POST /api/pqrs}
 * at 32 concurrent connections against the built product on Payara Micro and MariaDB, and, in the
 * same run on the same server, the raw limit of the same work: single-row autocommit inserts at 32
 * connections. Prints both, their ratio and the API's latency percentiles, and writes {@code
 * docs/benchmarks/api.md}. Needs {@code DB_URL} and the built WAR.
 */
class ApiBench {

  private static final int CONNECTIONS = 32;
  private static final int REQUESTS = Integer.getInteger("bench.api.requests", 3000);
  private static final int WARM_UP = Integer.getInteger("bench.api.warm-up", 300);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void apiAt32ConnectionsAgainstRawAutocommitInserts() throws Exception {
    String server = System.getenv("DB_URL");
    Assumptions.assumeTrue(server != null && !server.isBlank(), "DB_URL names a MariaDB server");
    Path base = Path.of(System.getProperty("basedir", "."));
    Path war = base.resolve("target/ROOT.war");
    Path micro = Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"));
    String user = System.getenv().getOrDefault("DB_USER", "root");
    String password = System.getenv().getOrDefault("DB_PASSWORD", "");
    String schema =
        "vt_bench_"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
            + "_"
            + Integer.toHexString((int) (Math.random() * 0xFFFF));
    try (Connection c = DriverManager.getConnection(server, user, password);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    String adminPassword = "Adm-" + UUID.randomUUID();
    int port = freePort();
    Path home = Files.createTempDirectory("payara-bench-");
    Process payara =
        start(
            micro,
            war,
            port,
            home,
            Map.of(
                "DB_URL", server + schema,
                "DB_USER", user,
                "DB_PASSWORD", password,
                "VENTANILLA_ADMIN_PASSWORD", adminPassword));
    try {
      awaitReady(port, payara);
      String key = apiKey(port, adminPassword);
      run(port, key, WARM_UP); // JIT, pools, caches
      Result api = run(port, key, REQUESTS);
      Result raw = rawInserts(server + schema, user, password, REQUESTS);
      double ratio = api.perSecond() / raw.perSecond();
      String report = report(api, raw, ratio);
      System.out.println(report);
      Path out = base.resolve("..").resolve("docs").resolve("benchmarks").resolve("api.md");
      if (Files.isDirectory(out.getParent())) {
        Files.writeString(out, report);
      }
      assertEquals(0, api.errors(), "every request answered 201");
    } finally {
      payara.destroy();
      if (!payara.waitFor(30, TimeUnit.SECONDS)) {
        payara.destroyForcibly();
      }
      try (Connection c = DriverManager.getConnection(server, user, password);
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
      }
    }
  }

  record Result(int done, int errors, double seconds, long[] latenciesMicros) {
    double perSecond() {
      return done / seconds;
    }

    double percentileMillis(double p) {
      if (latenciesMicros.length == 0) {
        return 0;
      }
      long[] sorted = latenciesMicros.clone();
      Arrays.sort(sorted);
      int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
      return sorted[Math.max(0, i)] / 1000.0;
    }
  }

  private Result run(int port, String key, int requests) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long[] latencies = new long[requests];
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    long started = System.nanoTime();
    List<Future<?>> all = new ArrayList<>();
    for (int c = 0; c < CONNECTIONS; c++) {
      int connection = c;
      all.add(
          pool.submit(
              () -> {
                for (int n = next.getAndIncrement(); n < requests; n = next.getAndIncrement()) {
                  long t = System.nanoTime();
                  try {
                    HttpResponse<String> r = file(port, key, connection, n);
                    if (r.statusCode() != 201) {
                      errors.incrementAndGet();
                    }
                  } catch (IOException | InterruptedException e) {
                    errors.incrementAndGet();
                  }
                  latencies[n] = (System.nanoTime() - t) / 1000;
                }
                return null;
              }));
    }
    for (Future<?> f : all) {
      f.get(30, TimeUnit.MINUTES);
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(requests - errors.get(), errors.get(), seconds, latencies);
  }

  /** The raw limit: one row per statement, autocommit, 32 connections, as many rows. */
  private static Result rawInserts(String url, String user, String password, int rows)
      throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE bench_raw (id BIGINT AUTO_INCREMENT PRIMARY KEY, tipo VARCHAR(30),"
              + " nombres VARCHAR(200), correo VARCHAR(200), asunto VARCHAR(300), descripcion TEXT,"
              + " recibido DATETIME(3)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
    }
    AtomicInteger next = new AtomicInteger();
    long[] latencies = new long[rows];
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    long started = System.nanoTime();
    List<Future<?>> all = new ArrayList<>();
    for (int c = 0; c < CONNECTIONS; c++) {
      all.add(
          pool.submit(
              () -> {
                try (Connection c2 = DriverManager.getConnection(url, user, password);
                    PreparedStatement insert =
                        c2.prepareStatement(
                            "INSERT INTO bench_raw (tipo, nombres, correo, asunto, descripcion,"
                                + " recibido) VALUES (?, ?, ?, ?, ?, NOW(3))")) {
                  c2.setAutoCommit(true);
                  for (int n = next.getAndIncrement(); n < rows; n = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    insert.setString(1, "peticion");
                    insert.setString(2, "Carga " + n);
                    insert.setString(3, "carga" + n + "@example.com");
                    insert.setString(4, "Peticion " + n);
                    insert.setString(5, "Prueba de carga.");
                    insert.executeUpdate();
                    latencies[n] = (System.nanoTime() - t) / 1000;
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : all) {
      f.get(30, TimeUnit.MINUTES);
    }
    pool.shutdown();
    return new Result(rows, 0, (System.nanoTime() - started) / 1e9, latencies);
  }

  private static String report(Result api, Result raw, double ratio) {
    return String.format(
        Locale.ROOT,
        "# Benchmark: public API at 32 connections%n%nWritten by `ApiBench` (web, `mvn -Pbench"
            + " verify -pl web -am -Dit.test=ApiBench -Dtest=none"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false"
            + " -Dear.it.skip=true`, needs `DB_URL`) on %s, %d cores, Java %s, %s.%n%n| scenario |"
            + " requests | per second | p50 | p99 | errors |%n|---|---|---|---|---|---|%n| `POST"
            + " /api/pqrs` (Payara Micro, 32 connections) | %d | %.0f | %.1f ms | %.1f ms | %d |%n|"
            + " raw limit: single-row autocommit INSERT (32 JDBC connections, same server, same"
            + " run) | %d | %.0f | %.1f ms | %.1f ms | 0 |%n%n**Ratio API / raw: %.3f** (goal of"
            + " issue 17: at least 0.5, p99 under 100 ms).%n",
        LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        api.done(),
        api.perSecond(),
        api.percentileMillis(50),
        api.percentileMillis(99),
        api.errors(),
        raw.done(),
        raw.perSecond(),
        raw.percentileMillis(50),
        raw.percentileMillis(99),
        ratio);
  }

  private static Process start(Path micro, Path war, int port, Path home, Map<String, String> env)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(System.getProperty("ventanilla.heap", "-Xmx768m"));
    command.add("-jar");
    command.add(micro.toString());
    command.add("--deploy");
    command.add(war.toString());
    command.add("--port");
    command.add(String.valueOf(port));
    command.add("--nocluster");
    command.add("--rootdir");
    command.add(home.resolve("payara-micro").toString());
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    return pb.redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("payara.log").toFile()))
        .start();
  }

  private void awaitReady(int port, Process payara) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline && payara.isAlive()) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500); // polling a process that tells nothing when it is ready
    }
    throw new IllegalStateException("Payara Micro did not become ready");
  }

  private String apiKey(int port, String adminPassword) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/clientes-api"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                ("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"nombre\":\"carga\",\"alcance\":\"radicar\",\"limitePorHora\":100000}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(r.statusCode() == 201, r.body());
    return Json.createReader(new StringReader(r.body())).readObject().getString("clave");
  }

  private HttpResponse<String> file(int port, String key, int connection, int n)
      throws IOException, InterruptedException {
    String body =
        "{\"tipo\":\"peticion\",\"nombres\":\"Carga "
            + connection
            + "\",\"correo\":\"carga"
            + connection
            + "@example.com\",\"asunto\":\"Peticion "
            + n
            + "\",\"descripcion\":\"Prueba de carga.\"}";
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/pqrs"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
