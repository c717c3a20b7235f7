package co.ventanilla.web.satisfaction;

import co.ventanilla.satisfaction.QuestionKind;
import co.ventanilla.satisfaction.SurveyInvitation;
import co.ventanilla.satisfaction.SurveyResults;
import co.ventanilla.satisfaction.SurveyService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The campaigns of the client survey GO-RG-03 ({@code encuestas/campanas.xhtml}): each with its
 * response rate, and for the one chosen its results as tables and charts (per question, section,
 * agency and client, the trend against earlier campaigns), PDF and XLSX, and its invitations, where
 * the SIG office enters the answers taken by phone or on a visit.
 */
@Named
@ViewScoped
public class SurveyCampaignsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB SurveyService surveys;

  private List<SurveyResults.Campaign> campaigns;
  private Long chosen;
  private SurveyResults results;
  private List<SurveyInvitation> invitations;
  private Set<Long> answered;

  public void onLoad() {
    campaigns = surveys.campaigns();
    if (chosen == null && !campaigns.isEmpty()) {
      chosen = campaigns.get(0).id();
    }
    show();
  }

  public void show() {
    if (chosen != null && surveys.campaign(chosen).isPresent()) {
      results = surveys.results(chosen);
      invitations = surveys.invitations(chosen);
      answered = surveys.answered(chosen);
    }
  }

  /** Closes the chosen campaign now and mails its results. */
  public void close() {
    surveys.close(chosen);
    onLoad();
  }

  /** Chart.js: the mean of each scale question and the NPS of each recommendation question. */
  public String getQuestionsChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder means = Json.createArrayBuilder();
    int n = 1;
    for (SurveyResults.QuestionResult q :
        results == null ? List.<SurveyResults.QuestionResult>of() : results.questions()) {
      if (q.kind() == QuestionKind.ESCALA) {
        labels.add("P" + n);
        if (q.mean() == null) {
          means.addNull();
        } else {
          means.add(Math.round(q.mean() * 100) / 100.0);
        }
      }
      n++;
    }
    return bar(labels, means, "#0b6e99", 5);
  }

  /** Chart.js: the response rate and NPS of each campaign up to the chosen one. */
  public String getTrendChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder rate = Json.createArrayBuilder();
    JsonArrayBuilder nps = Json.createArrayBuilder();
    for (SurveyResults.Campaign c :
        results == null ? List.<SurveyResults.Campaign>of() : results.trend()) {
      labels.add(c.period());
      add(rate, c.responseRate());
      add(nps, c.nps());
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(dataset("%", rate, "#0b6e99"))
                        .add(dataset("NPS", nps, "#c2410c"))))
        .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false))
        .build()
        .toString();
  }

  private static void add(JsonArrayBuilder a, Double d) {
    if (d == null) {
      a.addNull();
    } else {
      a.add(Math.round(d * 100) / 100.0);
    }
  }

  private static jakarta.json.JsonObjectBuilder dataset(
      String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private static String bar(
      JsonArrayBuilder labels, JsonArrayBuilder data, String colour, int max) {
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", Json.createArrayBuilder().add(dataset("1–5", data, colour))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder().add("beginAtZero", true).add("max", max))))
        .build()
        .toString();
  }

  /** A figure with two decimals, or empty. */
  public String figure(Double d) {
    return d == null ? "" : co.ventanilla.satisfaction.SurveyDocuments.number(d);
  }

  public boolean isAnswered(SurveyInvitation i) {
    return answered != null && answered.contains(i.id());
  }

  public List<SurveyResults.Campaign> getCampaigns() {
    return campaigns;
  }

  public SurveyResults getResults() {
    return results;
  }

  public List<SurveyInvitation> getInvitations() {
    return invitations;
  }

  public Long getChosen() {
    return chosen;
  }

  public void setChosen(Long chosen) {
    this.chosen = chosen;
  }
}
