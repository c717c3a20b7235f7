package co.ventanilla.platform;

import co.ventanilla.config.JndiNames;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Declares the application's MariaDB data source ({@link ConfiguredMariaDbDataSource}, set from
 * MicroProfile Config) and brings its schema up to date with Flyway at start-up, before anything
 * uses JPA. The schema is only ever changed by the versioned scripts in {@code db/migration};
 * EclipseLink generates no DDL.
 */
@DataSourceDefinition(
    name = JndiNames.DATA_SOURCE,
    className = "co.ventanilla.platform.ConfiguredMariaDbDataSource",
    minPoolSize = 2,
    maxPoolSize = 40)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = JndiNames.DATA_SOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrateAtStartup() {
    MigrateResult result = migrate(dataSource, getClass().getClassLoader());
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** Applies the pending migrations to {@code dataSource}; also used by tests and tools. */
  public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
    return Flyway.configure(classLoader)
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }
}
