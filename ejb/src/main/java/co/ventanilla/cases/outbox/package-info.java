/**
 * Mail waiting to be sent (transactional outbox): a message is stored in the same transaction as
 * the change of the case that causes it, so an answer is never marked sent without its mail, and a
 * mail is never sent for a change that rolled back. A sender, separately, delivers and marks them.
 */
package co.ventanilla.cases.outbox;
