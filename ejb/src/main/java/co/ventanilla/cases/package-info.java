/**
 * The PQRS case aggregate: one submission, one case, identified by its radicado. Holds the case's
 * own rules (what a new case looks like, its history) and the repository interface through which
 * the application stores and finds cases.
 */
package co.ventanilla.cases;
