package co.ventanilla.reports;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A report generated: its kind and period, who asked (the timer or a person), its PDF and XLSX (in
 * {@code stored_content}) and, when it was mailed, to whom. Never changed once written but for the
 * mailing.
 */
@Entity
@Table(name = "report_run")
@NamedQuery(
    name = ReportRun.LATEST,
    query = "SELECT r FROM ReportRun r ORDER BY r.createdAt DESC, r.id DESC")
public class ReportRun {

  /** Every report, newest first. */
  public static final String LATEST = "ReportRun.latest";

  /** The requester recorded for the timer's runs. */
  public static final String SYSTEM = "sistema";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "report_run_ids")
  @TableGenerator(
      name = "report_run_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "report_run",
      allocationSize = 10)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20, updatable = false)
  private ReportKind kind;

  @Column(name = "period_code", nullable = false, length = 10, updatable = false)
  private String periodCode;

  @Column(name = "period_from", nullable = false, updatable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false, updatable = false)
  private LocalDate periodTo;

  @Column(name = "scheduled", nullable = false, updatable = false)
  private boolean scheduled;

  @Column(name = "requested_by", nullable = false, length = 120, updatable = false)
  private String requestedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "generation_ms", nullable = false, updatable = false)
  private long generationMillis;

  @Column(name = "pdf_content_id", updatable = false)
  private Long pdfContentId;

  @Column(name = "xlsx_content_id", updatable = false)
  private Long xlsxContentId;

  @Column(name = "mailed_at")
  private LocalDateTime mailedAt;

  @Column(name = "recipients", length = 2000)
  private String recipients;

  protected ReportRun() {}

  public ReportRun(
      ReportPeriod period,
      boolean scheduled,
      String requestedBy,
      LocalDateTime createdAt,
      long generationMillis,
      Long pdfContentId,
      Long xlsxContentId) {
    this.kind = Objects.requireNonNull(period.kind(), "kind");
    this.periodCode = period.code();
    this.periodFrom = period.from();
    this.periodTo = period.to();
    this.scheduled = scheduled;
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.generationMillis = generationMillis;
    this.pdfContentId = pdfContentId;
    this.xlsxContentId = xlsxContentId;
  }

  /** Records that the mail to {@code to} was queued in the outbox at {@code at}. */
  public void mailed(String to, LocalDateTime at) {
    recipients = to == null ? null : to.substring(0, Math.min(to.length(), 2000));
    mailedAt = at;
  }

  public Long id() {
    return id;
  }

  public ReportKind kind() {
    return kind;
  }

  public ReportPeriod period() {
    return new ReportPeriod(kind, periodFrom, periodTo, periodCode);
  }

  public String periodCode() {
    return periodCode;
  }

  public boolean scheduled() {
    return scheduled;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public long generationMillis() {
    return generationMillis;
  }

  public Long pdfContentId() {
    return pdfContentId;
  }

  public Long xlsxContentId() {
    return xlsxContentId;
  }

  public LocalDateTime mailedAt() {
    return mailedAt;
  }

  public String recipients() {
    return recipients;
  }

  /** The file name of its documents without extension: {@code informe-trimestral-2026-T3}. */
  public String baseName() {
    return "informe-" + kind.code() + "-" + periodCode;
  }
}
