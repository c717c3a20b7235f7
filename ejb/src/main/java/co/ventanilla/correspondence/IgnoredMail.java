package co.ventanilla.correspondence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/**
 * A mail written by a program (auto-reply, bounce, list mail, our own mail come back) that was not
 * made a case: one row per mail, so staff can count them by mailbox and reason and find one that
 * should not have been ignored (the mail itself stays in the mailbox, read). Unique by source key:
 * the same mail read twice counts once.
 */
@Entity
@Table(name = "ignored_mail")
@NamedQuery(
    name = IgnoredMail.BY_SOURCE_KEY,
    query = "SELECT i FROM IgnoredMail i WHERE i.sourceKey = :key")
@NamedQuery(
    name = IgnoredMail.COUNT_BY_REASON,
    query =
        "SELECT i.reason, COUNT(i) FROM IgnoredMail i WHERE i.mailbox = :mailbox"
            + " GROUP BY i.reason")
public class IgnoredMail {

  static final String BY_SOURCE_KEY = "IgnoredMail.bySourceKey";
  static final String COUNT_BY_REASON = "IgnoredMail.countByReason";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ignored_mail_ids")
  @TableGenerator(
      name = "ignored_mail_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "ignored_mail",
      allocationSize = 50)
  private Long id;

  @Column(name = "mailbox", nullable = false, length = 60, updatable = false)
  private String mailbox;

  @Column(
      name = "source_key",
      nullable = false,
      length = IncomingMail.SOURCE_KEY_MAX,
      unique = true,
      updatable = false)
  private String sourceKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, length = 20, updatable = false)
  private AutomaticReason reason;

  @Column(name = "from_address", length = CaseMessage.ADDRESS_MAX, updatable = false)
  private String from;

  @Column(name = "subject", length = CaseMessage.SUBJECT_MAX, updatable = false)
  private String subject;

  @Column(name = "ignored_at", nullable = false, updatable = false)
  private LocalDateTime ignoredAt;

  protected IgnoredMail() {}

  IgnoredMail(IncomingMail mail, LocalDateTime ignoredAt) {
    this.mailbox = mail.mailbox().name();
    this.sourceKey = mail.sourceKey();
    this.reason = mail.automatic();
    this.from = MailQuarantine.cut(mail.fromAddress(), CaseMessage.ADDRESS_MAX);
    this.subject = MailQuarantine.cut(mail.subject(), CaseMessage.SUBJECT_MAX);
    this.ignoredAt = ignoredAt;
  }

  public String mailbox() {
    return mailbox;
  }

  public String sourceKey() {
    return sourceKey;
  }

  public AutomaticReason reason() {
    return reason;
  }

  public String from() {
    return from;
  }

  public String subject() {
    return subject;
  }

  public LocalDateTime ignoredAt() {
    return ignoredAt;
  }
}
