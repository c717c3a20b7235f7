package co.ventanilla.correspondence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the mail intake keeps what is not a case: failed attempts, quarantine, ignored mail. */
@ApplicationScoped
public class MailLedger {

  @PersistenceContext(unitName = "ventanilla")
  private EntityManager em;

  public MailLedger() {}

  /** For use outside a container. */
  public MailLedger(EntityManager em) {
    this.em = em;
  }

  public Optional<MailAttempt> attempts(String sourceKey) {
    return Optional.ofNullable(em.find(MailAttempt.class, sourceKey));
  }

  public void store(MailAttempt attempt) {
    em.persist(attempt);
  }

  /** Forgets the failed attempts of a mail (it went through, or is quarantined). */
  public void clearAttempts(String sourceKey) {
    attempts(sourceKey).ifPresent(em::remove);
  }

  public Optional<MailQuarantine> quarantined(String sourceKey) {
    return em.createNamedQuery(MailQuarantine.BY_SOURCE_KEY, MailQuarantine.class)
        .setParameter("key", sourceKey)
        .getResultStream()
        .findFirst();
  }

  public Optional<MailQuarantine> quarantine(long id) {
    return Optional.ofNullable(em.find(MailQuarantine.class, id));
  }

  /** One page of the quarantine in {@code status}, latest first. */
  public List<MailQuarantine> quarantine(QuarantineStatus status, int first, int max) {
    return em.createNamedQuery(MailQuarantine.BY_STATUS, MailQuarantine.class)
        .setParameter("status", status)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countQuarantine(QuarantineStatus status) {
    return em.createNamedQuery(MailQuarantine.COUNT_BY_STATUS, Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }

  public void store(MailQuarantine quarantine) {
    em.persist(quarantine);
  }

  public Optional<IgnoredMail> ignored(String sourceKey) {
    return em.createNamedQuery(IgnoredMail.BY_SOURCE_KEY, IgnoredMail.class)
        .setParameter("key", sourceKey)
        .getResultStream()
        .findFirst();
  }

  public void store(IgnoredMail ignored) {
    em.persist(ignored);
  }

  /** The mail with {@code messageKey} as first processed, from whichever mailbox. */
  public Optional<DistinctMail> distinct(String messageKey) {
    return Optional.ofNullable(em.find(DistinctMail.class, messageKey));
  }

  /**
   * Claims {@code mail} for this transaction: flushed at once, so that a second mailbox reading the
   * same mail at the same instant waits on the primary key and then fails, instead of filing it
   * again (its caller tries once more and finds it processed).
   */
  public DistinctMail claim(DistinctMail mail) {
    em.persist(mail);
    em.flush();
    return mail;
  }

  /**
   * Notes that the mail reached a mailbox, once per mailbox.
   *
   * @return whether this is the first time it is noted for that mailbox
   */
  public boolean noteDelivery(MailDelivery delivery) {
    if (em.find(MailDelivery.class, new MailDelivery.Key(delivery.messageKey(), delivery.mailbox()))
        == null) {
      em.persist(delivery);
      return true;
    }
    return false;
  }

  /** The mailboxes a mail reached, first first. */
  public List<MailDelivery> deliveries(String messageKey) {
    return em.createNamedQuery(MailDelivery.OF_MESSAGE, MailDelivery.class)
        .setParameter("key", messageKey)
        .getResultList();
  }

  /** How many mails of {@code mailbox} were ignored, by reason. */
  public Map<AutomaticReason, Long> ignoredByReason(String mailbox) {
    Map<AutomaticReason, Long> counts = new EnumMap<>(AutomaticReason.class);
    em.createNamedQuery(IgnoredMail.COUNT_BY_REASON, Object[].class)
        .setParameter("mailbox", mailbox)
        .getResultList()
        .forEach(row -> counts.put((AutomaticReason) row[0], (Long) row[1]));
    return counts;
  }
}
