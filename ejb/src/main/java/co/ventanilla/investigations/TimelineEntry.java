package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * One change of an investigation, in Spanish, as it happened. Never names a protected party: it
 * uses the party's label ("Testigo 2"), which is also the pseudonym.
 */
@Embeddable
public class TimelineEntry {

  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Column(name = "actor", nullable = false, length = 120)
  private String actor;

  @Column(name = "text", nullable = false, length = 2000)
  private String text;

  protected TimelineEntry() {}

  TimelineEntry(LocalDateTime occurredAt, String actor, String text) {
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
