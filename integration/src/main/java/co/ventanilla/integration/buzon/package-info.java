/**
 * The suggestion-box channel (buzón físico): CSV transcriptions of the paper form GO-RG-04 (seed
 * 002, GO-PD-03 §4 activity 1), read as a stream and handed in batches to the ejb import service
 * ({@link co.ventanilla.imports.BuzonImports}). {@link
 * co.ventanilla.integration.buzon.BuzonCsvImporter} is the one entry for both ways in: the REST
 * upload and the drop folder watched by {@link co.ventanilla.integration.buzon.BuzonFolderRoute}.
 * Reading (charset, separator, header, quotes) is done here; what a row must meet is decided in ejb
 * ({@link co.ventanilla.imports.BuzonFormRules}).
 */
package co.ventanilla.integration.buzon;
