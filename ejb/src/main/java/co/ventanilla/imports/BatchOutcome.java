package co.ventanilla.imports;

import java.util.List;

/**
 * What one batch of rows gave.
 *
 * @param radicados the radicados of the cases filed, in the order of the rows
 * @param reasons why the other rows were not filed, one entry per problem (a row may have several)
 * @param rejected rows refused for their content
 * @param duplicates rows whose form number had been filed before
 */
public record BatchOutcome(
    List<String> radicados, List<RowReason> reasons, int rejected, int duplicates) {

  public BatchOutcome {
    radicados = List.copyOf(radicados);
    reasons = List.copyOf(reasons);
  }

  public int created() {
    return radicados.size();
  }
}
