/**
 * Reports to management (seed 003 §5.4: partial reports every three months and a semiannual
 * statistical report; seed 004: the PQRS indicator recorded monthly; seed 001 §8.2: the
 * indicators). {@link co.ventanilla.reports.IndicatorService} computes every figure with SQL
 * aggregates; {@link co.ventanilla.reports.ReportService} turns them into the PDF and XLSX; {@link
 * co.ventanilla.reports.ReportScheduler} generates and mails each quarter's and semester's report
 * exactly once through the ledger {@code report_ledger}.
 */
package co.ventanilla.reports;
