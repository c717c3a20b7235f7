/**
 * Public intake pages (no login): the PQRS form ({@code radicar.xhtml}) and the status page ({@code
 * consulta.xhtml}), with the per-address rate limit they share with the JSON API.
 */
package co.ventanilla.web.intake;
