package co.ventanilla.satisfaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A contact invited to a campaign: its personal link is a signed token of this invitation. The
 * company and agency are copied at opening, so results by client and agency stay as they were.
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "survey_invitation_ids")
  @TableGenerator(
      name = "survey_invitation_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "survey_invitation",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id", nullable = false)
  private SurveyCampaign campaign;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contact_id", nullable = false)
  private ClientContact contact;

  @Column(name = "company", nullable = false, length = 200)
  private String company;

  @Column(name = "agency", length = 120)
  private String agency;

  @Column(name = "mailed_at")
  private LocalDateTime mailedAt;

  @Column(name = "reminded_at")
  private LocalDateTime remindedAt;

  protected SurveyInvitation() {}

  SurveyInvitation(SurveyCampaign campaign, ClientContact contact) {
    this.campaign = campaign;
    this.contact = contact;
    this.company = contact.company();
    this.agency = contact.agency();
  }

  void mailed(LocalDateTime at) {
    this.mailedAt = at;
  }

  void reminded(LocalDateTime at) {
    this.remindedAt = at;
  }

  public Long id() {
    return id;
  }

  public SurveyCampaign campaign() {
    return campaign;
  }

  public ClientContact contact() {
    return contact;
  }

  public String company() {
    return company;
  }

  public String agency() {
    return agency;
  }

  public LocalDateTime mailedAt() {
    return mailedAt;
  }

  public LocalDateTime remindedAt() {
    return remindedAt;
  }
}
