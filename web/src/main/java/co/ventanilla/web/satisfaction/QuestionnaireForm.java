package co.ventanilla.web.satisfaction;

import co.ventanilla.satisfaction.QuestionKind;
import co.ventanilla.satisfaction.SurveyQuestion;
import co.ventanilla.satisfaction.SurveyQuestionnaire;
import co.ventanilla.satisfaction.SurveyService;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers typed on a questionnaire page, one text per question id: the score as text for the
 * scale, yes/no ("1"/"0") and 0–10 questions, the text for open questions. Shared by the public
 * answer page and the staff entry of phone and visit answers (the same questionnaire).
 */
public class QuestionnaireForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<Long, String> values = new HashMap<>();

  /** Fills the form with answers given before. */
  public void fill(Map<Long, SurveyService.AnswerValue> previous) {
    previous.forEach(
        (id, a) -> values.put(id, a.score() != null ? String.valueOf(a.score()) : a.text()));
  }

  /** The answers for the service. */
  public Map<Long, SurveyService.AnswerValue> answers(SurveyQuestionnaire questionnaire) {
    Map<Long, SurveyService.AnswerValue> answers = new HashMap<>();
    for (SurveyQuestion q : questionnaire.questions()) {
      String v = values.get(q.id());
      if (v == null || v.isBlank()) {
        continue;
      }
      if (q.kind() == QuestionKind.TEXTO) {
        answers.put(q.id(), new SurveyService.AnswerValue(null, v));
      } else {
        try {
          answers.put(q.id(), new SurveyService.AnswerValue(Integer.valueOf(v.strip()), null));
        } catch (NumberFormatException e) {
          // left out: the service names the question as missing
        }
      }
    }
    return answers;
  }

  public Map<Long, String> getValues() {
    return values;
  }

  /** 0 to 10, for the recommendation question. */
  public List<String> getNpsScale() {
    return List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
  }
}
