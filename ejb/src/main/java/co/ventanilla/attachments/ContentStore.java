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

  /**
   * Stores the file at {@code file} without ever holding it whole in memory: a first pass computes
   * its size and SHA-256, a second writes it chunk by chunk, each chunk flushed and let go of
   * before the next is read. For evidence files, which may be large videos.
   */
  public StoredContent store(String mediaType, java.nio.file.Path file, LocalDateTime now)
      throws java.io.IOException {
    MessageDigest digest = newDigest();
    long size = 0;
    byte[] buffer = new byte[64 * 1024];
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
        size += n;
      }
    }
    int chunks = (int) Math.max(1, (size + CHUNK_SIZE - 1) / CHUNK_SIZE);
    StoredContent content =
        new StoredContent(mediaType, size, HexFormat.of().formatHex(digest.digest()), chunks, now);
    em.persist(content);
    em.flush();
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      for (int i = 0; i < chunks; i++) {
        byte[] data = in.readNBytes(CHUNK_SIZE);
        ContentChunk chunk = new ContentChunk(content.id(), i, data);
        em.persist(chunk);
        em.flush();
        em.detach(chunk);
      }
    }
    return content;
  }

  /** The stored content {@code id}, if any. */
  public java.util.Optional<StoredContent> content(long id) {
    return java.util.Optional.ofNullable(em.find(StoredContent.class, id));
  }

  /**
   * The SHA-256 of the bytes as they are stored now, read chunk by chunk: compared with the hash
   * recorded when the file was stored, it shows whether anything altered them.
   */
  public String recomputeSha256(StoredContent content) throws java.io.IOException {
    MessageDigest digest = newDigest();
    try (java.security.DigestOutputStream out =
        new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), digest)) {
      copy(content, out);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
