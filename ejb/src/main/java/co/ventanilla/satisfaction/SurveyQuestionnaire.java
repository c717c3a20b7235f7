package co.ventanilla.satisfaction;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A version of the client satisfaction questionnaire GO-RG-03 (seed 002 §5.1; seed 004 "Aplicación
 * Encuesta de satisfacción de clientes"): sections of questions, edited by the SIG office. Once a
 * campaign uses it, it is frozen: its results must read against the questions asked, so a later
 * edit makes the next version.
 */
@Entity
@Table(name = "survey_questionnaire")
public class SurveyQuestionnaire {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "survey_questionnaire_ids")
  @TableGenerator(
      name = "survey_questionnaire_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "survey_questionnaire",
      allocationSize = 1)
  private Long id;

  @Version private long version;

  @Column(name = "number", nullable = false)
  private int number;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 120)
  private String createdBy;

  @Column(name = "frozen_at")
  private LocalDateTime frozenAt;

  @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<SurveySection> sections = new ArrayList<>();

  protected SurveyQuestionnaire() {}

  SurveyQuestionnaire(int number, String title, String actor, LocalDateTime at) {
    this.number = number;
    this.title = title;
    this.createdBy = actor;
    this.createdAt = at;
  }

  /** The next version: the same sections and questions, editable. */
  SurveyQuestionnaire nextVersion(String actor, LocalDateTime at) {
    SurveyQuestionnaire next = new SurveyQuestionnaire(number + 1, title, actor, at);
    for (SurveySection s : sections) {
      SurveySection copy = next.addSection(s.title());
      s.questions().forEach(q -> copy.add(q.kind(), q.text()));
    }
    return next;
  }

  SurveySection addSection(String sectionTitle) {
    requireEditable();
    SurveySection s = new SurveySection(this, sections.size() + 1, required(sectionTitle));
    sections.add(s);
    return s;
  }

  SurveyQuestion addQuestion(long sectionId, QuestionKind kind, String text) {
    requireEditable();
    return section(sectionId).add(kind, required(text));
  }

  void removeQuestion(long sectionId, long questionId) {
    requireEditable();
    section(sectionId).remove(questionId);
  }

  void removeSection(long sectionId) {
    requireEditable();
    sections.removeIf(s -> s.id() != null && s.id() == sectionId);
  }

  void freeze(LocalDateTime at) {
    if (frozenAt == null) {
      frozenAt = at;
    }
  }

  private SurveySection section(long sectionId) {
    return sections.stream()
        .filter(s -> s.id() != null && s.id() == sectionId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No section " + sectionId));
  }

  private void requireEditable() {
    if (frozenAt != null) {
      throw new IllegalStateException("Questionnaire " + number + " is frozen");
    }
  }

  private static String required(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text required");
    }
    return text.strip();
  }

  public Long id() {
    return id;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public LocalDateTime frozenAt() {
    return frozenAt;
  }

  public boolean frozen() {
    return frozenAt != null;
  }

  public List<SurveySection> sections() {
    return List.copyOf(sections);
  }

  /** Every question, section by section. */
  public List<SurveyQuestion> questions() {
    return sections.stream().flatMap(s -> s.questions().stream()).toList();
  }
}
