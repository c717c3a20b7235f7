package co.ventanilla.improvement;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the Dirección SIG sets for the proposal rules (issue #14; seed 004 "Comunicación de
 * resultados": "incumplimiento de metas, tendencias o repetitividad"):
 *
 * @param recurrenceCount N: a cause given to N cases or more of one process or agency...
 * @param recurrenceMonths ...received in the last M months is proposed as an ACPM
 * @param ratingTarget the lowest acceptable mean of the answer ratings of a process (1–5 scale,
 *     seed 003 §5.3: 5 Excelente … 1 Muy mala)
 * @param ratingMinCount how many ratings a process needs before its mean is judged
 * @param ratingMonths the ratings of answers sent in the last this many months count
 * @param sigMailbox where overdue actions are reported to the Dirección SIG; empty: every active
 *     account with the role SIG that has an email
 */
public record ImprovementSettings(
    int recurrenceCount,
    int recurrenceMonths,
    BigDecimal ratingTarget,
    int ratingMinCount,
    int ratingMonths,
    String sigMailbox)
    implements Serializable {

  public static final ImprovementSettings DEFAULTS =
      new ImprovementSettings(3, 3, new BigDecimal("3.50"), 5, 3, null);

  /**
   * @throws AcpmRuleViolation naming the field of a value out of range
   */
  public ImprovementSettings {
    if (recurrenceCount < 2 || recurrenceCount > 1000) {
      throw AcpmRuleViolation.field("recurrencias", "settings.count");
    }
    if (recurrenceMonths < 1 || recurrenceMonths > 24) {
      throw AcpmRuleViolation.field("meses", "settings.months");
    }
    if (ratingTarget == null
        || ratingTarget.compareTo(BigDecimal.ONE) < 0
        || ratingTarget.compareTo(BigDecimal.valueOf(5)) > 0) {
      throw AcpmRuleViolation.field("metaCalificacion", "settings.target");
    }
    if (ratingMinCount < 1 || ratingMinCount > 10000) {
      throw AcpmRuleViolation.field("minimoCalificaciones", "settings.min_count");
    }
    if (ratingMonths < 1 || ratingMonths > 24) {
      throw AcpmRuleViolation.field("mesesCalificacion", "settings.months");
    }
    sigMailbox = sigMailbox == null || sigMailbox.isBlank() ? null : sigMailbox.strip();
    if (sigMailbox != null && !sigMailbox.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw AcpmRuleViolation.field("buzonSig", "settings.mailbox");
    }
  }
}
