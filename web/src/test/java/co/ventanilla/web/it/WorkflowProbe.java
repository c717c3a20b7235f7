package co.ventanilla.web.it;

import co.ventanilla.cases.CaseQueryService;
import co.ventanilla.cases.lifecycle.CaseWorkflowService;
import co.ventanilla.organization.AreaService;
import co.ventanilla.organization.StaffMember;
import jakarta.ejb.EJB;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Test-only door to the deployed workflow EJBs, until the intranet's case workspace exists: each
 * call is one action of {@link CaseWorkflowService} in the container's own transaction. Refused
 * actions answer 409 with the rule's Spanish message. Never in the product.
 */
@Path("test-probe/workflow/{radicado}")
@Produces(MediaType.TEXT_PLAIN)
public class WorkflowProbe {

  @EJB CaseWorkflowService workflow;
  @EJB AreaService areas;
  @EJB CaseQueryService cases;

  @POST
  @Path("assign")
  public Response assign(
      @PathParam("radicado") String radicado,
      @FormParam("area") String area,
      @FormParam("leader") String leader,
      @FormParam("responsible") String responsible) {
    return act(
        radicado,
        () -> {
          if (areas.areas().stream().noneMatch(a -> a.name().equals(area))) {
            areas.create(area, leader, leader + "@empresa.example");
          }
          workflow.assign(radicado, "recepcion", area, responsible, null);
        });
  }

  @POST
  @Path("draft")
  public Response draft(
      @PathParam("radicado") String radicado,
      @FormParam("actor") String actor,
      @FormParam("text") String text) {
    return act(radicado, () -> workflow.draftAnswer(radicado, actor, text));
  }

  @POST
  @Path("approve")
  public Response approve(
      @PathParam("radicado") String radicado, @FormParam("reviewer") String reviewer) {
    return act(radicado, () -> workflow.approveAnswer(radicado, StaffMember.user(reviewer), null));
  }

  @POST
  @Path("send")
  public Response send(@PathParam("radicado") String radicado, @FormParam("actor") String actor) {
    return act(radicado, () -> workflow.sendAnswer(radicado, actor));
  }

  @POST
  @Path("rate-and-close")
  public Response rateAndClose(
      @PathParam("radicado") String radicado, @FormParam("score") int score) {
    return act(
        radicado,
        () -> {
          workflow.recordPetitionerResponse(radicado, "encuesta", true, score);
          workflow.close(radicado, "sig", null);
        });
  }

  private Response act(String radicado, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null
          && !(cause instanceof co.ventanilla.cases.CaseRuleViolation)) {
        cause = cause.getCause();
      }
      return Response.status(409).entity(String.valueOf(cause.getMessage())).build();
    }
    return Response.ok(cases.findByRadicado(radicado).orElseThrow().state().name()).build();
  }
}
