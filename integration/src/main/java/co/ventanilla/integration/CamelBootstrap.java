package co.ventanilla.integration;

import co.ventanilla.integration.support.MicroProfileConfigPropertiesSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Starts the application's one CamelContext when the application starts and stops it when it stops
 * (there is no camel-cdi since Camel 4). The ejb services the routes call are bound into Camel's
 * registry as their container proxies, so every call runs in its own transaction.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CamelBootstrap {

  private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());

  /** Every channel's routes: each RouteBuilder is a CDI bean, found here without a list. */
  @Inject @Any Instance<RoutesBuilder> routes;

  private CamelContext camel;
  private ProducerTemplate producer;

  @PostConstruct
  void start() {
    camel = new DefaultCamelContext();
    camel.getCamelContextExtension().setName("ventanilla");
    camel.getPropertiesComponent().addPropertiesSource(new MicroProfileConfigPropertiesSource());
    try {
      for (RoutesBuilder builder : routes) {
        camel.addRoutes(builder);
      }
      camel.start();
    } catch (Exception e) {
      throw new IllegalStateException("Camel could not start", e);
    }
    producer = camel.createProducerTemplate();
    LOG.info(
        () ->
            "Camel context started with routes: "
                + camel.getRoutes().stream()
                    .map(r -> r.getRouteId())
                    .collect(Collectors.joining(", ")));
  }

  @PreDestroy
  void stop() {
    try {
      producer.close();
      camel.close();
      LOG.info("Camel context stopped");
    } catch (Exception e) {
      LOG.warning("Camel context did not stop cleanly: " + e);
    }
  }

  public CamelContext camel() {
    return camel;
  }

  public ProducerTemplate producer() {
    return producer;
  }
}
