/** Documents the product prints: the constancia de radicación (PDF); later the reports. */
package co.ventanilla.documents;
