package co.ventanilla.improvement;

import co.ventanilla.cases.outbox.Outbox;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.staff.StaffDirectory;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.staff.StaffUser;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Overdue actions alert their owner and the Dirección SIG (issue #14), by mail through the outbox.
 * Each overdue action alerts <b>once per due date</b>: the claim is a row of {@code
 * acpm_alert_ledger} keyed by (action, due date), inserted with {@code INSERT IGNORE} in the same
 * transaction as the mails, so a second run, a second node or a restart sends nothing twice, and
 * moving the due date (a new commitment) alerts again if the new one passes too.
 */
@Stateless
public class AcpmAlerts {

  private static final Logger LOG = Logger.getLogger(AcpmAlerts.class.getName());

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject Outbox outbox;
  @EJB StaffDirectory directory;
  @EJB ProposalService proposals;
  @Inject Clock clock;

  /**
   * Alerts every open action due before {@code today} that was not alerted for its due date.
   *
   * @return how many actions were alerted
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int alertOverdue(LocalDate today) {
    List<AcpmAction> overdue =
        em.createNamedQuery(AcpmAction.OVERDUE, AcpmAction.class)
            .setParameter("open", EnumSet.of(ActionStatus.PENDIENTE, ActionStatus.EN_CURSO))
            .setParameter("today", today)
            .getResultList();
    LocalDateTime now = LocalDateTime.now(clock);
    List<String> sig = sigRecipients();
    int alerted = 0;
    for (AcpmAction a : overdue) {
      if (a.acpm().status() != AcpmStatus.ABIERTA) {
        continue;
      }
      int claimed =
          em.createNativeQuery(
                  "INSERT IGNORE INTO acpm_alert_ledger (action_id, due_date, alerted_at)"
                      + " VALUES (?, ?, ?)")
              .setParameter(1, a.id())
              .setParameter(2, a.dueDate())
              .setParameter(3, now)
              .executeUpdate();
      if (claimed == 0) {
        continue;
      }
      String subject = text("alert.subject", a.acpm().number(), a.number());
      String body =
          text(
              "alert.body",
              a.acpm().number(),
              a.number(),
              a.description(),
              a.owner(),
              a.dueDate().toString(),
              a.acpm().description());
      Set<String> to = new LinkedHashSet<>();
      String ownerMail = directory.find(a.owner()).map(StaffUser::email).orElse(null);
      outbox.enqueue(
          new OutboxMessage(ownerMail, subject, body, null, now, text("alert.no_owner_mail")));
      if (ownerMail != null) {
        to.add(ownerMail.toLowerCase(java.util.Locale.ROOT));
      }
      for (String s : sig) {
        if (to.add(s.toLowerCase(java.util.Locale.ROOT))) {
          outbox.enqueue(
              new OutboxMessage(s, subject, body, null, now, text("alert.no_owner_mail")));
        }
      }
      alerted++;
    }
    int count = alerted;
    if (count > 0) {
      LOG.info(() -> "ACPM: " + count + " overdue action(s) alerted on " + today);
    }
    return count;
  }

  private List<String> sigRecipients() {
    String mailbox = proposals.settings().sigMailbox();
    if (mailbox != null) {
      return List.of(mailbox);
    }
    List<String> out = new ArrayList<>();
    for (StaffUser u : directory.usersWithRole(StaffRole.SIG)) {
      if (u.active() && u.email() != null && !u.email().isBlank()) {
        out.add(u.email());
      }
    }
    return out;
  }

  private static String text(String key, Object... args) {
    return AcpmRuleViolation.text(AcpmRuleViolation.SPANISH, key, args);
  }
}
