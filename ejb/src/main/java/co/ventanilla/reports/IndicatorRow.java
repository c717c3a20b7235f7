package co.ventanilla.reports;

/**
 * One line of a breakdown: a type, channel, process, agency or level, now and the period before.
 */
public record IndicatorRow(String key, String label, Figures current, Figures previous) {}
