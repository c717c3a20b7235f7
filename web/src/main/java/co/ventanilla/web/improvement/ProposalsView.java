package co.ventanilla.web.improvement;

import co.ventanilla.improvement.AcpmProposal;
import co.ventanilla.improvement.AcpmRuleViolation;
import co.ventanilla.improvement.AcpmType;
import co.ventanilla.improvement.ImprovementSettings;
import co.ventanilla.improvement.ProposalService;
import co.ventanilla.improvement.ProposalStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The proposals of ACPM ({@code mejora/propuestas.xhtml}, Dirección SIG and administrator): the
 * pending ones to accept (an ACPM is opened, linked to the cases) or dismiss with a reason, the
 * decided ones, running the rules now, and the rules' settings (N recurrences in M months, the
 * answer-rating target, the SIG office mailbox for overdue alerts).
 */
@Named
@ViewScoped
public class ProposalsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProposalService proposals;

  private ProposalStatus show = ProposalStatus.PENDIENTE;
  private transient List<AcpmProposal> rows;

  private Long selected;
  private AcpmType type = AcpmType.CORRECTIVA;
  private String description;
  private String reason;

  private int recurrenceCount;
  private int recurrenceMonths;
  private BigDecimal ratingTarget;
  private int ratingMinCount;
  private int ratingMonths;
  private String sigMailbox;

  @PostConstruct
  void init() {
    ImprovementSettings s = proposals.settings();
    recurrenceCount = s.recurrenceCount();
    recurrenceMonths = s.recurrenceMonths();
    ratingTarget = s.ratingTarget();
    ratingMinCount = s.ratingMinCount();
    ratingMonths = s.ratingMonths();
    sigMailbox = s.sigMailbox();
  }

  public List<AcpmProposal> getRows() {
    if (rows == null) {
      rows = proposals.proposals(show);
    }
    return rows;
  }

  public String describe(AcpmProposal p) {
    return ProposalService.describe(p);
  }

  public void evaluate() {
    try {
      int n = proposals.evaluateNow().size();
      rows = null;
      Feedback.done(n == 0 ? "proposals.done.none" : "proposals.done.evaluated");
    } catch (AcpmRuleViolation e) {
      Feedback.refused(e);
    }
  }

  public void choose(long id) {
    selected = id;
    description = null;
    reason = null;
    type = AcpmType.CORRECTIVA;
  }

  public void accept() {
    try {
      proposals.accept(selected, type, description);
    } catch (AcpmRuleViolation e) {
      Feedback.refused(e);
      return;
    }
    rows = null;
    Feedback.done("proposals.done.accepted");
  }

  public void dismiss() {
    try {
      proposals.dismiss(selected, reason);
    } catch (AcpmRuleViolation e) {
      Feedback.refused(e);
      return;
    }
    rows = null;
    Feedback.done("proposals.done.dismissed");
  }

  public void saveSettings() {
    try {
      proposals.saveSettings(
          new ImprovementSettings(
              recurrenceCount,
              recurrenceMonths,
              ratingTarget,
              ratingMinCount,
              ratingMonths,
              sigMailbox));
    } catch (AcpmRuleViolation e) {
      Feedback.refused(e);
      return;
    }
    Feedback.done("proposals.done.settings");
  }

  public ProposalStatus[] getStatuses() {
    return ProposalStatus.values();
  }

  public AcpmType[] getTypes() {
    return AcpmType.values();
  }

  // ---------------------------------------------------------------------------------------------

  public ProposalStatus getShow() {
    return show;
  }

  public void setShow(ProposalStatus show) {
    this.show = show == null ? ProposalStatus.PENDIENTE : show;
    rows = null;
  }

  public Long getSelected() {
    return selected;
  }

  public AcpmType getType() {
    return type;
  }

  public void setType(AcpmType type) {
    this.type = type;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getRecurrenceCount() {
    return recurrenceCount;
  }

  public void setRecurrenceCount(int recurrenceCount) {
    this.recurrenceCount = recurrenceCount;
  }

  public int getRecurrenceMonths() {
    return recurrenceMonths;
  }

  public void setRecurrenceMonths(int recurrenceMonths) {
    this.recurrenceMonths = recurrenceMonths;
  }

  public BigDecimal getRatingTarget() {
    return ratingTarget;
  }

  public void setRatingTarget(BigDecimal ratingTarget) {
    this.ratingTarget = ratingTarget;
  }

  public int getRatingMinCount() {
    return ratingMinCount;
  }

  public void setRatingMinCount(int ratingMinCount) {
    this.ratingMinCount = ratingMinCount;
  }

  public int getRatingMonths() {
    return ratingMonths;
  }

  public void setRatingMonths(int ratingMonths) {
    this.ratingMonths = ratingMonths;
  }

  public String getSigMailbox() {
    return sigMailbox;
  }

  public void setSigMailbox(String sigMailbox) {
    this.sigMailbox = sigMailbox;
  }
}
