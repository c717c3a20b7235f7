/**
 * The screens of siniestro investigations ({@code investigaciones/lista.xhtml}, {@code
 * investigaciones/investigacion.xhtml}): backing beans per tab, each a thin layer over {@link
 * co.ventanilla.investigations.InvestigationService}, which checks access and rules.
 */
package co.ventanilla.web.investigations;
