package co.ventanilla.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where cases are kept. */
public interface CaseRepository {

  void store(PqrsCase pqrsCase);

  Optional<PqrsCase> findByRadicado(String radicado);

  /**
   * How many cases match {@code filter} among those {@code visibility} lets one see, counted up to
   * {@link InboxCount#CAP}: one query.
   *
   * @param today the day "overdue" is judged against
   * @param withPetitioner whether the reader may see petitioners (their names are searched then)
   */
  InboxCount count(
      CaseFilter filter, CaseVisibility visibility, LocalDate today, boolean withPetitioner);

  /**
   * One page of the matching cases in the order of {@code sort}: one query. Rows carry the
   * petitioner's name only when {@code withPetitioner}.
   *
   * @param first index of the first row, from 0
   * @param size at most this many rows
   * @param known the count of the same list, if taken (it chooses the plan); may be null
   */
  List<CaseSummary> page(
      CaseFilter filter,
      CaseVisibility visibility,
      LocalDate today,
      boolean withPetitioner,
      CaseSort sort,
      int first,
      int size,
      InboxCount known);

  /**
   * How many of the cases of {@code filter} that {@code visibility} lets one see have each value of
   * {@code dimension} (the key is the value's name or id as text; null for none): one query.
   */
  java.util.Map<String, Long> countBy(
      CaseFilter filter, CaseVisibility visibility, LocalDate today, CaseDimension dimension);

  /** Whether any case exists at all. */
  default boolean isEmpty() {
    return count(CaseFilter.ALL, CaseVisibility.everything(), LocalDate.now(), false).total() == 0;
  }
}
