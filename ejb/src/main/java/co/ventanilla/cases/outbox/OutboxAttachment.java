package co.ventanilla.cases.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.util.Objects;

/**
 * A file an outbox mail carries (the management reports' PDF and XLSX). The bytes stay in {@code
 * stored_content}, written once and shared by every recipient's mail; the sender reads them when it
 * sends.
 */
@Entity
@Table(name = "outbox_attachment")
public class OutboxAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "outbox_attachment_ids")
  @TableGenerator(
      name = "outbox_attachment_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "outbox_attachment",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "message_id", nullable = false, updatable = false)
  private OutboxMessage message;

  @Column(name = "file_name", nullable = false, length = 255, updatable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 150, updatable = false)
  private String mediaType;

  @Column(name = "content_id", nullable = false, updatable = false)
  private long contentId;

  protected OutboxAttachment() {}

  OutboxAttachment(OutboxMessage message, String fileName, String mediaType, long contentId) {
    this.message = Objects.requireNonNull(message, "message");
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.contentId = contentId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The id of the {@code stored_content} holding the bytes. */
  public long contentId() {
    return contentId;
  }
}
