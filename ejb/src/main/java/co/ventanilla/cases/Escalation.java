package co.ventanilla.cases;

/**
 * A case went up the escalation ladder (seed 001 §7.2).
 *
 * @param radicado the case
 * @param fromLevel the level it was at
 * @param toLevel the level it is at now
 * @param reason why: the operator's reason, or the share of the term that had elapsed
 * @param automatic whether the timer did it (share of the term elapsed) rather than a person
 */
public record Escalation(
    String radicado, int fromLevel, int toLevel, String reason, boolean automatic) {}
