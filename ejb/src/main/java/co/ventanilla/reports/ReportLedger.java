package co.ventanilla.reports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The timer's ledger: one row per (report kind, period) in {@code report_ledger}, whose primary key
 * makes a scheduled report happen once. A run claims its period with {@code INSERT IGNORE}, then
 * generates the report and queues its mails, all in one transaction:
 *
 * <ul>
 *   <li>another node or a second start-up claiming the same period waits on the row's lock and,
 *       once the first commits, inserts nothing: it does nothing;
 *   <li>if the first fails (or its node dies) the claim is rolled back with the report and the
 *       mails, and the next run does it;
 *   <li>the mails leave through the outbox, which retries while SMTP is down: delayed, never lost.
 * </ul>
 */
@Stateless
public class ReportLedger {

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject ReportService reports;
  @Inject Clock clock;

  public ReportLedger() {}

  /** For use outside a container. */
  public ReportLedger(EntityManager em, ReportService reports, Clock clock) {
    this.em = em;
    this.reports = reports;
    this.clock = clock;
  }

  /**
   * Generates (and for the quarterly and semiannual reports, mails) the report of {@code period}
   * unless it was claimed before.
   *
   * @param node who claims, recorded (a host name)
   * @return whether this call generated it
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean runScheduled(ReportPeriod period, String node) {
    int claimed =
        em.createNativeQuery(
                "INSERT IGNORE INTO report_ledger (kind, period_code, claimed_at, claimed_by)"
                    + " VALUES (?, ?, ?, ?)")
            .setParameter(1, period.kind().name())
            .setParameter(2, period.code())
            .setParameter(3, LocalDateTime.now(clock))
            .setParameter(4, node)
            .executeUpdate();
    if (claimed == 0) {
      return false;
    }
    ReportRun run = reports.build(period, true, ReportRun.SYSTEM, period.kind().mailed());
    em.createNativeQuery("UPDATE report_ledger SET run_id = ? WHERE kind = ? AND period_code = ?")
        .setParameter(1, run.id())
        .setParameter(2, period.kind().name())
        .setParameter(3, period.code())
        .executeUpdate();
    return true;
  }

  /** The (kind, period) pairs already claimed, as {@code KIND:code}. */
  public Set<String> claimed() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT kind, period_code FROM report_ledger").getResultList();
    Set<String> keys = new HashSet<>();
    for (Object[] r : rows) {
      keys.add(r[0] + ":" + r[1]);
    }
    return keys;
  }

  /** The day of the first case, if any: no report is due for periods before it. */
  public java.util.Optional<java.time.LocalDate> firstCaseDay() {
    Object first = em.createNativeQuery("SELECT MIN(received_at) FROM pqrs_case").getSingleResult();
    if (first instanceof java.sql.Timestamp t) {
      return java.util.Optional.of(t.toLocalDateTime().toLocalDate());
    }
    if (first instanceof LocalDateTime t) {
      return java.util.Optional.of(t.toLocalDate());
    }
    return java.util.Optional.empty();
  }
}
