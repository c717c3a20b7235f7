package co.ventanilla.platform;

import co.ventanilla.config.JndiNames;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when MariaDB answers and the schema has been migrated; shown in {@code /health/ready}. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = JndiNames.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                // versions are text ("9" > "11" as text): the highest applied one, as a number
                "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT"
                    + " NULL ORDER BY CAST(version AS DECIMAL(20,6)) DESC LIMIT 1")) {
      String version = rs.next() ? rs.getString(1) : "ninguna";
      return response
          .up()
          .withData("product", c.getMetaData().getDatabaseProductVersion())
          .withData("schemaVersion", version)
          .build();
    } catch (Exception e) {
      return response
          .down()
          .withData("error", e.getClass().getSimpleName() + ": " + e.getMessage())
          .build();
    }
  }
}
