package co.ventanilla.integration.intake;

import org.apache.camel.builder.RouteBuilder;

/**
 * {@code direct:intake}: receives a {@link co.ventanilla.intake.Submission} from any channel and
 * hands it to the intake service, which answers with an {@link co.ventanilla.intake.IntakeReceipt}.
 * Synchronous callers get the service's exception back unchanged (e.g. the problems of an invalid
 * submission).
 */
public class IntakeRoute extends RouteBuilder {

  /** Endpoint every channel sends its submissions to. */
  public static final String URI = "direct:intake";

  /** Registry name of the ejb intake service. */
  public static final String INTAKE_SERVICE = "intakeService";

  @Override
  public void configure() {
    from(URI).routeId("intake").bean(INTAKE_SERVICE, "register").id("register-submission");
  }
}
