package co.ventanilla.web.it;

import co.ventanilla.privacy.RetentionService;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Test-only window for the privacy suite: whether a case waits for the petitioner, and a legal hold
 * placed behind the screens. Added to the WAR by the suites, never in the product.
 */
@Path("test-probe/privacy")
@Produces(MediaType.TEXT_PLAIN)
public class PrivacyProbe {

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @EJB RetentionService retention;

  /** "awaiting_information state" of a case. */
  @GET
  @Path("case/{radicado}")
  public String state(@PathParam("radicado") String radicado) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "SELECT awaiting_information, state FROM pqrs_case WHERE radicado = ?")
                .setParameter(1, radicado)
                .getSingleResult();
    return r[0] + " " + r[1];
  }

  /** Places a legal hold on a case until 2099-12-31. */
  @POST
  @Path("hold")
  @Transactional
  public String hold(@FormParam("radicado") String radicado) {
    em.createNativeQuery(
            "UPDATE id_generator SET next_value = next_value + 1 WHERE name = 'privacy_legal_hold'")
        .executeUpdate();
    return String.valueOf(
        em.createNativeQuery(
                "INSERT INTO privacy_legal_hold (id, case_id, reason, until_date, placed_by,"
                    + " placed_at) SELECT g.next_value, c.id, 'Demanda en curso', '2099-12-31',"
                    + " 'prueba', NOW() FROM pqrs_case c, id_generator g WHERE c.radicado = ? AND"
                    + " g.name = 'privacy_legal_hold'")
            .setParameter(1, radicado)
            .executeUpdate());
  }

  /**
   * Closes the case in 2020 (its 5-year retention period ended) and runs the month's retention
   * proposal as the daily timer would: "period cases", or "claimed" when the month had its run.
   */
  @POST
  @Path("retention")
  @Transactional
  public String retention(@FormParam("radicado") String radicado) {
    em.createNativeQuery(
            "UPDATE pqrs_case SET state = 'CERRADO', closed_at = '2020-01-10 10:00:00' WHERE"
                + " radicado = ?")
        .setParameter(1, radicado)
        .executeUpdate();
    return retention
        .propose(LocalDate.now(ZoneId.of("America/Bogota")), "sistema")
        .map(r -> r.period() + " " + r.cases())
        .orElse("claimed");
  }

  /** How many mails wait or went to {@code to} with a subject starting with {@code subject}. */
  @GET
  @Path("outbox")
  public String outbox(@QueryParam("to") String to, @QueryParam("subject") String subject) {
    return String.valueOf(
        em.createNativeQuery(
                "SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND subject LIKE ?")
            .setParameter(1, to)
            .setParameter(2, subject + "%")
            .getSingleResult());
  }

  /**
   * Removes a policy version the suite published, so the suites after it file under the version
   * they expect (a published version is never removed in the product).
   */
  @POST
  @Path("policy/forget")
  @Transactional
  public String forget(@FormParam("version") String version) {
    return String.valueOf(
        em.createNativeQuery("DELETE FROM privacy_policy_version WHERE version = ?")
            .setParameter(1, version)
            .executeUpdate());
  }
}
