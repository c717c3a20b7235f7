package co.ventanilla.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * A cause from the list the administrator keeps, so that recurrence can be counted (seed 002 §4
 * activity 3: "resumen y causa de la queja" in the GO-RG-05 database; DOMAIN.md: recurrent causes
 * feed the ACPM matrix). Investigations use it now; cases and the ACPM matrix will share it.
 */
@Entity
@Table(name = "cause")
@NamedQuery(
    name = Cause.ACTIVE,
    query = "SELECT c FROM Cause c WHERE c.active = TRUE ORDER BY c.name")
@NamedQuery(name = Cause.ALL, query = "SELECT c FROM Cause c ORDER BY c.name")
public class Cause {

  public static final String ACTIVE = "Cause.active";
  public static final String ALL = "Cause.all";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "cause_ids")
  @TableGenerator(
      name = "cause_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "cause",
      allocationSize = 10)
  private Long id;

  @Column(name = "code", nullable = false, length = 40, updatable = false)
  private String code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "active", nullable = false)
  private boolean active;

  protected Cause() {}

  public Cause(String code, String name) {
    this.code = code;
    this.name = name;
    this.active = true;
  }

  public void rename(String name) {
    this.name = name;
  }

  public void active(boolean active) {
    this.active = active;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public boolean active() {
    return active;
  }
}
