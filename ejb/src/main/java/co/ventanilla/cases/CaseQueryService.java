package co.ventanilla.cases;

import co.ventanilla.answers.Answer;
import co.ventanilla.answers.AnswerStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Read side for the public pages and the system: the public status of a case and single cases by
 * radicado. Staff read cases through {@code co.ventanilla.cases.access.CaseDesk}, which applies
 * their access.
 */
@Stateless
public class CaseQueryService {

  @Inject CaseRepository cases;

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  /** How many cases exist, exactly. */
  public long countAll() {
    return em.createQuery("SELECT COUNT(c) FROM PqrsCase c", Long.class).getSingleResult();
  }

  /**
   * The public status of a case, only when {@code trackingCode} is the one given at filing (case
   * and spacing ignored). Unknown radicado and wrong code look the same to the caller.
   */
  public Optional<PublicStatus> publicStatus(String radicado, String trackingCode) {
    if (radicado == null || trackingCode == null) {
      return Optional.empty();
    }
    return cases
        .findByRadicado(radicado.strip())
        .filter(c -> c.trackingCode().equalsIgnoreCase(trackingCode.strip()))
        .map(
            c ->
                new PublicStatus(
                    c.radicado(),
                    c.type(),
                    c.state(),
                    c.receivedAt(),
                    c.dueDate(),
                    c.answeredAt(),
                    c.answers().stream()
                        .filter(a -> a.status() == AnswerStatus.SENT)
                        .reduce((first, last) -> last)
                        .map(Answer::text)
                        .orElse(null)));
  }

  public Optional<PqrsCase> findByRadicado(String radicado) {
    return cases
        .findByRadicado(radicado)
        .map(
            c -> {
              c.history().size();
              return c;
            });
  }
}
