package co.ventanilla.web.satisfaction;

import co.ventanilla.satisfaction.QuestionKind;
import co.ventanilla.satisfaction.SurveyQuestionnaire;
import co.ventanilla.satisfaction.SurveyRefused;
import co.ventanilla.satisfaction.SurveyService;
import co.ventanilla.staff.CurrentStaff;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The SIG office edits the questionnaire GO-RG-03 ({@code encuestas/cuestionario.xhtml}): sections
 * and questions of four kinds. The version a campaign used is frozen; the first change after that
 * makes the next version, which the next campaign uses.
 */
@Named
@ViewScoped
public class QuestionnaireView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB SurveyService surveys;
  @Inject CurrentStaff staff;
  @Inject co.ventanilla.web.i18n.LocaleSelector language;

  private SurveyQuestionnaire questionnaire;
  private String sectionTitle;
  private Integer section;
  private QuestionKind kind = QuestionKind.ESCALA;
  private String text;

  public void onLoad() {
    questionnaire = surveys.current();
  }

  public void addSection() {
    if (sectionTitle == null || sectionTitle.isBlank()) {
      error("sat.questionnaire.titleRequired");
      return;
    }
    run(() -> surveys.addSection(me(), sectionTitle));
    sectionTitle = null;
  }

  public void addQuestion() {
    if (section == null || text == null || text.isBlank()) {
      error("sat.questionnaire.textRequired");
      return;
    }
    run(() -> surveys.addQuestion(me(), section, kind, text));
    text = null;
  }

  public void removeQuestion(int sectionPosition, int questionPosition) {
    run(() -> surveys.removeQuestion(me(), sectionPosition, questionPosition));
  }

  public void removeSection(int sectionPosition) {
    run(() -> surveys.removeSection(me(), sectionPosition));
  }

  private void run(java.util.function.Supplier<SurveyQuestionnaire> change) {
    try {
      questionnaire = change.get();
    } catch (SurveyRefused | IllegalArgumentException e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      questionnaire = surveys.current();
    }
  }

  private void error(String key) {
    String message =
        java.util.ResourceBundle.getBundle(
                "co.ventanilla.web.i18n.Satisfaction", language.getLocale())
            .getString(key);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  private String me() {
    return staff.get().userName();
  }

  public QuestionKind[] getKinds() {
    return QuestionKind.values();
  }

  public SurveyQuestionnaire getQuestionnaire() {
    return questionnaire;
  }

  public String getSectionTitle() {
    return sectionTitle;
  }

  public void setSectionTitle(String sectionTitle) {
    this.sectionTitle = sectionTitle;
  }

  public Integer getSection() {
    return section;
  }

  public void setSection(Integer section) {
    this.section = section;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public void setKind(QuestionKind kind) {
    this.kind = kind;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
