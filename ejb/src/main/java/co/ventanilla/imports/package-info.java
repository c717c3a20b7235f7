/**
 * Imports of the suggestion box (buzón físico): the paper form GO-RG-04 collected from the boxes,
 * transcribed to a spreadsheet and uploaded as CSV (seed 002, GO-PD-03 §4 activity 1: "Cada ocho
 * (8) días, la analista de operaciones retirará de los buzones el Formato ... GO-RG-04"). Here are
 * the rules a transcribed form must meet ({@link co.ventanilla.imports.BuzonFormRules}), the ledger
 * of imported files and of the rows refused ({@link co.ventanilla.imports.BuzonImport}, {@link
 * co.ventanilla.imports.BuzonImportRow}) and the service that files the good rows as cases in
 * batches ({@link co.ventanilla.imports.BuzonImportService}). Reading the CSV itself is the
 * integration module's job.
 */
package co.ventanilla.imports;
