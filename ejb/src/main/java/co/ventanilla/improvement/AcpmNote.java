package co.ventanilla.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** A follow-up note on an ACPM (seguimiento of the matrix GI-RG-07); never edited. */
@Embeddable
public class AcpmNote {

  @Column(name = "author", nullable = false, length = 120)
  private String author;

  @Column(name = "written_at", nullable = false)
  private LocalDateTime writtenAt;

  @Column(name = "text", nullable = false, length = 4000)
  private String text;

  protected AcpmNote() {}

  AcpmNote(String author, LocalDateTime writtenAt, String text) {
    this.author = author;
    this.writtenAt = writtenAt;
    this.text = text;
  }

  public String author() {
    return author;
  }

  public LocalDateTime writtenAt() {
    return writtenAt;
  }

  public String text() {
    return text;
  }
}
