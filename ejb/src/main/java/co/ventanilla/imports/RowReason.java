package co.ventanilla.imports;

/**
 * Why one row of a file did not become a case, for the person who transcribed it.
 *
 * @param line the line of the file where the row starts
 * @param column the CSV column at fault ({@code fecha}, {@code correo}, ...); empty when the whole
 *     row is
 * @param reason the explanation, in Spanish
 * @param kind rejected (fix the row and upload it again) or duplicate (already filed)
 * @param radicado for a duplicate, the radicado the form was filed with; otherwise {@code null}
 */
public record RowReason(
    int line, String column, String reason, BuzonImportRow.Kind kind, String radicado) {

  public RowReason {
    column = column == null ? "" : column;
  }

  public static RowReason rejected(int line, String column, String reason) {
    return new RowReason(line, column, reason, BuzonImportRow.Kind.REJECTED, null);
  }
}
