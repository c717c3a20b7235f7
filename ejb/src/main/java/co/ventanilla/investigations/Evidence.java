package co.ventanilla.investigations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A piece of evidence (seed 002 §4 activity 5): its kind, source, who added it and when, and its
 * file with the SHA-256 computed when it was stored, so anyone can later prove it was not altered.
 * Append-only: nothing is deleted or edited; an item can be superseded with a reason, and its chain
 * of custody grows.
 */
@Entity
@Table(name = "investigation_evidence")
public class Evidence {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "investigation_evidence_ids")
  @TableGenerator(
      name = "investigation_evidence_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "investigation_evidence",
      allocationSize = 20)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "investigation_id", nullable = false, updatable = false)
  private Investigation investigation;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30, updatable = false)
  private EvidenceKind kind;

  @Column(name = "description", nullable = false, length = 2000, updatable = false)
  private String description;

  @Column(name = "source", length = 300, updatable = false)
  private String source;

  @Column(name = "file_name", length = 255, updatable = false)
  private String fileName;

  @Column(name = "content_id", updatable = false)
  private Long contentId;

  @Column(name = "sha256", length = 64, updatable = false)
  private String sha256;

  @Column(name = "size_bytes", updatable = false)
  private Long size;

  @Column(name = "media_type", length = 150, updatable = false)
  private String mediaType;

  @Column(name = "added_by", nullable = false, length = 120, updatable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private LocalDateTime addedAt;

  @Column(name = "superseded_by", length = 120)
  private String supersededBy;

  @Column(name = "superseded_at")
  private LocalDateTime supersededAt;

  @Column(name = "superseded_reason", length = 1000)
  private String supersededReason;

  @ElementCollection
  @CollectionTable(name = "evidence_custody", joinColumns = @JoinColumn(name = "evidence_id"))
  @OrderColumn(name = "position")
  private List<CustodyTransfer> custody = new ArrayList<>();

  protected Evidence() {}

  Evidence(
      Investigation investigation,
      int number,
      EvidenceKind kind,
      String description,
      String source,
      EvidenceFile file,
      String addedBy,
      LocalDateTime addedAt) {
    this.investigation = investigation;
    this.number = number;
    this.kind = kind;
    this.description = description;
    this.source = source;
    if (file != null) {
      this.fileName = file.fileName();
      this.contentId = file.contentId();
      this.sha256 = file.sha256();
      this.size = file.size();
      this.mediaType = file.mediaType();
    }
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  void supersede(String by, LocalDateTime at, String reason) {
    this.supersededBy = by;
    this.supersededAt = at;
    this.supersededReason = reason;
  }

  void transfer(CustodyTransfer transfer) {
    custody.add(transfer);
  }

  public Long id() {
    return id;
  }

  public int number() {
    return number;
  }

  public EvidenceKind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public String source() {
    return source;
  }

  public String fileName() {
    return fileName;
  }

  public Long contentId() {
    return contentId;
  }

  public String sha256() {
    return sha256;
  }

  public Long size() {
    return size;
  }

  public String mediaType() {
    return mediaType;
  }

  public String addedBy() {
    return addedBy;
  }

  public LocalDateTime addedAt() {
    return addedAt;
  }

  public boolean superseded() {
    return supersededAt != null;
  }

  public String supersededBy() {
    return supersededBy;
  }

  public LocalDateTime supersededAt() {
    return supersededAt;
  }

  public String supersededReason() {
    return supersededReason;
  }

  public List<CustodyTransfer> custody() {
    return Collections.unmodifiableList(custody);
  }
}
