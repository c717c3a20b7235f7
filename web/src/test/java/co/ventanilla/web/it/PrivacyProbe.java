package co.ventanilla.web.it;

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

/**
 * Test-only window for the privacy suite: whether a case waits for the petitioner, and a legal hold
 * placed behind the screens. Added to the WAR by the suites, never in the product.
 */
@Path("test-probe/privacy")
@Produces(MediaType.TEXT_PLAIN)
public class PrivacyProbe {

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

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
}
