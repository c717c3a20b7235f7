package co.ventanilla.cases.lifecycle;

import co.ventanilla.config.ConfigKeys;
import co.ventanilla.platform.OperationsMetrics;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every hour, escalates one level each open case that has used {@code ventanilla.escalation.share}
 * of its term (default 0.8) without an answer, and mails the level it reaches (seed 001 §7.2:
 * atención al cliente → coordinador de área → gerencia de operaciones → gerencia general). A
 * non-persistent timer: a run missed while the server was down is simply done by the next one,
 * because the rule looks at the cases, not at the clock.
 */
@Singleton
public class EscalationTimer {

  private static final Logger LOG = Logger.getLogger(EscalationTimer.class.getName());

  @EJB CaseWorkflowService workflow;
  @Inject Clock clock;
  @Inject OperationsMetrics metrics = OperationsMetrics.unattached();

  @Inject
  @ConfigProperty(name = ConfigKeys.ESCALATION_SHARE, defaultValue = "0.8")
  double share;

  @Schedule(minute = "7", hour = "*", persistent = false)
  void hourly() {
    metrics.timerRun("escalation");
    try {
      workflow.escalateOverdueCandidates(LocalDate.now(clock), share);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Escalation run failed; the next hour tries again", e);
    }
  }
}
