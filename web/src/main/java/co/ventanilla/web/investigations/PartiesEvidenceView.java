package co.ventanilla.web.investigations;

import co.ventanilla.investigations.EvidenceKind;
import co.ventanilla.investigations.IntegrityReport;
import co.ventanilla.investigations.InvestigationService;
import co.ventanilla.investigations.PartyKind;
import co.ventanilla.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;

/**
 * The tabs "Partes" and "Evidencias" of the investigation workspace: parties (protected ones as
 * their pseudonym for whoever is not their custodian; the custodian may reveal an identity to a
 * member, with a reason) and evidence (append-only, with its SHA-256, custody transfers, and the
 * integrity check).
 */
@Named
@ViewScoped
public class PartiesEvidenceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InvestigationView workspace;
  @Inject InvestigationService investigations;

  private PartyKind partyKind;
  private String partyNames;
  private String partyDocument;
  private String partyContact;
  private String partyNotes;
  private boolean partyProtected;
  private Long discloseParty;
  private String discloseTo;
  private String discloseReason;

  private EvidenceKind evidenceKind;
  private String evidenceDescription;
  private String evidenceSource;
  private transient UploadedFile evidenceFile;
  private Long evidenceId;
  private String reason;
  private String custodyFrom;
  private String custodyTo;

  private long id() {
    return workspace.getFile().id();
  }

  public void addParty() {
    if (Actions.run(
        "inv.done.party",
        () ->
            investigations.addParty(
                id(),
                partyKind,
                partyNames,
                partyDocument,
                partyContact,
                partyNotes,
                partyProtected))) {
      partyNames = null;
      partyDocument = null;
      partyContact = null;
      partyNotes = null;
      partyProtected = false;
      workspace.reload();
    }
  }

  public void protect(long partyId) {
    if (Actions.run("inv.done.protected", () -> investigations.protectParty(id(), partyId))) {
      workspace.reload();
    }
  }

  public void disclose() {
    if (Actions.run(
        "inv.done.disclosed",
        () ->
            investigations.disclose(
                id(), discloseParty == null ? -1 : discloseParty, discloseTo, discloseReason))) {
      discloseReason = null;
      workspace.reload();
    }
  }

  public String addEvidence() {
    return Actions.back(
        Actions.run(
            "inv.done.evidence",
            () ->
                Actions.withFile(
                    evidenceFile,
                    f ->
                        investigations.addEvidence(
                            id(), evidenceKind, evidenceDescription, evidenceSource, f))),
        id());
  }

  public String supersede() {
    return Actions.back(
        Actions.run(
            "inv.done.superseded",
            () ->
                investigations.supersedeEvidence(
                    id(), evidenceId == null ? -1 : evidenceId, reason)),
        id());
  }

  public String transfer() {
    return Actions.back(
        Actions.run(
            "inv.done.custody",
            () ->
                investigations.transferCustody(
                    id(), evidenceId == null ? -1 : evidenceId, custodyFrom, custodyTo, reason)),
        id());
  }

  /** Recomputes every hash and says whether all match, naming those that do not. */
  public void verify() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Texts texts = Texts.of(faces, "inv");
    IntegrityReport report = investigations.verifyIntegrity(id());
    if (report.intact()) {
      faces.addMessage(
          "done",
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              texts.format("inv.integrity.ok", report.verified()),
              null));
    } else {
      String names =
          report.altered().stream()
              .map(a -> a.number() + " (" + a.fileName() + ")")
              .collect(Collectors.joining(", "));
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              texts.format("inv.integrity.altered", report.verified(), names),
              null));
    }
    workspace.reload();
  }

  public PartyKind[] getPartyKinds() {
    return PartyKind.values();
  }

  public EvidenceKind[] getEvidenceKinds() {
    return EvidenceKind.values();
  }

  // ---------------------------------------------------------------------------------------------

  public PartyKind getPartyKind() {
    return partyKind;
  }

  public void setPartyKind(PartyKind v) {
    partyKind = v;
  }

  public String getPartyNames() {
    return partyNames;
  }

  public void setPartyNames(String v) {
    partyNames = v;
  }

  public String getPartyDocument() {
    return partyDocument;
  }

  public void setPartyDocument(String v) {
    partyDocument = v;
  }

  public String getPartyContact() {
    return partyContact;
  }

  public void setPartyContact(String v) {
    partyContact = v;
  }

  public String getPartyNotes() {
    return partyNotes;
  }

  public void setPartyNotes(String v) {
    partyNotes = v;
  }

  public boolean isPartyProtected() {
    return partyProtected;
  }

  public void setPartyProtected(boolean v) {
    partyProtected = v;
  }

  public Long getDiscloseParty() {
    return discloseParty;
  }

  public void setDiscloseParty(Long v) {
    discloseParty = v;
  }

  public String getDiscloseTo() {
    return discloseTo;
  }

  public void setDiscloseTo(String v) {
    discloseTo = v;
  }

  public String getDiscloseReason() {
    return discloseReason;
  }

  public void setDiscloseReason(String v) {
    discloseReason = v;
  }

  public EvidenceKind getEvidenceKind() {
    return evidenceKind;
  }

  public void setEvidenceKind(EvidenceKind v) {
    evidenceKind = v;
  }

  public String getEvidenceDescription() {
    return evidenceDescription;
  }

  public void setEvidenceDescription(String v) {
    evidenceDescription = v;
  }

  public String getEvidenceSource() {
    return evidenceSource;
  }

  public void setEvidenceSource(String v) {
    evidenceSource = v;
  }

  public UploadedFile getEvidenceFile() {
    return evidenceFile;
  }

  public void setEvidenceFile(UploadedFile v) {
    evidenceFile = v;
  }

  public Long getEvidenceId() {
    return evidenceId;
  }

  public void setEvidenceId(Long v) {
    evidenceId = v;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    reason = v;
  }

  public String getCustodyFrom() {
    return custodyFrom;
  }

  public void setCustodyFrom(String v) {
    custodyFrom = v;
  }

  public String getCustodyTo() {
    return custodyTo;
  }

  public void setCustodyTo(String v) {
    custodyTo = v;
  }
}
