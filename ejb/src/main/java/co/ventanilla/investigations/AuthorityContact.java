package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Something sent to or received from an authority (police: denuncia number and station; Fiscalía:
 * noticia criminal; Supervigilancia; the insurer): when, its reference, a note and the file. Seed
 * 002 §4 activity 5, Nota 2: "cooperar con los mecanismos oficiales de investigación externa".
 */
@Entity
@Table(name = "investigation_authority")
public class AuthorityContact {

  /** Sent by the company or received from the authority. */
  public enum Direction {
    ENVIADO,
    RECIBIDO
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "investigation_authority_ids")
  @TableGenerator(
      name = "investigation_authority_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "investigation_authority",
      allocationSize = 20)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "investigation_id", nullable = false, updatable = false)
  private Investigation investigation;

  @Enumerated(EnumType.STRING)
  @Column(name = "authority", nullable = false, length = 30, updatable = false)
  private Authority authority;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", nullable = false, length = 10, updatable = false)
  private Direction direction;

  @Column(name = "reference", length = 200, updatable = false)
  private String reference;

  @Column(name = "occurred_on", nullable = false, updatable = false)
  private LocalDate occurredOn;

  @Column(name = "note", length = 2000, updatable = false)
  private String note;

  @Column(name = "file_name", length = 255, updatable = false)
  private String fileName;

  @Column(name = "content_id", updatable = false)
  private Long contentId;

  @Column(name = "recorded_by", nullable = false, length = 120, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  protected AuthorityContact() {}

  AuthorityContact(
      Investigation investigation,
      Authority authority,
      Direction direction,
      String reference,
      LocalDate occurredOn,
      String note,
      EvidenceFile file,
      String recordedBy,
      LocalDateTime recordedAt) {
    this.investigation = investigation;
    this.authority = authority;
    this.direction = direction;
    this.reference = reference;
    this.occurredOn = occurredOn;
    this.note = note;
    if (file != null) {
      this.fileName = file.fileName();
      this.contentId = file.contentId();
    }
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long id() {
    return id;
  }

  public Authority authority() {
    return authority;
  }

  public Direction direction() {
    return direction;
  }

  public String reference() {
    return reference;
  }

  public LocalDate occurredOn() {
    return occurredOn;
  }

  public String note() {
    return note;
  }

  public String fileName() {
    return fileName;
  }

  public Long contentId() {
    return contentId;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public LocalDateTime recordedAt() {
    return recordedAt;
  }
}
