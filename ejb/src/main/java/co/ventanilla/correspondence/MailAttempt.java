package co.ventanilla.correspondence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The failed attempts to process one mail, by its source key. Written in a transaction of its own
 * after the attempt rolled back, and removed when the mail is finally processed or quarantined. The
 * mailbox keeps the mail unread meanwhile, so every poll is one more attempt; counting them here,
 * not in memory, survives restarts and lets a mail that failed for a passing reason (database busy,
 * a deadlock) go through on a later poll.
 */
@Entity
@Table(name = "mail_attempt")
public class MailAttempt {

  @Id
  @Column(name = "source_key", length = IncomingMail.SOURCE_KEY_MAX)
  private String sourceKey;

  @Column(name = "mailbox", nullable = false, length = 60, updatable = false)
  private String mailbox;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "first_failed_at", nullable = false, updatable = false)
  private LocalDateTime firstFailedAt;

  @Column(name = "last_failed_at", nullable = false)
  private LocalDateTime lastFailedAt;

  @Column(name = "last_error", length = MailQuarantine.ERROR_MAX)
  private String lastError;

  protected MailAttempt() {}

  MailAttempt(String sourceKey, String mailbox, LocalDateTime at) {
    this.sourceKey = sourceKey;
    this.mailbox = mailbox;
    this.firstFailedAt = at;
    this.lastFailedAt = at;
  }

  /** One more failed attempt; returns how many there were. */
  int failed(LocalDateTime at, String error) {
    attempts++;
    lastFailedAt = at;
    lastError = MailQuarantine.cut(error, MailQuarantine.ERROR_MAX);
    return attempts;
  }

  public String sourceKey() {
    return sourceKey;
  }

  public String mailbox() {
    return mailbox;
  }

  public int attempts() {
    return attempts;
  }

  public LocalDateTime firstFailedAt() {
    return firstFailedAt;
  }

  public LocalDateTime lastFailedAt() {
    return lastFailedAt;
  }

  public String lastError() {
    return lastError;
  }
}
