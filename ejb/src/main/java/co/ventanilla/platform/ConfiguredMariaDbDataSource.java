package co.ventanilla.platform;

import co.ventanilla.config.ConfigKeys;
import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The MariaDB data source, configured from MicroProfile Config ({@code db.url}, {@code db.user},
 * {@code db.password}; environment variables {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}
 * override them).
 *
 * <p>It reads its settings itself instead of taking them as {@code ${MPCONFIG=...}} attributes of
 * the data source definition because MicroProfile Config treats an empty value as missing: an empty
 * {@code DB_PASSWORD} (a local root account) would reach the server as the literal placeholder text
 * and be refused.
 */
public class ConfiguredMariaDbDataSource extends MariaDbDataSource {

  public ConfiguredMariaDbDataSource() throws SQLException {
    Config config = ConfigProvider.getConfig(ConfiguredMariaDbDataSource.class.getClassLoader());
    setUrl(config.getValue(ConfigKeys.DB_URL, String.class));
    setUser(config.getOptionalValue(ConfigKeys.DB_USER, String.class).orElse(""));
    setPassword(config.getOptionalValue(ConfigKeys.DB_PASSWORD, String.class).orElse(""));
  }
}
