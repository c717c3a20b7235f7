package co.ventanilla.web.satisfaction;

import co.ventanilla.satisfaction.SurveyRefused;
import co.ventanilla.satisfaction.SurveyService;
import co.ventanilla.web.i18n.LocaleSelector;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * The public survey page ({@code /encuesta.xhtml?token=…}): the contact's personal link opens the
 * campaign's questionnaire with the answers given before; answering again replaces them while the
 * campaign takes answers. A refused link shows why and records nothing.
 */
@Named
@ViewScoped
public class SurveyAnswerView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB SurveyService surveys;
  @Inject LocaleSelector language;

  private String token;
  private SurveyService.SurveyPage page;
  private final QuestionnaireForm form = new QuestionnaireForm();
  private String refusal;
  private boolean saved;
  private boolean loaded;

  /**
   * The public pages are stateless views (the template's {@code f:view transient}): on a post this
   * bean is new, so the token comes back with the page ({@code <input name="token">}) and the
   * questionnaire is loaded again before the answers are read from the request.
   */
  @jakarta.annotation.PostConstruct
  void readToken() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      token = faces.getExternalContext().getRequestParameterMap().get("token");
    }
  }

  public void onLoad() {
    if (loaded) {
      return;
    }
    loaded = true;
    try {
      page = surveys.page(token);
      if (!FacesContext.getCurrentInstance().isPostback()) {
        form.fill(page.previous());
      }
    } catch (SurveyRefused e) {
      refusal = "sat.survey.refused." + e.reason().name();
    }
  }

  public void save() {
    try {
      surveys.answer(token, form.answers(getPage().questionnaire()));
      saved = true;
    } catch (SurveyRefused e) {
      if (e.reason() == SurveyRefused.Reason.INCOMPLETE) {
        String text = MessageFormat.format(bundle().getString("sat.survey.incomplete"), e.detail());
        FacesContext.getCurrentInstance()
            .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      } else {
        refusal = "sat.survey.refused." + e.reason().name();
      }
    }
  }

  private ResourceBundle bundle() {
    return ResourceBundle.getBundle("co.ventanilla.web.i18n.Satisfaction", language.getLocale());
  }

  public String getAnswerUntilText() {
    return page == null ? "" : page.answerUntil().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  public SurveyService.SurveyPage getPage() {
    if (page == null && refusal == null && token != null) {
      onLoad();
    }
    return page;
  }

  public QuestionnaireForm getForm() {
    return form;
  }

  public String getRefusal() {
    return refusal;
  }

  public boolean isSaved() {
    return saved;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
