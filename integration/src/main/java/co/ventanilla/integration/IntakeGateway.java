package co.ventanilla.integration;

import co.ventanilla.intake.IntakeReceipt;
import co.ventanilla.intake.Submission;
import co.ventanilla.integration.intake.IntakeRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.CamelExecutionException;

/**
 * How synchronous channels (JSON API, web form, staff screens) file a submission: through the
 * intake route, like every other channel, waiting for the receipt.
 */
@ApplicationScoped
public class IntakeGateway {

  @Inject CamelBootstrap camel;

  /**
   * Files the submission and returns its receipt.
   *
   * @throws co.ventanilla.intake.InvalidSubmissionException when it cannot be filed
   */
  public IntakeReceipt submit(Submission submission) {
    try {
      return camel.producer().requestBody(IntakeRoute.URI, submission, IntakeReceipt.class);
    } catch (CamelExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
