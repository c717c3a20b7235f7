package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A person of the investigation: complainant, witness, victim or someone involved (e.g. an
 * employee). Any of them can be protected (seed 002 §4 activity 2 and activity 5, Nota 2: "proteger
 * a los individuos que presentan una queja de buena fe contra la retaliación", "prevenir la
 * intimidación de testigos"): then only the chair, the Dirección SIG and those it was disclosed to
 * see the identity; everyone else, every export and PDF reads the label ("Testigo 2").
 */
@Entity
@Table(name = "investigation_party")
public class Party {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "investigation_party_ids")
  @TableGenerator(
      name = "investigation_party_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "investigation_party",
      allocationSize = 20)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "investigation_id", nullable = false, updatable = false)
  private Investigation investigation;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20, updatable = false)
  private PartyKind kind;

  @Column(name = "ordinal", nullable = false, updatable = false)
  private int ordinal;

  @Column(name = "names", nullable = false, length = 200)
  private String names;

  @Column(name = "document", length = 60)
  private String document;

  @Column(name = "contact", length = 300)
  private String contact;

  @Column(name = "notes", length = 2000)
  private String notes;

  @Column(name = "protected_party", nullable = false)
  private boolean protectedParty;

  @Column(name = "added_by", nullable = false, length = 120, updatable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private LocalDateTime addedAt;

  protected Party() {}

  Party(
      Investigation investigation,
      PartyKind kind,
      int ordinal,
      String names,
      String document,
      String contact,
      String notes,
      boolean protectedParty,
      String addedBy,
      LocalDateTime addedAt) {
    this.investigation = investigation;
    this.kind = kind;
    this.ordinal = ordinal;
    this.names = names;
    this.document = document;
    this.contact = contact;
    this.notes = notes;
    this.protectedParty = protectedParty;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  /** The party's label, "Testigo 2": its kind and its number among the parties of that kind. */
  public String label() {
    String kindName = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
    return (kind == PartyKind.VICTIMA ? "Víctima" : kindName) + " " + ordinal;
  }

  void protect() {
    this.protectedParty = true;
  }

  public Long id() {
    return id;
  }

  public PartyKind kind() {
    return kind;
  }

  public int ordinal() {
    return ordinal;
  }

  public String names() {
    return names;
  }

  public String document() {
    return document;
  }

  public String contact() {
    return contact;
  }

  public String notes() {
    return notes;
  }

  public boolean isProtected() {
    return protectedParty;
  }

  public String addedBy() {
    return addedBy;
  }

  public LocalDateTime addedAt() {
    return addedAt;
  }
}
