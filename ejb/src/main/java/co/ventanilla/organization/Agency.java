package co.ventanilla.organization;

import co.ventanilla.cases.CaseRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * A sede, agencia or puesto of the company (seed 000 lists Bogotá, Medellín, Cali, Pereira and
 * Manizales): the list the screens offer for a case's agency. Cases keep the agency's name as it
 * was received (a mail or a paper form may name one that is not on the list); agencies are never
 * deleted, only deactivated.
 */
@Entity
@Table(name = "agency")
@NamedQuery(name = Agency.ALL, query = "SELECT a FROM Agency a ORDER BY a.name")
@NamedQuery(
    name = Agency.ACTIVE,
    query = "SELECT a FROM Agency a WHERE a.active = TRUE ORDER BY a.name")
@NamedQuery(name = Agency.BY_NAME, query = "SELECT a FROM Agency a WHERE a.name = :name")
public class Agency implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  public static final String ALL = "Agency.all";
  public static final String ACTIVE = "Agency.active";
  public static final String BY_NAME = "Agency.byName";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "agency_ids")
  @TableGenerator(
      name = "agency_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "agency",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "name", nullable = false, unique = true, length = 120)
  private String name;

  @Column(name = "city", length = 120)
  private String city;

  @Column(name = "address", length = 300)
  private String address;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected Agency() {}

  public Agency(String name, String city) {
    rename(name, city);
  }

  public Agency(String name, String city, String address) {
    rename(name, city);
    locate(address);
  }

  /** Sets the sede's address; blank: none. */
  public void locate(String address) {
    this.address = address == null || address.isBlank() ? null : address.strip();
  }

  /** Changes the name and city; cases filed before keep the old name. */
  public void rename(String name, String city) {
    if (name == null || name.isBlank()) {
      throw new CaseRuleViolation("agency.name_required");
    }
    this.name = name.strip();
    this.city = city == null || city.isBlank() ? null : city.strip();
  }

  public void activate(boolean active) {
    this.active = active;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String city() {
    return city;
  }

  public String address() {
    return address;
  }

  public boolean active() {
    return active;
  }
}
