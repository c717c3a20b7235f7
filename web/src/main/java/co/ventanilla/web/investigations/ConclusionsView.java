package co.ventanilla.web.investigations;

import co.ventanilla.investigations.Cause;
import co.ventanilla.investigations.ClaimDecision;
import co.ventanilla.investigations.InvestigationFile;
import co.ventanilla.investigations.InvestigationService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The tab "Conclusiones" of the investigation workspace: cause from the administrator's list,
 * responsibilities, sanctions, measures, the claim's decision and improvement actions; the members'
 * votes and the chair's closing.
 */
@Named
@ViewScoped
public class ConclusionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InvestigationView workspace;
  @Inject InvestigationService investigations;

  private Long causeId;
  private String responsibilities;
  private String sanctions;
  private String measures;
  private ClaimDecision decision;
  private BigDecimal amount;
  private String improvements;
  private String voteNote;

  private long id() {
    return workspace.getFile().id();
  }

  @jakarta.annotation.PostConstruct
  public void prepareConclusions() {
    InvestigationFile.Conclusions c = workspace.getFile().conclusions();
    causeId = c.causeId();
    responsibilities = c.responsibilities();
    sanctions = c.sanctions();
    measures = c.measures();
    decision = c.claimDecision();
    amount = c.claimAmount();
    improvements = String.join("\n", c.improvements());
  }

  public void conclude() {
    List<String> actions =
        improvements == null ? List.of() : Arrays.asList(improvements.split("\\R"));
    if (Actions.run(
        "inv.done.concluded",
        () ->
            investigations.conclude(
                id(), causeId, responsibilities, sanctions, measures, decision, amount, actions))) {
      workspace.reload();
      prepareConclusions();
    }
  }

  public void vote(boolean inFavour) {
    if (Actions.run("inv.done.voted", () -> investigations.vote(id(), inFavour, voteNote))) {
      voteNote = null;
      workspace.reload();
    }
  }

  public void close() {
    if (Actions.run("inv.done.closed", () -> investigations.close(id()))) {
      workspace.reload();
    }
  }

  public List<Cause> getCauses() {
    return investigations.causes();
  }

  public ClaimDecision[] getClaimDecisions() {
    return ClaimDecision.values();
  }

  // ---------------------------------------------------------------------------------------------

  public Long getCauseId() {
    return causeId;
  }

  public void setCauseId(Long v) {
    causeId = v;
  }

  public String getResponsibilities() {
    return responsibilities;
  }

  public void setResponsibilities(String v) {
    responsibilities = v;
  }

  public String getSanctions() {
    return sanctions;
  }

  public void setSanctions(String v) {
    sanctions = v;
  }

  public String getMeasures() {
    return measures;
  }

  public void setMeasures(String v) {
    measures = v;
  }

  public ClaimDecision getDecision() {
    return decision;
  }

  public void setDecision(ClaimDecision v) {
    decision = v;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal v) {
    amount = v;
  }

  public String getImprovements() {
    return improvements;
  }

  public void setImprovements(String v) {
    improvements = v;
  }

  public String getVoteNote() {
    return voteNote;
  }

  public void setVoteNote(String v) {
    voteNote = v;
  }
}
