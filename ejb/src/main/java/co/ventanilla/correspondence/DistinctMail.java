package co.ventanilla.correspondence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One mail as processed once, whichever of our mailboxes it reached first, by its {@link
 * IncomingMail#messageKey()} (the primary key: two mailboxes reading the same mail at the same
 * instant insert the same key, and the database lets only one through; the other sees it and notes
 * its copy). Holds what the mail became, so the copies in other mailboxes point to the same case.
 */
@Entity
@Table(name = "mail_distinct")
public class DistinctMail {

  @Id
  @Column(name = "message_key", length = 80)
  private String messageKey;

  @Column(name = "mailbox", nullable = false, length = 60, updatable = false)
  private String mailbox;

  @Column(name = "source_key", nullable = false, length = IncomingMail.SOURCE_KEY_MAX)
  private String sourceKey;

  @Column(name = "outcome", length = 20)
  private String outcome;

  @Column(name = "radicado", length = 40)
  private String radicado;

  @Column(name = "first_received_at", nullable = false, updatable = false)
  private LocalDateTime firstReceivedAt;

  protected DistinctMail() {}

  DistinctMail(String messageKey, String mailbox, String sourceKey, LocalDateTime at) {
    this.messageKey = messageKey;
    this.mailbox = mailbox;
    this.sourceKey = sourceKey;
    this.firstReceivedAt = at;
  }

  void decided(MailOutcome outcome) {
    this.outcome = outcome.kind().name();
    this.radicado = outcome.radicado();
  }

  public String messageKey() {
    return messageKey;
  }

  /** The mailbox that read it first and processed it. */
  public String mailbox() {
    return mailbox;
  }

  public String sourceKey() {
    return sourceKey;
  }

  /** {@link MailOutcome.Kind} name of what it became. */
  public String outcome() {
    return outcome;
  }

  /** The case it became or was appended to; {@code null} when ignored. */
  public String radicado() {
    return radicado;
  }

  public LocalDateTime firstReceivedAt() {
    return firstReceivedAt;
  }
}
