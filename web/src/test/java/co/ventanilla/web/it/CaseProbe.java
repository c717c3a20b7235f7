package co.ventanilla.web.it;

import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseQueryService;
import co.ventanilla.cases.PqrsCase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Test-only window into the deployed EJBs: added to the WAR by the integration suite so tests can
 * read back, through {@link CaseQueryService}, what the API stored. Never in the product.
 */
@Path("test-probe")
@Produces(MediaType.APPLICATION_JSON)
public class CaseProbe {

  @Inject CaseQueryService cases;

  @GET
  @Path("cases/count")
  public String count() {
    return String.valueOf(cases.count(CaseFilter.ALL));
  }

  @GET
  @Path("cases/{radicado}")
  public Response find(@PathParam("radicado") String radicado) {
    return cases
        .findByRadicado(radicado)
        .map(CaseProbe::json)
        .map(body -> Response.ok(body).build())
        .orElse(Response.status(404).build());
  }

  private static String json(PqrsCase c) {
    return Json.createObjectBuilder()
        .add("radicado", c.radicado())
        .add("type", c.type().name())
        .add("channel", c.channel().name())
        .add("state", c.state().name())
        .add("names", c.petitioner().names())
        .add("email", c.petitioner().email())
        .add("subject", c.subject())
        .add("description", c.description())
        .add("history", c.history().size())
        .add("firstHistoryActor", c.history().get(0).actor())
        .build()
        .toString();
  }
}
