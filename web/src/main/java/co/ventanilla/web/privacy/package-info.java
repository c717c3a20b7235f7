/**
 * The data-protection officer's screen ({@code /privacidad/titulares.xhtml}) and API ({@code
 * /api/titulares}), and the "reclamo en trámite" legend beside the petitioner's data (Ley 1581 de
 * 2012). Roles datos and sig (web.xml).
 */
package co.ventanilla.web.privacy;
