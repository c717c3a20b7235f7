package co.ventanilla.satisfaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** One question of a questionnaire section. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "survey_question_ids")
  @TableGenerator(
      name = "survey_question_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "survey_question",
      allocationSize = 20)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private SurveySection section;

  @Column(name = "position", nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  private QuestionKind kind;

  @Column(name = "text", nullable = false, length = 500)
  private String text;

  protected SurveyQuestion() {}

  SurveyQuestion(SurveySection section, int position, QuestionKind kind, String text) {
    this.section = section;
    this.position = position;
    this.kind = kind;
    this.text = text;
  }

  public Long id() {
    return id;
  }

  public SurveySection section() {
    return section;
  }

  public int position() {
    return position;
  }

  void position(int position) {
    this.position = position;
  }

  public QuestionKind kind() {
    return kind;
  }

  public String text() {
    return text;
  }
}
