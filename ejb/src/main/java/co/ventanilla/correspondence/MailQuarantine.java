package co.ventanilla.correspondence;

import co.ventanilla.attachments.StoredContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A mail that could not be processed after the configured number of attempts ({@code
 * intake.mail.max-attempts}), kept whole (its raw MIME) for staff: nothing read from a mailbox is
 * ever lost; a message that cannot be processed is kept and shown to staff (DOMAIN.md, intake
 * channel 1). Staff either import it again, once the cause is fixed, or discard it; either way the
 * record stays, with who decided and when.
 */
@Entity
@Table(name = "mail_quarantine")
@NamedQuery(
    name = MailQuarantine.BY_SOURCE_KEY,
    query = "SELECT q FROM MailQuarantine q WHERE q.sourceKey = :key")
@NamedQuery(
    name = MailQuarantine.BY_STATUS,
    query =
        "SELECT q FROM MailQuarantine q WHERE q.status = :status"
            + " ORDER BY q.quarantinedAt DESC, q.id DESC")
@NamedQuery(
    name = MailQuarantine.COUNT_BY_STATUS,
    query = "SELECT COUNT(q) FROM MailQuarantine q WHERE q.status = :status")
public class MailQuarantine {

  static final String BY_SOURCE_KEY = "MailQuarantine.bySourceKey";
  static final String BY_STATUS = "MailQuarantine.byStatus";
  static final String COUNT_BY_STATUS = "MailQuarantine.countByStatus";

  static final int ERROR_MAX = 4000;
  static final int NOTE_MAX = 1500;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "mail_quarantine_ids")
  @TableGenerator(
      name = "mail_quarantine_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "mail_quarantine",
      allocationSize = 20)
  private Long id;

  @Version private long version;

  @Column(name = "mailbox", nullable = false, length = 60, updatable = false)
  private String mailbox;

  @Column(
      name = "source_key",
      nullable = false,
      length = IncomingMail.SOURCE_KEY_MAX,
      unique = true,
      updatable = false)
  private String sourceKey;

  @Column(name = "subject", length = CaseMessage.SUBJECT_MAX, updatable = false)
  private String subject;

  @Column(name = "from_address", length = CaseMessage.ADDRESS_MAX, updatable = false)
  private String from;

  @Column(name = "error_text", length = ERROR_MAX, updatable = false)
  private String error;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "raw_content_id", nullable = false, updatable = false)
  private StoredContent raw;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "attempts", nullable = false, updatable = false)
  private int attempts;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private QuarantineStatus status;

  @Column(name = "first_failed_at", nullable = false, updatable = false)
  private LocalDateTime firstFailedAt;

  @Column(name = "quarantined_at", nullable = false, updatable = false)
  private LocalDateTime quarantinedAt;

  @Column(name = "resolved_at")
  private LocalDateTime resolvedAt;

  @Column(name = "resolved_by", length = 120)
  private String resolvedBy;

  @Column(name = "resolution_note", length = NOTE_MAX)
  private String resolutionNote;

  /** The case the reimported mail was filed as or appended to, when there is one. */
  @Column(name = "result_radicado", length = 40)
  private String resultRadicado;

  protected MailQuarantine() {}

  MailQuarantine(
      MailFailure failure,
      StoredContent raw,
      int attempts,
      LocalDateTime firstFailedAt,
      LocalDateTime quarantinedAt) {
    this.mailbox = failure.mailbox();
    this.sourceKey = failure.sourceKey();
    this.subject = cut(failure.subject(), CaseMessage.SUBJECT_MAX);
    this.from = cut(failure.from(), CaseMessage.ADDRESS_MAX);
    this.error = cut(failure.error(), ERROR_MAX);
    this.raw = Objects.requireNonNull(raw, "raw");
    this.size = raw.size();
    this.attempts = attempts;
    this.status = QuarantineStatus.PENDING;
    this.firstFailedAt = firstFailedAt;
    this.quarantinedAt = quarantinedAt;
  }

  /**
   * Staff import it again. Marked before the import runs (in the same transaction), so the import
   * does not take the mail for one still waiting in quarantine.
   */
  void reimported(String actor, LocalDateTime at) {
    resolve(QuarantineStatus.REIMPORTED, actor, at, null);
  }

  /** What the import made of it: the case it went to, if any, and a note for staff. */
  void imported(String radicado, String note) {
    this.resultRadicado = radicado;
    this.resolutionNote = cut(note, NOTE_MAX);
  }

  /** Staff set it aside; the record and the raw mail stay. */
  void discarded(String actor, LocalDateTime at, String note) {
    resolve(QuarantineStatus.DISCARDED, actor, at, note);
  }

  private void resolve(QuarantineStatus to, String actor, LocalDateTime at, String note) {
    if (status != QuarantineStatus.PENDING) {
      throw new MailQuarantineException("quarantine.not_pending", String.valueOf(id), status);
    }
    if (actor == null || actor.isBlank()) {
      throw new MailQuarantineException("quarantine.actor_required", String.valueOf(id));
    }
    status = to;
    resolvedBy = cut(actor.strip(), 120);
    resolvedAt = at;
    resolutionNote = cut(note, NOTE_MAX);
  }

  static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long id() {
    return id;
  }

  public String mailbox() {
    return mailbox;
  }

  public String sourceKey() {
    return sourceKey;
  }

  public String subject() {
    return subject;
  }

  public String from() {
    return from;
  }

  /** Why the last attempt failed. */
  public String error() {
    return error;
  }

  public StoredContent raw() {
    return raw;
  }

  public long size() {
    return size;
  }

  public int attempts() {
    return attempts;
  }

  public QuarantineStatus status() {
    return status;
  }

  public LocalDateTime firstFailedAt() {
    return firstFailedAt;
  }

  public LocalDateTime quarantinedAt() {
    return quarantinedAt;
  }

  public LocalDateTime resolvedAt() {
    return resolvedAt;
  }

  public String resolvedBy() {
    return resolvedBy;
  }

  public String resolutionNote() {
    return resolutionNote;
  }

  public String resultRadicado() {
    return resultRadicado;
  }
}
