package co.ventanilla.mail;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.attachments.StoredContent;
import co.ventanilla.cases.outbox.OutboxAttachment;
import co.ventanilla.cases.outbox.OutboxMessage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The database steps of delivery, each in its own short transaction, so that no transaction is open
 * while the SMTP server is talked to and one failing mail never undoes another's record.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  public OutboxDelivery() {}

  /** For use outside a container. */
  public OutboxDelivery(EntityManager em) {
    this.em = em;
  }

  /** Ids of up to {@code max} messages to try now, oldest first. */
  public List<Long> due(int max, LocalDateTime now) {
    return em.createNamedQuery(OutboxMessage.DUE, Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Takes message {@code id} for sending until {@code until}, if it is still unsent and due at
   * {@code now}: one atomic update, so that two senders (two servers, or a run that overlaps the
   * previous one) never both send it. A sender that stops before marking it sent or failed lets the
   * lease run out, and the message is tried again then.
   *
   * @return whether this caller has it
   */
  public boolean claim(long id, LocalDateTime now, LocalDateTime until) {
    return em.createQuery(
                "UPDATE OutboxMessage m SET m.nextAttemptAt = :until, m.version = m.version + 1"
                    + " WHERE m.id = :id AND m.sentAt IS NULL"
                    + " AND (m.nextAttemptAt IS NULL OR m.nextAttemptAt <= :now)")
            .setParameter("until", until)
            .setParameter("id", id)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /** The message as it is now, or null when it was sent meanwhile. */
  public OutboxMessage load(long id) {
    OutboxMessage m = em.find(OutboxMessage.class, id);
    return m == null || m.sentAt() != null ? null : m;
  }

  /** The files message {@code id} carries, with their bytes; empty for a plain mail. */
  public List<MailAttachment> attachments(long id) {
    OutboxMessage m = em.find(OutboxMessage.class, id);
    List<MailAttachment> files = new ArrayList<>();
    if (m == null) {
      return files;
    }
    ContentStore store = new ContentStore(em);
    for (OutboxAttachment a : m.attachments()) {
      StoredContent content = em.find(StoredContent.class, a.contentId());
      files.add(new MailAttachment(a.fileName(), a.mediaType(), store.read(content)));
    }
    return files;
  }

  public void markSent(long id, LocalDateTime at) {
    em.find(OutboxMessage.class, id).markSent(at);
  }

  public void markFailed(long id, String error, LocalDateTime at) {
    em.find(OutboxMessage.class, id).markFailed(error, at);
  }
}
