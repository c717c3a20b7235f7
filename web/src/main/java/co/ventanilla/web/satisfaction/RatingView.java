package co.ventanilla.web.satisfaction;

import co.ventanilla.satisfaction.RatingRefused;
import co.ventanilla.satisfaction.RatingService;
import co.ventanilla.web.i18n.LocaleSelector;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * The public rating page ({@code /calificar?token=…&puntaje=4}): no login; the signed token opens
 * one case. It confirms the score chosen in the mail, asks whether the answer is accepted and for a
 * comment (required at 1–2), and records nothing until the petitioner confirms. A refused link
 * shows why, in Spanish, and records nothing.
 */
@Named
@ViewScoped
public class RatingView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @EJB RatingService ratings;
  @Inject LocaleSelector language;

  private String token;
  private Integer score;
  private String accepted;
  private String comment;
  private RatingService.RatingPage page;
  private String refusal;
  private boolean saved;
  private boolean loaded;

  /**
   * The public pages are stateless views (the template's {@code f:view transient}): on a post this
   * bean is new, so the token comes back with the page ({@code <input name="token">}).
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
      page = ratings.open(token);
      if (score == null || score < 1 || score > 5) {
        score = page.score();
      }
      if (page.accepted() != null) {
        accepted = page.accepted() ? "si" : "no";
      }
      comment = page.comment();
    } catch (RatingRefused e) {
      refusal = "sat.refused." + e.reason().name();
    }
  }

  public void save() {
    if (score == null) {
      error("sat.rating.scoreRequired");
      return;
    }
    try {
      if (page == null) {
        page = ratings.open(token);
      }
      page = ratings.rate(token, score, accepted == null ? null : "si".equals(accepted), comment);
      saved = true;
    } catch (RatingRefused e) {
      if (e.reason() == RatingRefused.Reason.COMMENT_REQUIRED) {
        error("sat.refused.COMMENT_REQUIRED");
      } else {
        refusal = "sat.refused." + e.reason().name();
      }
    }
  }

  private void error(String key) {
    String text = bundle().getString(key);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  private ResourceBundle bundle() {
    return ResourceBundle.getBundle("co.ventanilla.web.i18n.Satisfaction", language.getLocale());
  }

  public String getLinkUntilText() {
    return page == null ? "" : page.linkUntil().format(DAY);
  }

  public String getChangeUntilText() {
    return page == null || page.changeUntil() == null ? "" : page.changeUntil().format(MOMENT);
  }

  public RatingService.RatingPage getPage() {
    return page;
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

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public String getAccepted() {
    return accepted;
  }

  public void setAccepted(String accepted) {
    this.accepted = accepted;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
