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

  /**
   * The radicados that {@code typed} may mean: as typed, and, when it is a whole radicado with its
   * dashes, spaces or dots lost, the radicados {@link Radicados#rebuilt} gives.
   */
  public static java.util.List<String> typedRadicados(String typed) {
    return typedRadicados(typed, Radicados.configuredPrefix());
  }

  static java.util.List<String> typedRadicados(String typed, String prefix) {
    String t = typed.strip();
    java.util.Set<String> candidates = new java.util.LinkedHashSet<>();
    candidates.add(t);
    candidates.addAll(Radicados.rebuilt(t.replaceAll("[\\s.]+", ""), prefix));
    return java.util.List.copyOf(candidates);
  }

  /** How many cases exist, exactly. */
  public long countAll() {
    return em.createQuery("SELECT COUNT(c) FROM PqrsCase c", Long.class).getSingleResult();
  }

  /**
   * The public status of a case, only when {@code trackingCode} is the one given at filing (case
   * and spacing ignored). Unknown radicado and wrong code look the same to the caller.
   */
  public Optional<PublicStatus> publicStatus(String radicado, String trackingCode) {
    return petitionersCase(radicado, trackingCode)
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

  /**
   * The case the petitioner means by the radicado as typed ({@link #typedRadicados}) and the
   * tracking code given at filing (case and spacing ignored); empty for an unknown radicado and for
   * a wrong or blank code alike, so the caller cannot tell which.
   */
  public Optional<PqrsCase> petitionersCase(String radicado, String trackingCode) {
    if (radicado == null || trackingCode == null || trackingCode.isBlank()) {
      return Optional.empty();
    }
    return typedRadicados(radicado).stream()
        .map(cases::findByRadicado)
        .flatMap(Optional::stream)
        .findFirst()
        .filter(c -> c.trackingCode().equalsIgnoreCase(trackingCode.strip()));
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
