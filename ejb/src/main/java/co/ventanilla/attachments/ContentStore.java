package co.ventanilla.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Keeps bytes in the database in 1 MiB chunks, inside the caller's transaction: a file is stored
 * with the case that owns it or not at all, and no single statement is larger than a chunk
 * (MariaDB's default {@code max_allowed_packet} is 16 MiB; mails may carry 25 MiB).
 */
@ApplicationScoped
public class ContentStore {

  public static final int CHUNK_SIZE = 1024 * 1024;

  @PersistenceContext(unitName = "ventanilla")
  private EntityManager em;

  public ContentStore() {}

  /** For use outside a container. */
  public ContentStore(EntityManager em) {
    this.em = em;
  }

  public StoredContent store(String mediaType, byte[] bytes, LocalDateTime now) {
    int chunks = Math.max(1, (bytes.length + CHUNK_SIZE - 1) / CHUNK_SIZE);
    StoredContent content = new StoredContent(mediaType, bytes.length, sha256(bytes), chunks, now);
    em.persist(content);
    em.flush(); // the chunks need the content's id
    for (int i = 0; i < chunks; i++) {
      int from = i * CHUNK_SIZE;
      int to = Math.min(bytes.length, from + CHUNK_SIZE);
      em.persist(new ContentChunk(content.id(), i, Arrays.copyOfRange(bytes, from, to)));
    }
    return content;
  }

  /** Stores {@code bytes} and attaches them to {@code pqrsCase} as {@code fileName}. */
  public CaseAttachment attach(
      co.ventanilla.cases.PqrsCase pqrsCase,
      String fileName,
      String mediaType,
      byte[] bytes,
      LocalDateTime now,
      String actor) {
    CaseAttachment attachment =
        new CaseAttachment(pqrsCase, fileName, store(mediaType, bytes, now), now, actor);
    em.persist(attachment);
    return attachment;
  }

  /** The files attached to the case with id {@code caseId}, in the order they were added. */
  public java.util.List<CaseAttachment> attachmentsOf(long caseId) {
    return em.createNamedQuery(CaseAttachment.OF_CASE, CaseAttachment.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  /** The file {@code attachmentId} of the case {@code caseId}, if it is that case's. */
  public java.util.Optional<CaseAttachment> attachment(long caseId, long attachmentId) {
    CaseAttachment a = em.find(CaseAttachment.class, attachmentId);
    return a != null && a.caseId() == caseId
        ? java.util.Optional.of(a)
        : java.util.Optional.empty();
  }

  /**
   * Writes the content to {@code out} one chunk at a time, so a download never holds the whole file
   * in memory.
   */
  public void copy(StoredContent content, java.io.OutputStream out) throws java.io.IOException {
    for (int i = 0; i < content.chunks(); i++) {
      ContentChunk chunk = em.find(ContentChunk.class, new ContentChunk.Key(content.id(), i));
      if (chunk == null) {
        throw new java.io.IOException("Chunk " + i + " of content " + content.id() + " missing");
      }
      out.write(chunk.data());
      em.detach(chunk);
    }
  }

  /** The whole content; for large files prefer {@link #copy}. */
  public byte[] read(StoredContent content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(content.size(), 1 << 30));
    em.createNamedQuery(ContentChunk.OF_CONTENT, ContentChunk.class)
        .setParameter("contentId", content.id())
        .getResultStream()
        .forEach(chunk -> out.writeBytes(chunk.data()));
    return out.toByteArray();
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
