/**
 * The administration screens ({@code admin/*.xhtml}): accounts and roles, processes with their
 * leaders and the escalation mailboxes, agencies, the term rules within the law and the holiday
 * calendar. Each view changes things only through its EJB, as the logged-in person, after a
 * confirmation; the outcome is said in a growl and the EJBs' refusals in the user's language.
 */
package co.ventanilla.web.admin;
