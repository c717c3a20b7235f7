package co.ventanilla.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/**
 * A link from one case to a related one, with a note. Cases are never merged, only linked (seed 003
 * §5.1: "no se podrán unir varias Peticiones, Quejas, Reclamos y/o Sugerencias aunque pertenezcan a
 * la misma área o proceso"). Links are symmetric: {@link PqrsCase#linkTo} writes one row on each
 * case, so each lists its links without looking at the other.
 */
@Entity
@Table(name = "case_link")
public class CaseLink {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_link_ids")
  @TableGenerator(
      name = "case_link_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "case_link",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private PqrsCase pqrsCase;

  @ManyToOne(optional = false)
  @JoinColumn(name = "linked_case_id", nullable = false, updatable = false)
  private PqrsCase linkedCase;

  @Column(name = "note", length = 2000, updatable = false)
  private String note;

  @Column(name = "linked_by", nullable = false, length = 120, updatable = false)
  private String linkedBy;

  @Column(name = "linked_at", nullable = false, updatable = false)
  private LocalDateTime linkedAt;

  protected CaseLink() {}

  CaseLink(PqrsCase pqrsCase, PqrsCase linkedCase, String note, String linkedBy, LocalDateTime at) {
    this.pqrsCase = pqrsCase;
    this.linkedCase = linkedCase;
    this.note = note;
    this.linkedBy = linkedBy;
    this.linkedAt = at;
  }

  /** The radicado of the case at the other end. */
  public String linkedRadicado() {
    return linkedCase.radicado();
  }

  public String note() {
    return note;
  }

  public String linkedBy() {
    return linkedBy;
  }

  public LocalDateTime linkedAt() {
    return linkedAt;
  }
}
