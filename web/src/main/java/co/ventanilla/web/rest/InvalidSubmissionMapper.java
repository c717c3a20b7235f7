package co.ventanilla.web.rest;

import co.ventanilla.intake.InvalidSubmissionException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A submission the intake service refused: 400 with a message per field. */
@Provider
public class InvalidSubmissionMapper implements ExceptionMapper<InvalidSubmissionException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(InvalidSubmissionException e) {
    return ApiError.badRequest(e.problems(), ApiError.locale(headers));
  }
}
