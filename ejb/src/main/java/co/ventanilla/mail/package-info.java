/**
 * Outgoing mail: the sender that delivers the transactional outbox over SMTP (Jakarta Mail),
 * retrying with back-off so an SMTP outage delays mail and never loses it.
 */
package co.ventanilla.mail;
