package co.ventanilla.satisfaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * The answers of one invitation (one per invitation): by the personal link, or entered by staff
 * after a call or a visit (seed 004: "se aplica presencialmente en visita o por medio de
 * comunicación telefónica"). Answered again within the answer window, it is replaced. The answers
 * themselves are rows of {@code survey_answer}.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

  /** How the answers came. */
  public enum Channel {
    ENLACE,
    TELEFONO,
    VISITA
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "survey_response_ids")
  @TableGenerator(
      name = "survey_response_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "survey_response",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @OneToOne(optional = false)
  @JoinColumn(name = "invitation_id", nullable = false)
  private SurveyInvitation invitation;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 10)
  private Channel channel;

  @Column(name = "answered_at", nullable = false)
  private LocalDateTime answeredAt;

  @Column(name = "entered_by", length = 120)
  private String enteredBy;

  @Column(name = "replaced", nullable = false)
  private int replaced;

  protected SurveyResponse() {}

  SurveyResponse(SurveyInvitation invitation) {
    this.invitation = invitation;
  }

  void answered(Channel channel, LocalDateTime at, String enteredBy, boolean replacing) {
    this.channel = channel;
    this.answeredAt = at;
    this.enteredBy = enteredBy;
    if (replacing) {
      replaced++;
    }
  }

  public Long id() {
    return id;
  }

  public SurveyInvitation invitation() {
    return invitation;
  }

  public Channel channel() {
    return channel;
  }

  public LocalDateTime answeredAt() {
    return answeredAt;
  }

  public String enteredBy() {
    return enteredBy;
  }

  public int replaced() {
    return replaced;
  }
}
