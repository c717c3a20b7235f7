package co.ventanilla.web.rest;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.access.CaseAccessDenied;
import co.ventanilla.staff.NotAuthenticated;
import co.ventanilla.staff.RoleRequired;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The staff API's answers to refusals, with the reason in Spanish (English on request): {@code 403}
 * for a case the caller may not see or act on, {@code 401} without a login, {@code 404} for an
 * unknown case, {@code 409} for an action the case's rules refuse.
 */
public final class AccessMappers {

  private AccessMappers() {}

  @Provider
  public static class Denied implements ExceptionMapper<CaseAccessDenied> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(CaseAccessDenied e) {
      return ApiError.message(Response.Status.FORBIDDEN, e.message(ApiError.locale(headers)));
    }
  }

  @Provider
  public static class RoleMissing implements ExceptionMapper<RoleRequired> {
    @Override
    public Response toResponse(RoleRequired e) {
      return ApiError.message(Response.Status.FORBIDDEN, e.getMessage());
    }
  }

  @Provider
  public static class Unauthenticated implements ExceptionMapper<NotAuthenticated> {
    @Override
    public Response toResponse(NotAuthenticated e) {
      return ApiError.message(Response.Status.UNAUTHORIZED, e.getMessage());
    }
  }

  @Provider
  public static class RuleViolation implements ExceptionMapper<CaseRuleViolation> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(CaseRuleViolation e) {
      Response.Status status =
          e.key().endsWith("not_found") ? Response.Status.NOT_FOUND : Response.Status.CONFLICT;
      return ApiError.message(status, e.message(ApiError.locale(headers)));
    }
  }
}
