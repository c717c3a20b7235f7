package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * The "Acta de atención al usuario por hurto en las diferentes modalidades delictivas" (seed 000):
 * filled with the victim at the first attention — date, place, victim, narrative, items taken,
 * authorities notified — printed for signatures, and the signed scan attached back.
 */
@Embeddable
public class ActaDeAtencion {

  @Column(name = "acta_attended_at")
  private LocalDateTime attendedAt;

  @Column(name = "acta_place", length = 300)
  private String place;

  @Column(name = "acta_victim", length = 200)
  private String victim;

  @Column(name = "acta_victim_document", length = 60)
  private String victimDocument;

  @Column(name = "acta_narrative")
  private String narrative;

  @Column(name = "acta_items")
  private String items;

  @Column(name = "acta_authorities", length = 1000)
  private String authoritiesNotified;

  @Column(name = "acta_recorded_by", length = 120)
  private String recordedBy;

  @Column(name = "acta_signed_content_id")
  private Long signedContentId;

  @Column(name = "acta_signed_file_name", length = 255)
  private String signedFileName;

  public ActaDeAtencion() {}

  public ActaDeAtencion(
      LocalDateTime attendedAt,
      String place,
      String victim,
      String victimDocument,
      String narrative,
      String items,
      String authoritiesNotified) {
    this.attendedAt = attendedAt;
    this.place = place;
    this.victim = victim;
    this.victimDocument = victimDocument;
    this.narrative = narrative;
    this.items = items;
    this.authoritiesNotified = authoritiesNotified;
  }

  ActaDeAtencion recordedBy(String user, ActaDeAtencion previous) {
    ActaDeAtencion a =
        new ActaDeAtencion(
            attendedAt, place, victim, victimDocument, narrative, items, authoritiesNotified);
    a.recordedBy = user;
    if (previous != null) {
      a.signedContentId = previous.signedContentId;
      a.signedFileName = previous.signedFileName;
    }
    return a;
  }

  ActaDeAtencion signed(EvidenceFile scan) {
    ActaDeAtencion a = recordedBy(recordedBy, null);
    a.signedContentId = scan.contentId();
    a.signedFileName = scan.fileName();
    return a;
  }

  /** Whether the acta was filled (an empty embedded acta reads as all nulls). */
  public boolean filled() {
    return attendedAt != null;
  }

  public LocalDateTime attendedAt() {
    return attendedAt;
  }

  public String place() {
    return place;
  }

  public String victim() {
    return victim;
  }

  public String victimDocument() {
    return victimDocument;
  }

  public String narrative() {
    return narrative;
  }

  public String items() {
    return items;
  }

  public String authoritiesNotified() {
    return authoritiesNotified;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Long signedContentId() {
    return signedContentId;
  }

  public String signedFileName() {
    return signedFileName;
  }
}
