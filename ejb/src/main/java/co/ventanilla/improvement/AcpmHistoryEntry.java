package co.ventanilla.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** One change of an ACPM, in Spanish, as it happened. */
@Embeddable
public class AcpmHistoryEntry {

  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Column(name = "actor", nullable = false, length = 120)
  private String actor;

  @Column(name = "text", nullable = false, length = 2000)
  private String text;

  protected AcpmHistoryEntry() {}

  AcpmHistoryEntry(LocalDateTime occurredAt, String actor, String text) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.text = text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  public LocalDateTime occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String text() {
    return text;
  }
}
