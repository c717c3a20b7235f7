package co.ventanilla.satisfaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The rating links of one answered case: when the answer mail carried them, until when they work,
 * the reminder (sent once: {@link #remindedAt()} is its ledger) and the petitioner's rating by link
 * with their comment. The case itself keeps the score and the acceptance (its rating, also set by
 * staff after a phone call); this record keeps what only the link gives.
 */
@Entity
@Table(name = "rating_request")
public class RatingRequest {

  @Id
  @Column(name = "case_id")
  private Long caseId;

  @Version private long version;

  @Column(name = "radicado", nullable = false, length = 40)
  private String radicado;

  @Column(name = "mailed_at", nullable = false)
  private LocalDateTime mailedAt;

  @Column(name = "link_until", nullable = false)
  private LocalDate linkUntil;

  @Column(name = "reminded_at")
  private LocalDateTime remindedAt;

  @Column(name = "first_rated_at")
  private LocalDateTime firstRatedAt;

  @Column(name = "rated_at")
  private LocalDateTime ratedAt;

  @Column(name = "score")
  private Integer score;

  @Column(name = "accepted")
  private Boolean accepted;

  @Column(name = "comment", length = 2000)
  private String comment;

  @Column(name = "changes", nullable = false)
  private int changes;

  protected RatingRequest() {}

  RatingRequest(long caseId, String radicado) {
    this.caseId = caseId;
    this.radicado = radicado;
  }

  /** The answer was mailed at {@code at}; its links work until {@code until}. */
  void mailed(LocalDateTime at, LocalDate until) {
    this.mailedAt = at;
    this.linkUntil = until;
  }

  void rated(LocalDateTime at, int score, Boolean accepted, String comment) {
    if (firstRatedAt == null) {
      firstRatedAt = at;
    } else {
      changes++;
    }
    this.ratedAt = at;
    this.score = score;
    this.accepted = accepted;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  public Long caseId() {
    return caseId;
  }

  public String radicado() {
    return radicado;
  }

  public LocalDateTime mailedAt() {
    return mailedAt;
  }

  public LocalDate linkUntil() {
    return linkUntil;
  }

  public LocalDateTime remindedAt() {
    return remindedAt;
  }

  public LocalDateTime firstRatedAt() {
    return firstRatedAt;
  }

  public LocalDateTime ratedAt() {
    return ratedAt;
  }

  public Integer score() {
    return score;
  }

  public Boolean accepted() {
    return accepted;
  }

  public String comment() {
    return comment;
  }

  public int changes() {
    return changes;
  }
}
