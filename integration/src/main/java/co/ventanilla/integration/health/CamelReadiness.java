package co.ventanilla.integration.health;

import co.ventanilla.integration.CamelBootstrap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the Camel context and every route are started. */
@Readiness
@ApplicationScoped
public class CamelReadiness implements HealthCheck {

  @Inject CamelBootstrap bootstrap;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("camel");
    CamelContext camel;
    try {
      camel = bootstrap.camel();
    } catch (RuntimeException stillStarting) {
      return response.down().withData("status", "starting").build();
    }
    if (camel == null) {
      return response.down().withData("status", "not created").build();
    }
    response.withData("context", camel.getStatus().name());
    boolean allStarted = camel.getStatus().isStarted();
    for (Route route : camel.getRoutes()) {
      String status = camel.getRouteController().getRouteStatus(route.getRouteId()).name();
      response.withData("route." + route.getRouteId(), status);
      allStarted &= "Started".equals(status);
    }
    return response.status(allStarted).build();
  }
}
