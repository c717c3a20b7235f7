package co.ventanilla.web.it;

import co.ventanilla.cases.CaseQueryService;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.lifecycle.CaseWorkflowService;
import co.ventanilla.organization.StaffMember;
import co.ventanilla.satisfaction.LinkSigner;
import co.ventanilla.satisfaction.LinkToken;
import co.ventanilla.satisfaction.SatisfactionScheduler;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/**
 * Test-only door of {@code SatisfactionIT}: answers a case through the real workflow, reads back
 * its rating, moves a rating's dates into the past (as time passing would) and runs the timers'
 * work. Never in the product.
 */
@jakarta.enterprise.context.RequestScoped
@Path("test-probe/satisfaction")
@Produces(MediaType.APPLICATION_JSON)
public class SatisfactionProbe {

  @EJB CaseWorkflowService workflow;
  @Inject CaseQueryService cases;
  @EJB SatisfactionScheduler scheduler;
  @EJB co.ventanilla.satisfaction.SurveyService surveys;
  @Inject LinkSigner signer;

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  /** Assigns, drafts, approves (as SIG) and sends the answer of {@code radicado}. */
  @POST
  @Path("answer")
  public String answer(@FormParam("radicado") String radicado, @FormParam("text") String text) {
    workflow.assign(radicado, "recepcion", "Operaciones", "ana.op", null);
    workflow.startProcessing(radicado, "ana.op", null);
    workflow.draftAnswer(radicado, "ana.op", text);
    workflow.approveAnswer(radicado, StaffMember.qualityOffice("sig"), null);
    workflow.sendAnswer(radicado, "ana.op");
    return "\"" + radicado + "\"";
  }

  /** The case's rating and the rating by link. */
  @GET
  @Path("rating/{radicado}")
  public String rating(@PathParam("radicado") String radicado) {
    PqrsCase c = cases.findByRadicado(radicado).orElseThrow();
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "SELECT COALESCE(score, 0), COALESCE(comment, ''), changes, reminded_at IS NOT"
                        + " NULL FROM rating_request WHERE case_id = ?")
                .setParameter(1, c.id())
                .getSingleResult();
    return Json.createObjectBuilder()
        .add("caseScore", c.satisfaction().map(s -> s.score()).orElse(0))
        .add("accepted", String.valueOf(c.petitionerAccepted()))
        .add("state", c.state().name())
        .add("score", ((Number) r[0]).intValue())
        .add("comment", String.valueOf(r[1]))
        .add("changes", ((Number) r[2]).intValue())
        .add("reminded", ((Number) r[3]).intValue() == 1)
        .build()
        .toString();
  }

  /** Moves the answer mail and the first rating of {@code radicado} {@code days} into the past. */
  @POST
  @Path("age")
  @Transactional
  public String age(@FormParam("radicado") String radicado, @FormParam("days") int days) {
    em.createNativeQuery(
            "UPDATE rating_request SET mailed_at = mailed_at - INTERVAL ? DAY,"
                + " first_rated_at = first_rated_at - INTERVAL ? DAY WHERE radicado = ?")
        .setParameter(1, days)
        .setParameter(2, days)
        .setParameter(3, radicado)
        .executeUpdate();
    return "\"ok\"";
  }

  /** A rating token of {@code radicado} whose last day was yesterday. */
  @GET
  @Path("expired/{radicado}")
  @Produces(MediaType.TEXT_PLAIN)
  public String expired(@PathParam("radicado") String radicado) {
    PqrsCase c = cases.findByRadicado(radicado).orElseThrow();
    return signer.sign(
        new LinkToken(LinkToken.Purpose.RATING, c.id(), LocalDate.now().minusDays(1)));
  }

  /** How many rating reminders were queued for {@code radicado}. */
  @GET
  @Path("reminders/{radicado}")
  public String reminders(@PathParam("radicado") String radicado) {
    return String.valueOf(
        em.createNativeQuery(
                "SELECT COUNT(*) FROM outbox_message WHERE radicado = ? AND subject LIKE ?")
            .setParameter(1, radicado)
            .setParameter(2, "%cómo le pareció%")
            .getSingleResult());
  }

  /** Imports a contacts CSV; returns "created updated rejected" and the report lines. */
  @POST
  @Path("contacts")
  @Produces(MediaType.TEXT_PLAIN)
  public String contacts(@FormParam("csv") String csv) {
    co.ventanilla.satisfaction.SurveyService.ContactImport r = surveys.importContacts(csv);
    StringBuilder out = new StringBuilder(r.created() + " " + r.updated() + " " + r.rejected());
    r.rows()
        .forEach(
            x ->
                out.append('\n')
                    .append(x.line())
                    .append(' ')
                    .append(x.result())
                    .append(' ')
                    .append(x.message()));
    return out.toString();
  }

  /** Runs the survey timer's work as if it were {@code at} (e.g. a day of June). */
  @POST
  @Path("survey-timer")
  @Produces(MediaType.TEXT_PLAIN)
  public String surveyTimer(@FormParam("at") String at) {
    return scheduler
        .surveys(java.time.LocalDateTime.parse(at))
        .map(c -> String.valueOf(c.id()))
        .orElse("none");
  }

  /** Runs the satisfaction timer's work now; returns the reminders queued. */
  @POST
  @Path("timer")
  public String timer() {
    return String.valueOf(scheduler.run());
  }
}
