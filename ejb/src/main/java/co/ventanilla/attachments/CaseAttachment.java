package co.ventanilla.attachments;

import co.ventanilla.cases.PqrsCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/**
 * A file attached to a case: name, media type, size and SHA-256 (so anyone can check later that the
 * evidence was not altered), who added it and when. Never deleted.
 */
@Entity
@Table(name = "case_attachment")
@NamedQuery(
    name = CaseAttachment.OF_CASE,
    query = "SELECT a FROM CaseAttachment a WHERE a.pqrsCase.id = :caseId ORDER BY a.id")
public class CaseAttachment {

  public static final String OF_CASE = "CaseAttachment.ofCase";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_attachment_ids")
  @TableGenerator(
      name = "case_attachment_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "case_attachment",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private PqrsCase pqrsCase;

  @Column(name = "file_name", nullable = false, length = 255, updatable = false)
  private String fileName;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "content_id", nullable = false, updatable = false)
  private StoredContent content;

  @Column(name = "added_at", nullable = false, updatable = false)
  private LocalDateTime addedAt;

  @Column(name = "added_by", nullable = false, length = 120, updatable = false)
  private String addedBy;

  protected CaseAttachment() {}

  public CaseAttachment(
      PqrsCase pqrsCase,
      String fileName,
      StoredContent content,
      LocalDateTime addedAt,
      String addedBy) {
    this.pqrsCase = pqrsCase;
    this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
    this.content = content;
    this.addedAt = addedAt;
    this.addedBy = addedBy;
  }

  public Long id() {
    return id;
  }

  /** The id of the case the file belongs to. */
  public long caseId() {
    return pqrsCase.id();
  }

  public String fileName() {
    return fileName;
  }

  public StoredContent content() {
    return content;
  }

  public LocalDateTime addedAt() {
    return addedAt;
  }

  public String addedBy() {
    return addedBy;
  }
}
