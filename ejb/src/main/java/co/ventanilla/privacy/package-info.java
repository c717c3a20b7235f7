/**
 * Personal data protection (Ley 1581 de 2012): a person's data found across cases, mail, files and
 * investigation parties by document or email; its export, rectification and anonymisation; the
 * "reclamo en trámite" legend (art. 15); legal holds and retention. Reads the other rooms through
 * queries and changes a case only through its own methods.
 */
package co.ventanilla.privacy;
