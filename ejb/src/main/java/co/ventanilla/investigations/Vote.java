package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** A member's vote on the conclusions as they stand. */
@Embeddable
public class Vote {

  @Column(name = "user_name", nullable = false, length = 120)
  private String userName;

  @Column(name = "in_favour", nullable = false)
  private boolean inFavour;

  @Column(name = "note", length = 1000)
  private String note;

  @Column(name = "voted_at", nullable = false)
  private LocalDateTime votedAt;

  protected Vote() {}

  Vote(String userName, boolean inFavour, String note, LocalDateTime votedAt) {
    this.userName = userName;
    this.inFavour = inFavour;
    this.note = note;
    this.votedAt = votedAt;
  }

  public String userName() {
    return userName;
  }

  public boolean inFavour() {
    return inFavour;
  }

  public String note() {
    return note;
  }

  public LocalDateTime votedAt() {
    return votedAt;
  }
}
