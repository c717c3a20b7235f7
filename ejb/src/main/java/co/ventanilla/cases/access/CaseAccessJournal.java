package co.ventanilla.cases.access;

import co.ventanilla.cases.PqrsCase;
import co.ventanilla.platform.CallerOrigin;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * The access journal: every opening of a protected case (who, when, from where: DOMAIN.md, "every
 * view of a protected case is logged") and every refused attempt to reach a case. A refusal is
 * written in a transaction of its own, so the refusal that rolls back the caller's work still
 * leaves its line.
 */
@Stateless
public class CaseAccessJournal {

  private static final Logger LOG = Logger.getLogger(CaseAccessJournal.class.getName());

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject Clock clock;
  @Inject CallerOrigin origin;

  /** {@code userName} opened (or downloaded from) the protected case {@code c}. */
  public void opened(PqrsCase c, String userName, CaseAction action) {
    String from = address();
    em.persist(
        new CaseAccessLog(
            c.id(), c.radicado(), userName, LocalDateTime.now(clock), from, action, true));
    LOG.info(
        () ->
            "Protected case "
                + c.radicado()
                + " "
                + action
                + " by "
                + userName
                + (from == null ? "" : " from " + from));
  }

  /** {@code userName} was refused {@code action} on the case {@code radicado}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void denied(Long caseId, String radicado, String userName, CaseAction action) {
    String from = address();
    em.persist(
        new CaseAccessLog(
            caseId, radicado, userName, LocalDateTime.now(clock), from, action, false));
    LOG.warning(
        () ->
            "Access refused: "
                + userName
                + " "
                + action
                + " on case "
                + radicado
                + (from == null ? "" : " from " + from));
  }

  /** The journal of case {@code radicado}, newest first. */
  public List<CaseAccessLog> ofCase(String radicado, int max) {
    return em.createNamedQuery(CaseAccessLog.OF_CASE, CaseAccessLog.class)
        .setParameter("radicado", radicado)
        .setMaxResults(max)
        .getResultList();
  }

  /** The latest refusals, newest first. */
  public List<CaseAccessLog> refusals(int max) {
    return em.createNamedQuery(CaseAccessLog.DENIED, CaseAccessLog.class)
        .setMaxResults(max)
        .getResultList();
  }

  private String address() {
    try {
      return origin.address();
    } catch (ContextNotActiveException noRequest) {
      return null;
    }
  }
}
