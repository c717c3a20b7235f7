package co.ventanilla.improvement;

import co.ventanilla.cases.access.CaseDesk;
import co.ventanilla.cases.lifecycle.CaseWorkflowService;
import co.ventanilla.investigations.Cause;
import co.ventanilla.staff.CurrentStaff;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The cause of a case (issue #14: "cases get a cause when answered or closed — a list the
 * administrator keeps; the same list the investigations use"), so that the recurrence of causes can
 * be counted (seed 003 §5.3; seed 002 GO-PD-03 §4 actividad 3: "resumen y causa de la queja" in the
 * GO-RG-05 database). Who may give it is {@link CaseDesk#causeTarget}'s decision; the change is
 * written in the case's history as a note.
 */
@Stateless
public class CaseCauses {

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @EJB CaseDesk desk;
  @EJB CaseWorkflowService workflow;
  @Inject CurrentStaff current;

  /** Gives case {@code radicado} the active cause {@code causeId}, replacing any earlier one. */
  public void record(String radicado, long causeId) {
    long caseId = desk.causeTarget(radicado);
    Cause cause = em.find(Cause.class, causeId);
    if (cause == null || !cause.active()) {
      throw AcpmRuleViolation.field("causa", "cause.unknown");
    }
    Optional<Cause> before = causeOf(caseId);
    if (before.isPresent() && before.get().id().equals(cause.id())) {
      return;
    }
    em.createNativeQuery("UPDATE pqrs_case SET cause_id = ? WHERE id = ?")
        .setParameter(1, cause.id())
        .setParameter(2, caseId)
        .executeUpdate();
    workflow.addNote(
        radicado,
        current.get().userName(),
        AcpmRuleViolation.text(AcpmRuleViolation.SPANISH, "cause.history", cause.name()));
  }

  /** The cause of case {@code radicado}, if it has one (no access check: the caller sees it). */
  public Optional<Cause> causeOf(String radicado) {
    List<?> ids =
        em.createNativeQuery("SELECT cause_id FROM pqrs_case WHERE radicado = ?")
            .setParameter(1, radicado == null ? "" : radicado.strip())
            .getResultList();
    return ids.isEmpty() || ids.get(0) == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(Cause.class, ((Number) ids.get(0)).longValue()));
  }

  private Optional<Cause> causeOf(long caseId) {
    List<?> ids =
        em.createNativeQuery("SELECT cause_id FROM pqrs_case WHERE id = ?")
            .setParameter(1, caseId)
            .getResultList();
    return ids.isEmpty() || ids.get(0) == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(Cause.class, ((Number) ids.get(0)).longValue()));
  }

  /** The active causes to choose from. */
  public List<Cause> causes() {
    return em.createNamedQuery(Cause.ACTIVE, Cause.class).getResultList();
  }
}
