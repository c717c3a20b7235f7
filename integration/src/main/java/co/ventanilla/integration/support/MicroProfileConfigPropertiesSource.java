package co.ventanilla.integration.support;

import org.apache.camel.spi.PropertiesSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Resolves Camel's {@code {{key}}} placeholders from MicroProfile Config, so endpoint settings
 * follow the same rules as every other setting (defaults in microprofile-config.properties,
 * environment variables override).
 */
public class MicroProfileConfigPropertiesSource implements PropertiesSource {

  private final Config config;

  public MicroProfileConfigPropertiesSource() {
    this(ConfigProvider.getConfig());
  }

  public MicroProfileConfigPropertiesSource(Config config) {
    this.config = config;
  }

  @Override
  public String getName() {
    return "microprofile-config";
  }

  @Override
  public String getProperty(String name) {
    return config.getOptionalValue(name, String.class).orElse(null);
  }
}
