/**
 * Mail in and out of cases: the mail-shaped record every mailbox produces ({@link
 * co.ventanilla.correspondence.IncomingMail}), the decision whether a mail opens a case or is an
 * entry on an existing one ({@link co.ventanilla.correspondence.MailIntakeService}), the
 * correspondence kept with each case ({@link co.ventanilla.correspondence.CaseMessage}), and what
 * happens to a mail that cannot be processed: counted attempts, then the quarantine staff review
 * ({@link co.ventanilla.correspondence.MailQuarantineService}). Nothing here knows Camel or IMAP.
 */
package co.ventanilla.correspondence;
