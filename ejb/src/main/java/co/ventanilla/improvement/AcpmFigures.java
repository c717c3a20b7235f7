package co.ventanilla.improvement;

import java.io.Serializable;
import java.util.Map;

/**
 * The ACPM figures management reads (DOMAIN.md "Measurement and reports": ACPMs open/closed): how
 * many entries are open (abierta or verificada), closed, and open with an overdue action, in total
 * and by type and by origin (keys are the enum names).
 */
public record AcpmFigures(
    Count total, Map<String, Count> byType, Map<String, Count> byOrigin, int pendingProposals)
    implements Serializable {

  /** Open (not closed), closed, and open with an overdue action. */
  public record Count(int open, int closed, int overdue) implements Serializable {}
}
