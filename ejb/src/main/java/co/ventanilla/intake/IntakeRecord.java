package co.ventanilla.intake;

import co.ventanilla.attachments.StoredContent;
import co.ventanilla.cases.PqrsCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * How a case came in: its unique key in the channel (so the same mail, CSV row or form post never
 * files two cases, even after a crash between the database commit and the mailbox update), the
 * petitioner's data-processing authorization (Ley 1581 de 2012), and the original as received.
 */
@Entity
@Table(name = "intake_record")
@NamedQuery(
    name = IntakeRecord.BY_SOURCE_KEY,
    query = "SELECT r FROM IntakeRecord r JOIN FETCH r.pqrsCase WHERE r.sourceKey = :key")
public class IntakeRecord {

  static final String BY_SOURCE_KEY = "IntakeRecord.bySourceKey";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "intake_record_ids")
  @TableGenerator(
      name = "intake_record_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "intake_record",
      allocationSize = 50)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", nullable = false, unique = true, updatable = false)
  private PqrsCase pqrsCase;

  @Column(name = "source_key", length = 500, unique = true, updatable = false)
  private String sourceKey;

  @Column(name = "consent_policy_version", length = 40, updatable = false)
  private String consentPolicyVersion;

  @Column(name = "consent_given_at", updatable = false)
  private java.time.LocalDateTime consentGivenAt;

  @Column(name = "consent_policy_sha256", length = 64, updatable = false)
  private String consentPolicySha256;

  @Column(name = "consent_channel", length = 20, updatable = false)
  private String consentChannel;

  @Column(name = "consent_origin", length = 200, updatable = false)
  private String consentOrigin;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "original_content_id", updatable = false)
  private StoredContent original;

  protected IntakeRecord() {}

  IntakeRecord(PqrsCase pqrsCase, String sourceKey, Consent consent, StoredContent original) {
    this.pqrsCase = pqrsCase;
    this.sourceKey = sourceKey;
    if (consent != null) {
      this.consentPolicyVersion = consent.policyVersion();
      this.consentGivenAt = consent.givenAt();
      this.consentPolicySha256 = consent.policySha256();
      this.consentChannel = consent.channel();
      this.consentOrigin = consent.origin();
    }
    this.original = original;
  }

  public PqrsCase pqrsCase() {
    return pqrsCase;
  }

  public String sourceKey() {
    return sourceKey;
  }

  public String consentPolicyVersion() {
    return consentPolicyVersion;
  }

  public java.time.LocalDateTime consentGivenAt() {
    return consentGivenAt;
  }

  public String consentPolicySha256() {
    return consentPolicySha256;
  }

  public String consentChannel() {
    return consentChannel;
  }

  public String consentOrigin() {
    return consentOrigin;
  }

  public StoredContent original() {
    return original;
  }
}
