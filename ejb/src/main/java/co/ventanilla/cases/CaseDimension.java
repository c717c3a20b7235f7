package co.ventanilla.cases;

/** What case counts can be grouped by (the dashboard's charts, the reports). */
public enum CaseDimension {
  TYPE("c.type"),
  CHANNEL("c.channel"),
  STATE("c.state"),
  AREA("c.area_id"),
  AGENCY("c.agency");

  private final String column;

  CaseDimension(String column) {
    this.column = column;
  }

  /** The column of {@code pqrs_case} (alias {@code c}) it groups by. */
  public String column() {
    return column;
  }
}
