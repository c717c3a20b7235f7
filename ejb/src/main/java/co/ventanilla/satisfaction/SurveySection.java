package co.ventanilla.satisfaction;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.util.ArrayList;
import java.util.List;

/** A section of a questionnaire: a title and its questions in order. */
@Entity
@Table(name = "survey_section")
public class SurveySection {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "survey_section_ids")
  @TableGenerator(
      name = "survey_section_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "survey_section",
      allocationSize = 20)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "questionnaire_id", nullable = false)
  private SurveyQuestionnaire questionnaire;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<SurveyQuestion> questions = new ArrayList<>();

  protected SurveySection() {}

  SurveySection(SurveyQuestionnaire questionnaire, int position, String title) {
    this.questionnaire = questionnaire;
    this.position = position;
    this.title = title;
  }

  SurveyQuestion add(QuestionKind kind, String text) {
    SurveyQuestion q = new SurveyQuestion(this, questions.size() + 1, kind, text);
    questions.add(q);
    return q;
  }

  boolean remove(long questionId) {
    boolean removed = questions.removeIf(q -> q.id() != null && q.id() == questionId);
    for (int i = 0; i < questions.size(); i++) {
      questions.get(i).position(i + 1);
    }
    return removed;
  }

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String title() {
    return title;
  }

  public List<SurveyQuestion> questions() {
    return List.copyOf(questions);
  }
}
