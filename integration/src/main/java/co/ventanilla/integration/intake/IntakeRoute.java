package co.ventanilla.integration.intake;

import co.ventanilla.intake.IntakeService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code direct:intake}: receives a {@link co.ventanilla.intake.Submission} from any channel and
 * hands it to the intake service, which answers with an {@link co.ventanilla.intake.IntakeReceipt}.
 * Synchronous callers get the service's exception back unchanged (e.g. the problems of an invalid
 * submission).
 */
@Dependent
public class IntakeRoute extends RouteBuilder {

  /** Endpoint every channel sends its submissions to. */
  public static final String URI = "direct:intake";

  @EJB IntakeService intakeService;

  public IntakeRoute() {}

  /** For tests: the route around a given service. */
  public IntakeRoute(IntakeService intakeService) {
    this.intakeService = intakeService;
  }

  @Override
  public void configure() {
    from(URI).routeId("intake").bean(intakeService, "register").id("register-submission");
  }
}
