package co.ventanilla.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Fault injection (Maven profile {@code faults}, not part of {@code mvn verify}): the product on
 * Payara Micro and MariaDB under 32 concurrent connections of {@code POST /api/pqrs}, killed with
 * {@code SIGKILL} ({@code kill -9}) mid-load and started again. Every {@code 201} answered must be
 * a stored case with that radicado, and no case is stored without one. Writes its row into {@code
 * docs/reliability.md}. Needs {@code DB_URL} (a MariaDB server) and the built WAR.
 */
class ApiKillFault {

  private static final int CONNECTIONS = 32;
  private static final int KILL_AFTER = Integer.getInteger("faults.api.kill-after", 400);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void killMinus9Under32ConnectionsOfApiLoadEvery201IsAStoredCase() throws Exception {
    String server = System.getenv("DB_URL");
    Assumptions.assumeTrue(server != null && !server.isBlank(), "DB_URL names a MariaDB server");
    Path base = Path.of(System.getProperty("basedir", "."));
    Path war = base.resolve("target/ROOT.war");
    Path micro = Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"));
    assertTrue(Files.exists(war) && Files.exists(micro), war + " and " + micro);
    String user = System.getenv().getOrDefault("DB_USER", "root");
    String password = System.getenv().getOrDefault("DB_PASSWORD", "");
    String schema =
        "vt_fault_"
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
    Path home = Files.createTempDirectory("payara-fault-");
    Map<String, String> env =
        Map.of(
            "DB_URL", server + schema,
            "DB_USER", user,
            "DB_PASSWORD", password,
            "VENTANILLA_ADMIN_PASSWORD", adminPassword);
    Process payara = start(micro, war, port, home, env);
    try {
      awaitReady(port, payara);
      String key = apiKey(port, adminPassword);

      // when: 32 connections file PQRS; the server is killed once KILL_AFTER were answered
      Set<String> answered = ConcurrentHashMap.newKeySet();
      AtomicInteger failures = new AtomicInteger();
      AtomicBoolean stop = new AtomicBoolean();
      Process killed = payara;
      ExecutorService load = Executors.newFixedThreadPool(CONNECTIONS);
      long loadStarted = System.nanoTime();
      for (int i = 0; i < CONNECTIONS; i++) {
        int connection = i;
        load.submit(
            () -> {
              int n = 0;
              while (!stop.get()) {
                try {
                  HttpResponse<String> r = file(port, key, connection, n++);
                  if (r.statusCode() == 201) {
                    answered.add(json(r.body()).getString("radicado"));
                  } else {
                    failures.incrementAndGet();
                  }
                } catch (IOException | InterruptedException e) {
                  failures.incrementAndGet();
                  if (!killed.isAlive()) {
                    return null;
                  }
                }
              }
              return null;
            });
      }
      while (answered.size() < KILL_AFTER && System.nanoTime() - loadStarted < 120e9) {
        Thread.sleep(20); // polling the counter the load threads write; no event to await
      }
      double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
      int answeredAtKill = answered.size();
      payara.destroyForcibly(); // SIGKILL
      payara.waitFor();
      stop.set(true);
      load.shutdown();
      assertTrue(load.awaitTermination(60, TimeUnit.SECONDS), "load threads stop");
      Set<String> answeredTotal = new HashSet<>(answered);

      // and started again
      payara = start(micro, war, port, home, env);
      awaitReady(port, payara);

      // then
      Set<String> stored = new HashSet<>();
      long withoutRadicado;
      try (Connection c = DriverManager.getConnection(server + schema, user, password);
          Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("SELECT radicado FROM pqrs_case")) {
          while (rs.next()) {
            stored.add(rs.getString(1));
          }
        }
        try (ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM pqrs_case WHERE radicado IS NULL OR radicado = ''")) {
          rs.next();
          withoutRadicado = rs.getLong(1);
        }
      }
      Set<String> lost = new HashSet<>(answeredTotal);
      lost.removeAll(stored);
      record(
          answeredTotal.size(),
          answeredAtKill,
          answeredAtKill / loadSeconds,
          stored.size(),
          lost.size(),
          withoutRadicado,
          failures.get());
      assertEquals(Set.of(), lost, "every 201 is a stored case");
      assertEquals(0, withoutRadicado, "no case without a radicado");
      assertTrue(answeredTotal.size() >= KILL_AFTER / 2, "the load ran: " + answeredTotal.size());
    } finally {
      payara.destroyForcibly();
      payara.waitFor();
      try (Connection c = DriverManager.getConnection(server, user, password);
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
      }
    }
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
    assertEquals(201, r.statusCode(), r.body());
    return json(r.body()).getString("clave");
  }

  private HttpResponse<String> file(int port, String key, int connection, int n)
      throws IOException, InterruptedException {
    String body =
        "{\"tipo\":\"peticion\",\"nombres\":\"Carga "
            + connection
            + "\",\"correo\":\"carga"
            + connection
            + "@example.com\",\"asunto\":\"Peticion "
            + connection
            + "-"
            + n
            + "\",\"descripcion\":\"Prueba de carga con falla.\"}";
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/pqrs"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void record(
      int answered,
      int answeredAtKill,
      double perSecond,
      int stored,
      int lost,
      long withoutRadicado,
      int failed)
      throws IOException {
    String row =
        String.format(
            Locale.ROOT,
            "| kill -9 of Payara Micro under 32 connections of POST /api/pqrs, restart | %d (%d at"
                + " the kill signal, %.0f/s) | %d | %d | %d | %d | %s |",
            answered,
            answeredAtKill,
            perSecond,
            stored,
            lost,
            withoutRadicado,
            failed,
            java.time.LocalDate.now());
    System.out.println(row);
    Path doc = Path.of(System.getProperty("basedir", "."), "..", "docs", "reliability.md");
    if (!Files.exists(doc)) {
      return;
    }
    String text = Files.readString(doc);
    String begin = "<!-- faults:api-kill -->";
    int at = text.indexOf(begin);
    if (at < 0) {
      return;
    }
    int end = text.indexOf('\n', at + begin.length() + 1);
    Files.writeString(
        doc, text.substring(0, at + begin.length()) + "\n" + row + text.substring(end));
  }
}
