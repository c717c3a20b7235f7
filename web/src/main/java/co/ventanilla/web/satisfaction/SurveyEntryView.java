package co.ventanilla.web.satisfaction;

import co.ventanilla.satisfaction.SurveyRefused;
import co.ventanilla.satisfaction.SurveyResponse;
import co.ventanilla.satisfaction.SurveyService;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.web.i18n.LocaleSelector;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Staff enter the answers of a contact taken by phone or on a visit ({@code
 * encuestas/respuesta.xhtml?invitacion=…}; seed 004: the survey "se aplica presencialmente en
 * visita o por medio de comunicación telefónica"), on the campaign's questionnaire; they replace
 * earlier answers while the campaign takes answers.
 */
@Named
@ViewScoped
public class SurveyEntryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB SurveyService surveys;
  @Inject CurrentStaff staff;
  @Inject LocaleSelector language;

  private Long invitation;
  private SurveyService.SurveyPage page;
  private final QuestionnaireForm form = new QuestionnaireForm();
  private SurveyResponse.Channel channel = SurveyResponse.Channel.TELEFONO;
  private boolean saved;

  public void onLoad() {
    if (page == null && invitation != null) {
      try {
        page = surveys.pageForStaff(invitation);
        form.fill(page.previous());
      } catch (SurveyRefused e) {
        String text =
            ResourceBundle.getBundle("co.ventanilla.web.i18n.Satisfaction", language.getLocale())
                .getString("sat.entry.unknown");
        FacesContext.getCurrentInstance()
            .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
      }
    }
  }

  public void save() {
    ResourceBundle b =
        ResourceBundle.getBundle("co.ventanilla.web.i18n.Satisfaction", language.getLocale());
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      surveys.enter(
          invitation, channel, staff.get().userName(), form.answers(page.questionnaire()));
      saved = true;
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, b.getString("sat.entry.saved"), null));
    } catch (SurveyRefused e) {
      String text =
          e.reason() == SurveyRefused.Reason.INCOMPLETE
              ? MessageFormat.format(b.getString("sat.survey.incomplete"), e.detail())
              : b.getString("sat.survey.refused." + e.reason().name());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }

  public SurveyResponse.Channel[] getChannels() {
    return new SurveyResponse.Channel[] {
      SurveyResponse.Channel.TELEFONO, SurveyResponse.Channel.VISITA
    };
  }

  public SurveyService.SurveyPage getPage() {
    return page;
  }

  public QuestionnaireForm getForm() {
    return form;
  }

  public boolean isSaved() {
    return saved;
  }

  public Long getInvitation() {
    return invitation;
  }

  public void setInvitation(Long invitation) {
    this.invitation = invitation;
  }

  public SurveyResponse.Channel getChannel() {
    return channel;
  }

  public void setChannel(SurveyResponse.Channel channel) {
    this.channel = channel;
  }
}
