package co.ventanilla.web.it;

import co.ventanilla.cases.CaseQueryService;
import co.ventanilla.cases.PqrsCase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @GET
  @Path("cases/count")
  public String count() {
    return String.valueOf(cases.countAll());
  }

  @GET
  @Path("cases/by-subject")
  public Response bySubject(@jakarta.ws.rs.QueryParam("s") String subject) {
    return em.createQuery("SELECT c.radicado FROM PqrsCase c WHERE c.subject = :s", String.class)
        .setParameter("s", subject)
        .getResultStream()
        .findFirst()
        .map(r -> Response.ok("\"" + r + "\"").build())
        .orElse(Response.status(404).build());
  }

  /** The access journal of a case: "user action allowed" per line, newest first. */
  @GET
  @Path("access/{radicado}")
  @Produces(MediaType.TEXT_PLAIN)
  public String access(@PathParam("radicado") String radicado) {
    return em.createQuery(
            "SELECT l FROM CaseAccessLog l WHERE l.radicado = :r ORDER BY l.id DESC",
            co.ventanilla.cases.access.CaseAccessLog.class)
        .setParameter("r", radicado)
        .getResultStream()
        .map(l -> l.userName() + " " + l.action() + " " + l.allowed())
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  /** The outcomes of the login attempts of a user, newest first. */
  @GET
  @Path("logins/{user}")
  @Produces(MediaType.TEXT_PLAIN)
  public String logins(@PathParam("user") String user) {
    return em.createQuery(
            "SELECT a FROM LoginAttempt a WHERE a.userName = :u ORDER BY a.attemptedAt DESC, a.id"
                + " DESC",
            co.ventanilla.staff.LoginAttempt.class)
        .setParameter("u", user)
        .getResultStream()
        .map(a -> a.outcome().name())
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  @GET
  @Path("cases/{radicado}")
  public Response find(@PathParam("radicado") String radicado) {
    return cases
        .findByRadicado(radicado)
        .map(this::json)
        .map(body -> Response.ok(body).build())
        .orElse(Response.status(404).build());
  }

  private String json(PqrsCase c) {
    Long attachments =
        em.createQuery(
                "SELECT COUNT(a) FROM CaseAttachment a WHERE a.pqrsCase.id = :id", Long.class)
            .setParameter("id", c.id())
            .getSingleResult();
    String consent =
        em.createQuery(
                "SELECT r.consentPolicyVersion FROM IntakeRecord r WHERE r.pqrsCase.id = :id",
                String.class)
            .setParameter("id", c.id())
            .getResultStream()
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse("");
    return Json.createObjectBuilder()
        .add("radicado", c.radicado())
        .add("type", c.type().name())
        .add("channel", c.channel().name())
        .add("state", c.state().name())
        .add("names", String.valueOf(c.petitioner().names()))
        .add("email", String.valueOf(c.petitioner().email()))
        .add("subject", c.subject())
        .add("description", c.description())
        .add("history", c.history().size())
        .add("firstHistoryActor", c.history().get(0).actor())
        .add("attachments", attachments)
        .add("consent", consent)
        .add("anonymous", c.petitioner().anonymous())
        .add("protected", c.isProtected())
        .build()
        .toString();
  }
}
