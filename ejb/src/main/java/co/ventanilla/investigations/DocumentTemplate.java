package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * One line of the checklist of documents the affected client must provide for a modality of
 * siniestro (seed 000: the claims depend on "el aporte de documental" of the affected client),
 * configured by the administrator.
 */
@Entity
@Table(name = "investigation_document_template")
@NamedQuery(
    name = DocumentTemplate.OF_MODALITY,
    query =
        "SELECT t FROM DocumentTemplate t WHERE t.modality = :modality AND t.active = TRUE"
            + " ORDER BY t.position, t.id")
@NamedQuery(
    name = DocumentTemplate.ALL,
    query = "SELECT t FROM DocumentTemplate t ORDER BY t.modality, t.position, t.id")
public class DocumentTemplate {

  public static final String OF_MODALITY = "DocumentTemplate.ofModality";
  public static final String ALL = "DocumentTemplate.all";

  @Id
  @GeneratedValue(
      strategy = GenerationType.TABLE,
      generator = "investigation_document_template_ids")
  @TableGenerator(
      name = "investigation_document_template_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "investigation_document_template",
      allocationSize = 10)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "modality", nullable = false, length = 40)
  private Modality modality;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "active", nullable = false)
  private boolean active;

  protected DocumentTemplate() {}

  public DocumentTemplate(Modality modality, String name, int position) {
    this.modality = modality;
    this.name = name;
    this.position = position;
    this.active = true;
  }

  public void active(boolean active) {
    this.active = active;
  }

  public Long id() {
    return id;
  }

  public Modality modality() {
    return modality;
  }

  public String name() {
    return name;
  }

  public int position() {
    return position;
  }

  public boolean active() {
    return active;
  }
}
