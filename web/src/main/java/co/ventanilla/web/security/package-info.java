/**
 * Who is calling: the intranet's form login and the staff API's HTTP Basic, both through one
 * Jakarta Security mechanism and one identity store backed by the staff accounts in the database
 * ({@link co.ventanilla.staff.StaffDirectory}). Which pages each role reaches is in {@code
 * WEB-INF/web.xml}; which cases each person sees is decided in the EJBs.
 */
package co.ventanilla.web.security;
