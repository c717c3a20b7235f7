package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** A link of the chain of custody of a piece of evidence: from whom, to whom, when, what for. */
@Embeddable
public class CustodyTransfer {

  @Column(name = "from_holder", nullable = false, length = 200)
  private String fromHolder;

  @Column(name = "to_holder", nullable = false, length = 200)
  private String toHolder;

  @Column(name = "transferred_at", nullable = false)
  private LocalDateTime transferredAt;

  @Column(name = "purpose", nullable = false, length = 1000)
  private String purpose;

  @Column(name = "recorded_by", nullable = false, length = 120)
  private String recordedBy;

  protected CustodyTransfer() {}

  CustodyTransfer(
      String fromHolder, String toHolder, LocalDateTime at, String purpose, String recordedBy) {
    this.fromHolder = fromHolder;
    this.toHolder = toHolder;
    this.transferredAt = at;
    this.purpose = purpose;
    this.recordedBy = recordedBy;
  }

  public String fromHolder() {
    return fromHolder;
  }

  public String toHolder() {
    return toHolder;
  }

  public LocalDateTime transferredAt() {
    return transferredAt;
  }

  public String purpose() {
    return purpose;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
