/**
 * The organization a case moves through: its processes (areas) with their leaders, who approve the
 * answers of their area (seed 004 §3), and the escalation ladder (seed 001 §7.2). Knows nothing of
 * cases.
 */
package co.ventanilla.organization;
