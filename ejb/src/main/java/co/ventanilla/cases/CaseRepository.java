package co.ventanilla.cases;

import java.util.List;
import java.util.Optional;

/** Where cases are kept. */
public interface CaseRepository {

  void store(PqrsCase pqrsCase);

  Optional<PqrsCase> findByRadicado(String radicado);

  /** How many cases match: one count query. */
  long count(CaseFilter filter);

  /**
   * One page of matching cases, most urgent first (due date, then reception): one query.
   *
   * @param first index of the first row, from 0
   * @param size at most this many rows
   */
  List<CaseSummary> page(CaseFilter filter, int first, int size);
}
