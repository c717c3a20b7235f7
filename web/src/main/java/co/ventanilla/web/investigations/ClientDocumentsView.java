package co.ventanilla.web.investigations;

import co.ventanilla.investigations.Authority;
import co.ventanilla.investigations.AuthorityContact;
import co.ventanilla.investigations.InvestigationService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The tabs "Documentos" and "Autoridades" of the investigation workspace: the documents the
 * affected client must provide (requested from the checklist of the modality as the case's art. 17
 * request, received with their file) and what was sent to or received from authorities.
 */
@Named
@ViewScoped
public class ClientDocumentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InvestigationView workspace;
  @Inject InvestigationService investigations;

  private List<String> requested = new ArrayList<>();
  private String otherDocument;
  private transient UploadedFile received;
  private Authority authority;
  private AuthorityContact.Direction direction;
  private String reference;
  private LocalDate authorityDate;
  private String authorityNote;
  private transient UploadedFile authorityFile;

  private long id() {
    return workspace.getFile().id();
  }

  /** The checklist of the investigation's modality, to choose what to request. */
  public List<String> getChecklist() {
    return investigations.checklist(workspace.getFile().modality());
  }

  public String requestDocuments() {
    List<String> names = new ArrayList<>(requested);
    if (otherDocument != null && !otherDocument.isBlank()) {
      names.add(otherDocument);
    }
    boolean[] suspended = new boolean[1];
    boolean ok =
        Actions.run(
            "inv.done.requested",
            () -> suspended[0] = investigations.requestDocuments(id(), names));
    if (ok && !suspended[0]) {
      Actions.run("inv.done.requestedNotSuspended", () -> {});
    }
    return Actions.back(ok, id());
  }

  public String receive(long documentId) {
    return Actions.back(
        Actions.run(
            "inv.done.received",
            () ->
                Actions.withFile(
                    received, f -> investigations.receiveDocument(id(), documentId, f))),
        id());
  }

  public String addAuthority() {
    return Actions.back(
        Actions.run(
            "inv.done.authority",
            () ->
                Actions.withFile(
                    authorityFile,
                    f ->
                        investigations.addAuthorityContact(
                            id(),
                            authority,
                            direction,
                            reference,
                            authorityDate,
                            authorityNote,
                            f))),
        id());
  }

  public Authority[] getAuthorities() {
    return Authority.values();
  }

  public AuthorityContact.Direction[] getDirections() {
    return AuthorityContact.Direction.values();
  }

  // ---------------------------------------------------------------------------------------------

  public List<String> getRequested() {
    return requested;
  }

  public void setRequested(List<String> v) {
    requested = v;
  }

  public String getOtherDocument() {
    return otherDocument;
  }

  public void setOtherDocument(String v) {
    otherDocument = v;
  }

  public UploadedFile getReceived() {
    return received;
  }

  public void setReceived(UploadedFile v) {
    received = v;
  }

  public Authority getAuthority() {
    return authority;
  }

  public void setAuthority(Authority v) {
    authority = v;
  }

  public AuthorityContact.Direction getDirection() {
    return direction;
  }

  public void setDirection(AuthorityContact.Direction v) {
    direction = v;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String v) {
    reference = v;
  }

  public LocalDate getAuthorityDate() {
    return authorityDate;
  }

  public void setAuthorityDate(LocalDate v) {
    authorityDate = v;
  }

  public String getAuthorityNote() {
    return authorityNote;
  }

  public void setAuthorityNote(String v) {
    authorityNote = v;
  }

  public UploadedFile getAuthorityFile() {
    return authorityFile;
  }

  public void setAuthorityFile(UploadedFile v) {
    authorityFile = v;
  }
}
