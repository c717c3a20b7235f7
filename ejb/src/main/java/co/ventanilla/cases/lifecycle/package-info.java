/**
 * The life of a case: the one table of allowed state changes ({@link
 * co.ventanilla.cases.lifecycle.CaseTransitions}) and the application service through which screens
 * and timers act on cases by radicado ({@link co.ventanilla.cases.lifecycle.CaseWorkflowService}),
 * with the mails those actions send.
 */
package co.ventanilla.cases.lifecycle;
