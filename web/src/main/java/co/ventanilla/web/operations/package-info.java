/**
 * The operational screens of the intranet: importing suggestion-box files ({@code buzon.xhtml}) and
 * working the mail quarantine ({@code cuarentena.xhtml}), with the download of a quarantined mail.
 */
package co.ventanilla.web.operations;
