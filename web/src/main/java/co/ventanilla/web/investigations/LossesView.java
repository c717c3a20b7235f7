package co.ventanilla.web.investigations;

import co.ventanilla.investigations.InvestigationFile;
import co.ventanilla.investigations.InvestigationService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Losses, recoveries (valued in COP; the net loss is the aggregate's) and the insurance of the tab
 * "Hechos".
 */
@Named
@ViewScoped
public class LossesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InvestigationView workspace;
  @Inject InvestigationService investigations;

  private boolean recovery;
  private String lossDescription;
  private BigDecimal lossAmount;
  private String insurer;
  private String policy;
  private String claim;

  private long id() {
    return workspace.getFile().id();
  }

  @PostConstruct
  void fill() {
    InvestigationFile.Facts f = workspace.getFile().facts();
    insurer = f.insurer();
    policy = f.policyNumber();
    claim = f.claimNumber();
  }

  public void addLoss() {
    if (Actions.run(
        "inv.done.loss",
        () -> investigations.addLoss(id(), recovery, lossDescription, lossAmount))) {
      lossDescription = null;
      lossAmount = null;
      workspace.reload();
    }
  }

  public void saveInsurance() {
    if (Actions.run(
        "inv.done.insurance", () -> investigations.recordInsurance(id(), insurer, policy, claim))) {
      workspace.reload();
    }
  }

  // ---------------------------------------------------------------------------------------------

  public boolean isRecovery() {
    return recovery;
  }

  public void setRecovery(boolean v) {
    recovery = v;
  }

  public String getLossDescription() {
    return lossDescription;
  }

  public void setLossDescription(String v) {
    lossDescription = v;
  }

  public BigDecimal getLossAmount() {
    return lossAmount;
  }

  public void setLossAmount(BigDecimal v) {
    lossAmount = v;
  }

  public String getInsurer() {
    return insurer;
  }

  public void setInsurer(String v) {
    insurer = v;
  }

  public String getPolicy() {
    return policy;
  }

  public void setPolicy(String v) {
    policy = v;
  }

  public String getClaim() {
    return claim;
  }

  public void setClaim(String v) {
    claim = v;
  }
}
