package co.ventanilla.cases;

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
