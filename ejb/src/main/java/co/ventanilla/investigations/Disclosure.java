package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * The identity of a protected party shown to one more member: an explicit, reasoned act of the
 * chair or the Dirección SIG, kept for good (seed 002 §4 activity 2: "proteger a los individuos que
 * presentan las PQRS, previniendo la intimidación de testigos").
 */
@Embeddable
public class Disclosure {

  @Column(name = "party_id", nullable = false)
  private Long partyId;

  @Column(name = "to_user", nullable = false, length = 120)
  private String toUser;

  @Column(name = "reason", nullable = false, length = 1000)
  private String reason;

  @Column(name = "disclosed_by", nullable = false, length = 120)
  private String disclosedBy;

  @Column(name = "disclosed_at", nullable = false)
  private LocalDateTime disclosedAt;

  protected Disclosure() {}

  Disclosure(Long partyId, String toUser, String reason, String by, LocalDateTime at) {
    this.partyId = partyId;
    this.toUser = toUser;
    this.reason = reason;
    this.disclosedBy = by;
    this.disclosedAt = at;
  }

  public Long partyId() {
    return partyId;
  }

  public String toUser() {
    return toUser;
  }

  public String reason() {
    return reason;
  }

  public String disclosedBy() {
    return disclosedBy;
  }

  public LocalDateTime disclosedAt() {
    return disclosedAt;
  }
}
