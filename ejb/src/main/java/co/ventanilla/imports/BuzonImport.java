package co.ventanilla.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One suggestion-box file in the ledger: its name and SHA-256, who uploaded it and when, and how
 * many of its rows became cases, were rejected or had been filed before.
 *
 * <p>Rules: a file (the same bytes, whatever its name) is imported once. While an import runs, or
 * after it finished, the same file is refused naming that import (DOMAIN.md, suggestion box: "the
 * same file twice creates nothing new"). An import that failed, or that shows no progress for
 * {@link #STALE_AFTER} (the server stopped in the middle), may be run again: it starts over with
 * zero counts, and the rows it had filed come out as duplicates, since each form number is filed
 * once ({@link BuzonFormRules#sourceKey}).
 */
@Entity
@Table(name = "buzon_import")
@NamedQuery(
    name = BuzonImport.BY_SHA256,
    query = "SELECT i FROM BuzonImport i WHERE i.sha256 = :sha256")
public class BuzonImport {

  static final String BY_SHA256 = "BuzonImport.bySha256";

  /** A running import with no batch committed for this long is taken as abandoned. */
  public static final Duration STALE_AFTER = Duration.ofMinutes(30);

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "buzon_import_ids")
  @TableGenerator(
      name = "buzon_import_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "buzon_import",
      allocationSize = 1)
  private Long id;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "sha256", nullable = false, length = 64, unique = true, updatable = false)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "uploader", nullable = false, length = 120)
  private String uploader;

  @Column(name = "agency", length = 120)
  private String agency;

  @Column(name = "collection_date")
  private LocalDate collectionDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private BuzonImportStatus status;

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "last_activity_at", nullable = false)
  private LocalDateTime lastActivityAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Column(name = "created_count", nullable = false)
  private int created;

  @Column(name = "rejected_count", nullable = false)
  private int rejected;

  @Column(name = "duplicate_count", nullable = false)
  private int duplicates;

  @Column(name = "failure", length = 2000)
  private String failure;

  protected BuzonImport() {}

  BuzonImport(BuzonFile file, LocalDateTime now) {
    this.sha256 = file.sha256();
    restart(file, now);
  }

  /** Starts over: the file's data of this upload, zero counts, running since {@code now}. */
  void restart(BuzonFile file, LocalDateTime now) {
    this.fileName = truncate(file.fileName(), 255);
    this.size = file.size();
    this.uploader = truncate(file.uploader(), 120);
    this.agency = truncate(file.agency(), 120);
    this.collectionDate = file.collectionDate();
    this.status = BuzonImportStatus.RUNNING;
    this.startedAt = now;
    this.lastActivityAt = now;
    this.finishedAt = null;
    this.created = 0;
    this.rejected = 0;
    this.duplicates = 0;
    this.failure = null;
  }

  /** Whether it blocks another import of the same file: finished, or running and not stale. */
  boolean blocks(LocalDateTime now) {
    return switch (status) {
      case FINISHED -> true;
      case RUNNING -> lastActivityAt.plus(STALE_AFTER).isAfter(now);
      case FAILED -> false;
    };
  }

  void count(int created, int rejected, int duplicates, LocalDateTime now) {
    this.created += created;
    this.rejected += rejected;
    this.duplicates += duplicates;
    this.lastActivityAt = now;
  }

  void finish(LocalDateTime now) {
    this.status = BuzonImportStatus.FINISHED;
    this.finishedAt = now;
    this.lastActivityAt = now;
  }

  void fail(String reason, LocalDateTime now) {
    this.status = BuzonImportStatus.FAILED;
    this.failure = truncate(reason, 2000);
    this.finishedAt = now;
    this.lastActivityAt = now;
  }

  public Long id() {
    return id;
  }

  public String sha256() {
    return sha256;
  }

  public LocalDate collectionDate() {
    return collectionDate;
  }

  public BuzonImportStatus status() {
    return status;
  }

  public BuzonImportSummary summary() {
    return new BuzonImportSummary(
        id,
        fileName,
        sha256,
        uploader,
        agency,
        collectionDate,
        startedAt,
        finishedAt,
        status,
        created,
        rejected,
        duplicates,
        failure);
  }

  static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
