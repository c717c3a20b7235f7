package co.ventanilla.web.investigations;

import co.ventanilla.investigations.ActaDeAtencion;
import co.ventanilla.investigations.InvestigationFile;
import co.ventanilla.investigations.InvestigationService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.primefaces.model.file.UploadedFile;

/**
 * The "Acta de atención al usuario por hurto" of the tab "Hechos" (seed 000): filled with the
 * victim, printed for signatures, the signed scan attached back.
 */
@Named
@ViewScoped
public class ActaView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InvestigationView workspace;
  @Inject InvestigationService investigations;

  private LocalDateTime attendedAt;
  private String actaPlace;
  private String victim;
  private String victimDocument;
  private String actaNarrative;
  private String items;
  private String authoritiesNotified;
  private transient UploadedFile signedActa;

  private long id() {
    return workspace.getFile().id();
  }

  @PostConstruct
  void fill() {
    InvestigationFile.Acta a = workspace.getFile().acta();
    attendedAt = a.attendedAt();
    actaPlace = a.place();
    victim = a.victim();
    victimDocument = a.victimDocument();
    actaNarrative = a.narrative();
    items = a.items();
    authoritiesNotified = a.authoritiesNotified();
  }

  public void saveActa() {
    if (Actions.run(
        "inv.done.acta",
        () ->
            investigations.recordActa(
                id(),
                new ActaDeAtencion(
                    attendedAt,
                    actaPlace,
                    victim,
                    victimDocument,
                    actaNarrative,
                    items,
                    authoritiesNotified)))) {
      workspace.reload();
    }
  }

  public String uploadSignedActa() {
    return Actions.back(
        Actions.run(
            "inv.done.actaSigned",
            () -> Actions.withFile(signedActa, f -> investigations.attachSignedActa(id(), f))),
        id());
  }

  // ---------------------------------------------------------------------------------------------

  public LocalDateTime getAttendedAt() {
    return attendedAt;
  }

  public void setAttendedAt(LocalDateTime v) {
    attendedAt = v;
  }

  public String getActaPlace() {
    return actaPlace;
  }

  public void setActaPlace(String v) {
    actaPlace = v;
  }

  public String getVictim() {
    return victim;
  }

  public void setVictim(String v) {
    victim = v;
  }

  public String getVictimDocument() {
    return victimDocument;
  }

  public void setVictimDocument(String v) {
    victimDocument = v;
  }

  public String getActaNarrative() {
    return actaNarrative;
  }

  public void setActaNarrative(String v) {
    actaNarrative = v;
  }

  public String getItems() {
    return items;
  }

  public void setItems(String v) {
    items = v;
  }

  public String getAuthoritiesNotified() {
    return authoritiesNotified;
  }

  public void setAuthoritiesNotified(String v) {
    authoritiesNotified = v;
  }

  public UploadedFile getSignedActa() {
    return signedActa;
  }

  public void setSignedActa(UploadedFile v) {
    signedActa = v;
  }
}
