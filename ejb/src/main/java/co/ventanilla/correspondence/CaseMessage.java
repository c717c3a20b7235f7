package co.ventanilla.correspondence;

import co.ventanilla.attachments.CaseAttachment;
import co.ventanilla.attachments.StoredContent;
import co.ventanilla.cases.PqrsCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One message of a case's correspondence: a reply of the petitioner that quotes the radicado, or a
 * mail the company sent. Append-only, like the history: who wrote to whom, when, the subject and
 * the text, the files (kept as the case's attachments) and the original as received. A message that
 * came from a channel carries that channel's unique {@link #sourceKey()}, so the same mail read
 * twice is one message.
 */
@Entity
@Table(name = "case_message")
@NamedQuery(
    name = CaseMessage.BY_SOURCE_KEY,
    query = "SELECT m FROM CaseMessage m JOIN FETCH m.pqrsCase WHERE m.sourceKey = :key")
@NamedQuery(
    name = CaseMessage.OF_CASE,
    query =
        "SELECT m FROM CaseMessage m WHERE m.pqrsCase.radicado = :radicado"
            + " ORDER BY m.occurredAt, m.id")
public class CaseMessage {

  static final String BY_SOURCE_KEY = "CaseMessage.bySourceKey";
  static final String OF_CASE = "CaseMessage.ofCase";

  static final int ADDRESS_MAX = 400;
  static final int RECIPIENTS_MAX = 2000;
  static final int SUBJECT_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_message_ids")
  @TableGenerator(
      name = "case_message_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "case_message",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private PqrsCase pqrsCase;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", nullable = false, length = 3, updatable = false)
  private MessageDirection direction;

  @Column(name = "from_address", length = ADDRESS_MAX, updatable = false)
  private String from;

  @Column(name = "to_addresses", length = RECIPIENTS_MAX, updatable = false)
  private String to;

  @Column(name = "subject", length = SUBJECT_MAX, updatable = false)
  private String subject;

  @Column(name = "body", nullable = false, columnDefinition = "MEDIUMTEXT", updatable = false)
  private String text;

  /** When it was received (IN) or sent (OUT), in Colombian time. */
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Column(
      name = "source_key",
      length = IncomingMail.SOURCE_KEY_MAX,
      unique = true,
      updatable = false)
  private String sourceKey;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "original_content_id", updatable = false)
  private StoredContent original;

  @OneToMany
  @JoinTable(
      name = "case_message_attachment",
      joinColumns = @JoinColumn(name = "message_id"),
      inverseJoinColumns = @JoinColumn(name = "attachment_id", unique = true))
  @OrderBy("id ASC")
  private List<CaseAttachment> attachments = new ArrayList<>();

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 120, updatable = false)
  private String recordedBy;

  protected CaseMessage() {}

  private CaseMessage(
      PqrsCase pqrsCase,
      MessageDirection direction,
      String from,
      String to,
      String subject,
      String text,
      LocalDateTime occurredAt,
      String sourceKey,
      StoredContent original,
      LocalDateTime recordedAt,
      String recordedBy) {
    this.pqrsCase = Objects.requireNonNull(pqrsCase, "pqrsCase");
    this.direction = direction;
    this.from = cut(from, ADDRESS_MAX);
    this.to = cut(to, RECIPIENTS_MAX);
    this.subject = cut(subject, SUBJECT_MAX);
    this.text = text == null ? "" : text;
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.sourceKey = sourceKey;
    this.original = original;
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
  }

  /** A message the petitioner (or anyone) sent about the case. */
  public static CaseMessage incoming(
      PqrsCase pqrsCase,
      InboundMessage message,
      LocalDateTime receivedAt,
      StoredContent original,
      LocalDateTime recordedAt) {
    return new CaseMessage(
        pqrsCase,
        MessageDirection.IN,
        message.from(),
        message.to(),
        message.subject(),
        message.text(),
        receivedAt,
        message.sourceKey(),
        original,
        recordedAt,
        message.actor());
  }

  /** A message the company sent about the case (recorded by whoever sends it). */
  public static CaseMessage outgoing(
      PqrsCase pqrsCase,
      String from,
      String to,
      String subject,
      String text,
      LocalDateTime sentAt,
      String sourceKey,
      String actor) {
    return new CaseMessage(
        pqrsCase,
        MessageDirection.OUT,
        from,
        to,
        subject,
        text,
        sentAt,
        sourceKey,
        null,
        sentAt,
        actor);
  }

  void attach(CaseAttachment attachment) {
    attachments.add(attachment);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long id() {
    return id;
  }

  public PqrsCase pqrsCase() {
    return pqrsCase;
  }

  public MessageDirection direction() {
    return direction;
  }

  public String from() {
    return from;
  }

  public String to() {
    return to;
  }

  public String subject() {
    return subject;
  }

  public String text() {
    return text;
  }

  public LocalDateTime occurredAt() {
    return occurredAt;
  }

  public String sourceKey() {
    return sourceKey;
  }

  /** The message as received (for mail, its MIME source), or {@code null}. */
  public StoredContent original() {
    return original;
  }

  public List<CaseAttachment> attachments() {
    return Collections.unmodifiableList(attachments);
  }

  public LocalDateTime recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
