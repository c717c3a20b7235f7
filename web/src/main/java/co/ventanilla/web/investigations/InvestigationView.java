package co.ventanilla.web.investigations;

import co.ventanilla.investigations.CommitteeRole;
import co.ventanilla.investigations.InvestigationFile;
import co.ventanilla.investigations.InvestigationRuleViolation;
import co.ventanilla.investigations.InvestigationService;
import co.ventanilla.investigations.Modality;
import co.ventanilla.investigations.SiniestroFacts;
import co.ventanilla.staff.StaffUser;
import co.ventanilla.web.i18n.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The investigation workspace ({@code investigaciones/investigacion.xhtml?id=}): the file as the
 * user may see it, and of the tab "Hechos" the facts and the committee (losses and insurance are
 * {@link LossesView}'s, the acta de atención {@link ActaView}'s). The other tabs have their own
 * beans ({@link PartiesEvidenceView}, {@link SessionsView}, {@link ClientDocumentsView}, {@link
 * ConclusionsView}), which read the same file through this one.
 */
@Named
@ViewScoped
public class InvestigationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InvestigationService investigations;

  private Long id;
  private InvestigationFile file;

  // Facts
  private LocalDateTime occurredAt;
  private Modality modality;
  private String agency;
  private String client;
  private String post;
  private String narrative;
  private String guards;
  private String minuta;
  // Committee
  private String member;
  private CommitteeRole memberRole;
  private boolean memberChairs;
  private String leaving;
  private String leavingReason;

  /** Loads the investigation of the address; unknown answers 404, refused 403 (journaled). */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      file = investigations.get(id == null ? -1 : id);
    } catch (InvestigationRuleViolation e) {
      faces
          .getExternalContext()
          .responseSendError(
              HttpServletResponse.SC_NOT_FOUND, e.message(Texts.of(faces, "inv").locale()));
      faces.responseComplete();
      return;
    }
    fillForms();
  }

  /** Reads the file again after a change. */
  void reload() {
    file = investigations.get(file.id());
    fillForms();
  }

  private void fillForms() {
    InvestigationFile.Facts f = file.facts();
    occurredAt = f.occurredAt();
    modality = file.modality();
    agency = f.agency();
    client = f.client();
    post = f.post();
    narrative = f.narrative();
    guards = f.guardsOnDuty();
    minuta = f.minutaReference();
  }

  public void saveFacts() {
    if (Actions.run(
        "inv.done.facts",
        () ->
            investigations.recordFacts(
                file.id(),
                new SiniestroFacts(occurredAt, agency, client, post, narrative, guards, minuta),
                modality))) {
      reload();
    }
  }

  public void addMember() {
    if (Actions.run(
        "inv.done.member",
        () -> investigations.addMember(file.id(), member, memberRole, memberChairs))) {
      member = null;
      memberChairs = false;
      reload();
    }
  }

  /** Takes the chosen member off the committee with the reason given. */
  public void removeMember() {
    if (Actions.run(
        "inv.done.memberRemoved",
        () -> investigations.removeMember(file.id(), leaving, leavingReason))) {
      leaving = null;
      leavingReason = null;
      reload();
    }
  }

  public String getLeaving() {
    return leaving;
  }

  public void setLeaving(String v) {
    leaving = v;
  }

  public String getLeavingReason() {
    return leavingReason;
  }

  public void setLeavingReason(String v) {
    leavingReason = v;
  }

  public void makeChair(String userName) {
    if (Actions.run("inv.done.chair", () -> investigations.makeChair(file.id(), userName))) {
      reload();
    }
  }

  /** Active staff who may sit on the committee and are not on it yet. */
  public List<StaffUser> getCandidates() {
    return investigations.staff().stream()
        .filter(u -> u.roles().stream().anyMatch(InvestigationService.COMMITTEE_ROLES::contains))
        .filter(
            u ->
                file.members().stream().noneMatch(m -> m.userName().equalsIgnoreCase(u.userName())))
        .toList();
  }

  public Modality[] getModalities() {
    return Modality.values();
  }

  public CommitteeRole[] getRoles() {
    return CommitteeRole.values();
  }

  // ---------------------------------------------------------------------------------------------

  public InvestigationFile getFile() {
    return file;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(LocalDateTime v) {
    occurredAt = v;
  }

  public Modality getModality() {
    return modality;
  }

  public void setModality(Modality v) {
    modality = v;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String v) {
    agency = v;
  }

  public String getClient() {
    return client;
  }

  public void setClient(String v) {
    client = v;
  }

  public String getPost() {
    return post;
  }

  public void setPost(String v) {
    post = v;
  }

  public String getNarrative() {
    return narrative;
  }

  public void setNarrative(String v) {
    narrative = v;
  }

  public String getGuards() {
    return guards;
  }

  public void setGuards(String v) {
    guards = v;
  }

  public String getMinuta() {
    return minuta;
  }

  public void setMinuta(String v) {
    minuta = v;
  }

  public String getMember() {
    return member;
  }

  public void setMember(String v) {
    member = v;
  }

  public CommitteeRole getMemberRole() {
    return memberRole;
  }

  public void setMemberRole(CommitteeRole v) {
    memberRole = v;
  }

  public boolean isMemberChairs() {
    return memberChairs;
  }

  public void setMemberChairs(boolean v) {
    memberChairs = v;
  }
}
