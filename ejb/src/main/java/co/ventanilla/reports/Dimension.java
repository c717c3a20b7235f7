package co.ventanilla.reports;

import co.ventanilla.cases.CaseTexts;

/**
 * How the indicators are broken down. Each has the SQL column of its key (on {@code pqrs_case c}
 * left-joined to {@code area ar}); a case without area, agency or level falls under the empty key.
 */
public enum Dimension {
  TYPE("porTipo", "c.type", "Tipo"),
  CHANNEL("porCanal", "c.channel", "Canal"),
  PROCESS("porProceso", "COALESCE(ar.name, '')", "Proceso"),
  AGENCY("porSede", "COALESCE(c.agency, '')", "Sede"),
  LEVEL("porNivel", "COALESCE(CAST(c.severity_level AS CHAR), '')", "Nivel");

  private final String apiName;
  private final String sql;
  private final String title;

  Dimension(String apiName, String sql, String title) {
    this.apiName = apiName;
    this.sql = sql;
    this.title = title;
  }

  /** The name of the breakdown in the API's JSON ({@code porTipo}...). */
  public String apiName() {
    return apiName;
  }

  String sql() {
    return sql;
  }

  /** Spanish column title. */
  public String title() {
    return title;
  }

  /** Spanish label of a key of this dimension, as shown in reports and screens. */
  public String label(String key) {
    return switch (this) {
      case TYPE -> capitalize(CaseTexts.spanish("type." + key));
      case CHANNEL -> CaseTexts.spanish("channel." + key);
      case PROCESS -> key.isEmpty() ? "Sin proceso asignado" : key;
      case AGENCY -> key.isEmpty() ? "Sin sede" : key;
      case LEVEL -> key.isEmpty() ? "Sin clasificar" : "Nivel " + key;
    };
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
