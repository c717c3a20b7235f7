package co.ventanilla.cases;

import co.ventanilla.answers.Answer;
import co.ventanilla.answers.AnswerStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Read side for screens and the API: case lists and single cases. */
@Stateless
public class CaseQueryService {

  @Inject CaseRepository cases;

  public long count(CaseFilter filter) {
    return cases.count(filter);
  }

  public List<CaseSummary> page(CaseFilter filter, int first, int size) {
    return cases.page(filter, first, Math.min(size, 500));
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
