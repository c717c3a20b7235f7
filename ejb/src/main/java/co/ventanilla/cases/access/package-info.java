/**
 * Who sees which case and may do what to it, enforced where the data is read: the inbox queries
 * carry the caller's {@link co.ventanilla.cases.access.CaseVisibility}, and every staff action goes
 * through {@link co.ventanilla.cases.access.CaseDesk}, which checks {@link
 * co.ventanilla.cases.access.CasePermissions} and journals openings of protected cases and refused
 * accesses. Protected cases are seen only by the people named on them (seed 002 §4 activity 2);
 * personal data only by the roles that need it (Ley 1581 de 2012, art. 4, principio de acceso y
 * circulación restringida).
 */
package co.ventanilla.cases.access;
