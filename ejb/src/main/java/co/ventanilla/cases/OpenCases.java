package co.ventanilla.cases;

import java.util.List;

/** Open cases as the timers need them. */
public interface OpenCases {

  /**
   * Cases whose term runs ({@link PqrsCase#TERM_RUNS}, not waiting for the petitioner), below the
   * highest escalation level, that were not escalated automatically for {@code share} or more:
   * those {@link PqrsCase#escalateForElapsedTerm} may escalate. Most urgent first.
   */
  List<PqrsCase> escalationCandidates(double share);
}
