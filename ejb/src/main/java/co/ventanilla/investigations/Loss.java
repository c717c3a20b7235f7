package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An item lost in the siniestro, or one recovered, with its value in Colombian pesos. */
@Embeddable
public class Loss {

  /** Lost or recovered. */
  public enum Kind {
    PERDIDA,
    RECUPERACION
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private Kind kind;

  @Column(name = "description", nullable = false, length = 500)
  private String description;

  @Column(name = "amount", nullable = false, precision = 15, scale = 2)
  private BigDecimal amount;

  @Column(name = "recorded_by", nullable = false, length = 120)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected Loss() {}

  Loss(Kind kind, String description, BigDecimal amount, String recordedBy, LocalDateTime at) {
    this.kind = kind;
    this.description = description;
    this.amount = amount;
    this.recordedBy = recordedBy;
    this.recordedAt = at;
  }

  public Kind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public LocalDateTime recordedAt() {
    return recordedAt;
  }
}
