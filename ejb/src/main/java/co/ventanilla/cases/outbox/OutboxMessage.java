package co.ventanilla.cases.outbox;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One mail to send: to the petitioner (the answer, a request to complete, a notice of ampliación or
 * traslado) or to a level of the escalation ladder. Written in the transaction of the change that
 * causes it and delivered later by the sender, which records each attempt.
 *
 * <p>A message without recipient (nobody configured for an escalation level) is kept with its
 * {@link #lastError()} so staff see it; the sender skips it.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
    name = OutboxMessage.PENDING,
    query =
        "SELECT m FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.recipient IS NOT NULL"
            + " ORDER BY m.createdAt, m.id")
@NamedQuery(
    name = OutboxMessage.DUE,
    query =
        "SELECT m.id FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.recipient IS NOT NULL"
            + " AND (m.nextAttemptAt IS NULL OR m.nextAttemptAt <= :now)"
            + " ORDER BY m.createdAt, m.id")
@NamedQuery(
    name = OutboxMessage.BY_RADICADO,
    query = "SELECT m FROM OutboxMessage m WHERE m.radicado = :radicado ORDER BY m.createdAt, m.id")
public class OutboxMessage {

  public static final String PENDING = "OutboxMessage.pending";

  /** Ids of the messages the sender should try now (never sent, retry time reached). */
  public static final String DUE = "OutboxMessage.due";

  /** RFC 3834 {@code Auto-Submitted} values. */
  public static final String AUTO_GENERATED = "auto-generated";

  public static final String AUTO_REPLIED = "auto-replied";
  public static final String WRITTEN_BY_STAFF = "no";

  /** Longest wait between two attempts. */
  static final long MAX_BACKOFF_MINUTES = 60;

  public static final String BY_RADICADO = "OutboxMessage.byRadicado";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "outbox_ids")
  @TableGenerator(
      name = "outbox_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "outbox_message",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "recipient", length = 254, updatable = false)
  private String recipient;

  @Column(name = "subject", nullable = false, length = 300, updatable = false)
  private String subject;

  @Column(name = "body", nullable = false, columnDefinition = "MEDIUMTEXT", updatable = false)
  private String body;

  @Column(name = "radicado", length = 40, updatable = false)
  private String radicado;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private LocalDateTime nextAttemptAt;

  @Column(name = "auto_submitted", nullable = false, length = 20)
  private String autoSubmitted = AUTO_GENERATED;

  @Column(name = "last_error", length = 2000)
  private String lastError;

  @OneToMany(mappedBy = "message", cascade = CascadeType.PERSIST)
  @OrderBy("id ASC")
  private List<OutboxAttachment> attachments = new ArrayList<>();

  protected OutboxMessage() {}

  /**
   * A mail to send.
   *
   * @param recipient the address, or null when none is known (kept, not sent, with {@code
   *     missingRecipient} as its error)
   * @param radicado the case it is about, or null
   */
  public OutboxMessage(
      String recipient,
      String subject,
      String body,
      String radicado,
      LocalDateTime createdAt,
      String missingRecipient) {
    this.recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
    this.subject = Objects.requireNonNull(subject, "subject");
    this.body = Objects.requireNonNull(body, "body");
    this.radicado = radicado;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    if (this.recipient == null) {
      this.lastError = Objects.requireNonNull(missingRecipient, "missingRecipient");
    }
  }

  /** The sender delivered it. */
  public void markSent(LocalDateTime at) {
    attempts++;
    sentAt = at;
    lastError = null;
  }

  /** The sender tried and failed; it will try again. */
  public void markFailed(String error) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
  }

  /**
   * The sender tried at {@code now} and failed: it tries again after 1, 2, 4 ... minutes, at most
   * an hour apart, for as long as it takes. A mail is never dropped.
   */
  public void markFailed(String error, LocalDateTime now) {
    markFailed(error);
    long minutes = Math.min(MAX_BACKOFF_MINUTES, 1L << Math.min(attempts - 1, 10));
    nextAttemptAt = now.plusMinutes(minutes);
  }

  /** Marks it as an answer written by a person: no {@code Auto-Submitted} (RFC 3834 "no"). */
  public OutboxMessage writtenByStaff() {
    autoSubmitted = WRITTEN_BY_STAFF;
    return this;
  }

  /** Marks it as an automatic reply to something received (the acknowledgement). */
  public OutboxMessage autoReplied() {
    autoSubmitted = AUTO_REPLIED;
    return this;
  }

  /** The RFC 3834 {@code Auto-Submitted} value: {@code no}, {@code auto-replied} or generated. */
  public String autoSubmitted() {
    return autoSubmitted;
  }

  /**
   * Attaches the stored content {@code contentId} as {@code fileName}; before the message is
   * enqueued (the attachment is stored with it).
   */
  public OutboxMessage attach(String fileName, String mediaType, long contentId) {
    attachments.add(new OutboxAttachment(this, fileName, mediaType, contentId));
    return this;
  }

  /** The files this mail carries, in the order attached. */
  public List<OutboxAttachment> attachments() {
    return List.copyOf(attachments);
  }

  public LocalDateTime nextAttemptAt() {
    return nextAttemptAt;
  }

  public Long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String radicado() {
    return radicado;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime sentAt() {
    return sentAt;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }
}
