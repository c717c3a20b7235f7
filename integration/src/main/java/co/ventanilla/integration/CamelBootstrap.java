package co.ventanilla.integration;

import co.ventanilla.intake.IntakeService;
import co.ventanilla.integration.intake.IntakeRoute;
import co.ventanilla.integration.support.MicroProfileConfigPropertiesSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
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

  @EJB IntakeService intakeService;

  private CamelContext camel;
  private ProducerTemplate producer;

  @PostConstruct
  void start() {
    camel = new DefaultCamelContext();
    camel.getCamelContextExtension().setName("ventanilla");
    camel.getPropertiesComponent().addPropertiesSource(new MicroProfileConfigPropertiesSource());
    camel.getRegistry().bind(IntakeRoute.INTAKE_SERVICE, intakeService);
    try {
      for (RoutesBuilder routes : routes()) {
        camel.addRoutes(routes);
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

  /** Every channel's routes. */
  static List<RoutesBuilder> routes() {
    return List.of(new IntakeRoute());
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
