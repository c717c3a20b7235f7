package co.ventanilla.cases;

/**
 * What a case list is narrowed to. Empty (all {@code null}) lists every case. Grows with the
 * inbox's filters.
 *
 * @param text matched against the start of the radicado and inside the subject
 * @param type only cases of this type
 * @param state only cases in this state
 */
public record CaseFilter(String text, PqrsType type, CaseState state) {

  public static final CaseFilter ALL = new CaseFilter(null, null, null);
}
