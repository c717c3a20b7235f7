package co.ventanilla.platform;

import co.ventanilla.config.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's clock, in Colombian time: reception times and terms are counted in
 * America/Bogota whatever the server's own zone is.
 */
@ApplicationScoped
public class Clocks {

  @Inject
  @ConfigProperty(name = ConfigKeys.TIME_ZONE, defaultValue = "America/Bogota")
  String zone;

  @Produces
  Clock clock() {
    return Clock.system(ZoneId.of(zone));
  }
}
