package co.ventanilla.attachments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/**
 * Bytes kept by the application: their size, SHA-256 and media type. The bytes themselves are in
 * {@link ContentChunk}s. Never updated: a changed file is new content.
 */
@Entity
@Table(name = "stored_content")
public class StoredContent {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "stored_content_ids")
  @TableGenerator(
      name = "stored_content_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "stored_content",
      allocationSize = 50)
  private Long id;

  @Column(name = "media_type", nullable = false, length = 150, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "sha256", nullable = false, length = 64, updatable = false)
  private String sha256;

  @Column(name = "chunks", nullable = false, updatable = false)
  private int chunks;

  @Column(name = "stored_at", nullable = false, updatable = false)
  private LocalDateTime storedAt;

  protected StoredContent() {}

  StoredContent(String mediaType, long size, String sha256, int chunks, LocalDateTime storedAt) {
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
    this.chunks = chunks;
    this.storedAt = storedAt;
  }

  public Long id() {
    return id;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public int chunks() {
    return chunks;
  }
}
