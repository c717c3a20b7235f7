package co.ventanilla.imports;

/**
 * One line of an import's report (CSV {@code linea, columna, motivo}), with the keys to ask for the
 * lines after it.
 */
public record ReportLine(long id, int line, String column, String reason) {}
