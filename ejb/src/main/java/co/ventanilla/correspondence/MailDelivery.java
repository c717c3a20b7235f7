package co.ventanilla.correspondence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * That a mail ({@link IncomingMail#messageKey()}) arrived in one of our mailboxes: one row per
 * mailbox, so a mail sent to servicio and copied to a sede is noted on both while it is processed
 * once ({@link DistinctMail}).
 */
@Entity
@Table(name = "mail_delivery")
@IdClass(MailDelivery.Key.class)
@NamedQuery(
    name = MailDelivery.OF_MESSAGE,
    query =
        "SELECT d FROM MailDelivery d WHERE d.messageKey = :key ORDER BY d.receivedAt, d.mailbox")
public class MailDelivery {

  public static final String OF_MESSAGE = "MailDelivery.ofMessage";

  @Id
  @Column(name = "message_key", length = 80)
  private String messageKey;

  @Id
  @Column(name = "mailbox", length = 60)
  private String mailbox;

  @Column(name = "source_key", nullable = false, length = IncomingMail.SOURCE_KEY_MAX)
  private String sourceKey;

  @Column(name = "received_at", nullable = false)
  private LocalDateTime receivedAt;

  protected MailDelivery() {}

  MailDelivery(String messageKey, String mailbox, String sourceKey, LocalDateTime receivedAt) {
    this.messageKey = messageKey;
    this.mailbox = mailbox;
    this.sourceKey = sourceKey;
    this.receivedAt = receivedAt;
  }

  public String messageKey() {
    return messageKey;
  }

  public String mailbox() {
    return mailbox;
  }

  public String sourceKey() {
    return sourceKey;
  }

  public LocalDateTime receivedAt() {
    return receivedAt;
  }

  /** The primary key: message and mailbox. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String messageKey;
    private String mailbox;

    public Key() {}

    public Key(String messageKey, String mailbox) {
      this.messageKey = messageKey;
      this.mailbox = mailbox;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(messageKey, k.messageKey)
          && Objects.equals(mailbox, k.mailbox);
    }

    @Override
    public int hashCode() {
      return Objects.hash(messageKey, mailbox);
    }
  }
}
