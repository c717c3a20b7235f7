package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/**
 * A document the affected client must provide for the siniestro claim (seed 000: the claims
 * "dependen en gran parte del mismo afectado para el aporte de documental"): requested when, and
 * received when, by whom, with which file.
 */
@Entity
@Table(name = "investigation_document")
public class DocumentRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "investigation_document_ids")
  @TableGenerator(
      name = "investigation_document_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "investigation_document",
      allocationSize = 20)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "investigation_id", nullable = false, updatable = false)
  private Investigation investigation;

  @Column(name = "name", nullable = false, length = 200, updatable = false)
  private String name;

  @Column(name = "requested_by", nullable = false, length = 120, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private LocalDateTime requestedAt;

  @Column(name = "received_by", length = 120)
  private String receivedBy;

  @Column(name = "received_at")
  private LocalDateTime receivedAt;

  @Column(name = "file_name", length = 255)
  private String fileName;

  @Column(name = "content_id")
  private Long contentId;

  protected DocumentRequest() {}

  DocumentRequest(Investigation investigation, String name, String by, LocalDateTime at) {
    this.investigation = investigation;
    this.name = name;
    this.requestedBy = by;
    this.requestedAt = at;
  }

  void receive(String by, LocalDateTime at, EvidenceFile file) {
    if (receivedAt != null) {
      throw new InvestigationRuleViolation("document.already_received", name);
    }
    this.receivedBy = by;
    this.receivedAt = at;
    if (file != null) {
      this.fileName = file.fileName();
      this.contentId = file.contentId();
    }
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public LocalDateTime requestedAt() {
    return requestedAt;
  }

  public String receivedBy() {
    return receivedBy;
  }

  public LocalDateTime receivedAt() {
    return receivedAt;
  }

  public boolean received() {
    return receivedAt != null;
  }

  public String fileName() {
    return fileName;
  }

  public Long contentId() {
    return contentId;
  }
}
