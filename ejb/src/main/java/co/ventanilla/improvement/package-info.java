/**
 * Acciones correctivas, preventivas y de mejora (ACPM) and the matrix GI-RG-07 (seed 002 GO-PD-03
 * §4 actividad 10; seed 003 §5.3; seed 004 "Comunicación de resultados"): the entries with their
 * analysis of causes, actions, follow-up and effectiveness verification; the cause given to a case
 * when answered or closed (the shared cause list of {@code investigations}); the proposals the
 * rules make from recurrent causes and low answer ratings, which the Dirección SIG accepts or
 * dismisses; and the daily alert of overdue actions.
 */
package co.ventanilla.improvement;
