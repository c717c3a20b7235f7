/**
 * The IMAP mailboxes as an intake channel: one Camel route per configured mailbox ({@link
 * co.ventanilla.integration.mail.MailIntakeRoutes}) that reads each new mail whole, translates it
 * into the canonical {@link co.ventanilla.correspondence.IncomingMail} ({@link
 * co.ventanilla.integration.mail.MailTranslator}) and hands it to the EJB that decides what it
 * becomes. A mail is flagged read (or moved to the quarantine folder) only after the database
 * committed; the unique source key in the database, not the flag, is what prevents duplicates.
 */
package co.ventanilla.integration.mail;
