package co.ventanilla.attachments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One piece (at most {@link ContentStore#CHUNK_SIZE} bytes) of a {@link StoredContent}. */
@Entity
@Table(name = "content_chunk")
@IdClass(ContentChunk.Key.class)
@NamedQuery(
    name = ContentChunk.OF_CONTENT,
    query = "SELECT c FROM ContentChunk c WHERE c.contentId = :contentId ORDER BY c.seq")
public class ContentChunk {

  static final String OF_CONTENT = "ContentChunk.ofContent";

  @Id
  @Column(name = "content_id")
  private Long contentId;

  @Id
  @Column(name = "seq")
  private int seq;

  @Lob
  @Column(name = "data", nullable = false)
  private byte[] data;

  protected ContentChunk() {}

  ContentChunk(Long contentId, int seq, byte[] data) {
    this.contentId = contentId;
    this.seq = seq;
    this.data = data;
  }

  byte[] data() {
    return data;
  }

  /** Primary key: content and position. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long contentId;
    private int seq;

    public Key() {}

    Key(Long contentId, int seq) {
      this.contentId = contentId;
      this.seq = seq;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(contentId, k.contentId) && seq == k.seq;
    }

    @Override
    public int hashCode() {
      return Objects.hash(contentId, seq);
    }
  }
}
