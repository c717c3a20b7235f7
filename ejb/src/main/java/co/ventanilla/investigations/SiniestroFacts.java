package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * The facts of the siniestro (DOMAIN.md "Investigations": date, place/site, modality, losses): when
 * it happened, where (agency, client, post), what happened, the guards on duty and the reference of
 * the shift log (minuta) where it was recorded, and the insurance that covers it.
 */
@Embeddable
public class SiniestroFacts {

  @Column(name = "occurred_at")
  private LocalDateTime occurredAt;

  @Column(name = "agency", length = 200)
  private String agency;

  @Column(name = "client", length = 200)
  private String client;

  @Column(name = "post", length = 200)
  private String post;

  @Column(name = "narrative")
  private String narrative;

  @Column(name = "guards_on_duty", length = 1000)
  private String guardsOnDuty;

  @Column(name = "minuta_reference", length = 200)
  private String minutaReference;

  @Column(name = "insurer", length = 200)
  private String insurer;

  @Column(name = "policy_number", length = 100)
  private String policyNumber;

  @Column(name = "claim_number", length = 100)
  private String claimNumber;

  public SiniestroFacts() {}

  public SiniestroFacts(
      LocalDateTime occurredAt,
      String agency,
      String client,
      String post,
      String narrative,
      String guardsOnDuty,
      String minutaReference) {
    this.occurredAt = occurredAt;
    this.agency = agency;
    this.client = client;
    this.post = post;
    this.narrative = narrative;
    this.guardsOnDuty = guardsOnDuty;
    this.minutaReference = minutaReference;
  }

  SiniestroFacts withInsurance(String insurer, String policyNumber, String claimNumber) {
    SiniestroFacts f =
        new SiniestroFacts(
            occurredAt, agency, client, post, narrative, guardsOnDuty, minutaReference);
    f.insurer = insurer;
    f.policyNumber = policyNumber;
    f.claimNumber = claimNumber;
    return f;
  }

  SiniestroFacts withInsuranceOf(SiniestroFacts other) {
    return other == null
        ? this
        : withInsurance(other.insurer, other.policyNumber, other.claimNumber);
  }

  public LocalDateTime occurredAt() {
    return occurredAt;
  }

  public String agency() {
    return agency;
  }

  public String client() {
    return client;
  }

  public String post() {
    return post;
  }

  public String narrative() {
    return narrative;
  }

  public String guardsOnDuty() {
    return guardsOnDuty;
  }

  public String minutaReference() {
    return minutaReference;
  }

  public String insurer() {
    return insurer;
  }

  public String policyNumber() {
    return policyNumber;
  }

  public String claimNumber() {
    return claimNumber;
  }
}
