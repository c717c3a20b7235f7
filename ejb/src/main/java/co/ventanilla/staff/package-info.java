/**
 * The people who work the cases: staff users with their roles (recepción, responsable, líder de
 * proceso, SIG/calidad, comité, gerencia, administrador), the areas they belong to, their hashed
 * passwords and the lock-out after repeated failed logins. Knows nothing of the web: the intranet's
 * login asks {@link co.ventanilla.staff.StaffDirectory} who someone is.
 */
package co.ventanilla.staff;
