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
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One semiannual campaign of the client survey GO-RG-03: opened in June or December (seed 004:
 * "encuesta semestral en los meses de junio y diciembre"), on a frozen questionnaire version; it
 * takes answers until {@link #answerUntil()}, reminds once, and when it closes its results are
 * mailed to the process leaders (seed 004 "Comunicación de resultados").
 */
@Entity
@Table(name = "survey_campaign")
public class SurveyCampaign {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "survey_campaign_ids")
  @TableGenerator(
      name = "survey_campaign_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "survey_campaign",
      allocationSize = 1)
  private Long id;

  @Version private long version;

  @Column(name = "period_code", nullable = false, length = 10)
  private String periodCode;

  @ManyToOne(optional = false)
  @JoinColumn(name = "questionnaire_id", nullable = false)
  private SurveyQuestionnaire questionnaire;

  @Column(name = "opened_at", nullable = false)
  private LocalDateTime openedAt;

  @Column(name = "opened_by", nullable = false, length = 120)
  private String openedBy;

  @Column(name = "answer_until", nullable = false)
  private LocalDate answerUntil;

  @Column(name = "reminded_at")
  private LocalDateTime remindedAt;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Column(name = "results_mailed_to", length = 2000)
  private String resultsMailedTo;

  protected SurveyCampaign() {}

  SurveyCampaign(
      String periodCode,
      SurveyQuestionnaire questionnaire,
      LocalDateTime openedAt,
      String openedBy,
      LocalDate answerUntil) {
    this.periodCode = periodCode;
    this.questionnaire = questionnaire;
    this.openedAt = openedAt;
    this.openedBy = openedBy;
    this.answerUntil = answerUntil;
  }

  void closed(LocalDateTime at, String mailedTo) {
    this.closedAt = at;
    this.resultsMailedTo = mailedTo;
  }

  /** Whether answers are taken on {@code day}. */
  public boolean takesAnswers(LocalDate day) {
    return closedAt == null && !day.isAfter(answerUntil);
  }

  public Long id() {
    return id;
  }

  public String periodCode() {
    return periodCode;
  }

  public SurveyQuestionnaire questionnaire() {
    return questionnaire;
  }

  public LocalDateTime openedAt() {
    return openedAt;
  }

  public String openedBy() {
    return openedBy;
  }

  public LocalDate answerUntil() {
    return answerUntil;
  }

  public LocalDateTime remindedAt() {
    return remindedAt;
  }

  public LocalDateTime closedAt() {
    return closedAt;
  }

  public String resultsMailedTo() {
    return resultsMailedTo;
  }
}
