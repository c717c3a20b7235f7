package co.ventanilla.satisfaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A client contact who receives the semiannual survey GO-RG-03: company, contact person, email,
 * phone, agency and contract. Deactivated, never deleted (past campaigns point at it).
 */
@Entity
@Table(name = "client_contact")
public class ClientContact {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "client_contact_ids")
  @TableGenerator(
      name = "client_contact_ids",
      table = "id_generator",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "client_contact",
      allocationSize = 20)
  private Long id;

  @Version private long version;

  @Column(name = "company", nullable = false, length = 200)
  private String company;

  @Column(name = "contact_name", nullable = false, length = 200)
  private String contactName;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "phone", length = 40)
  private String phone;

  @Column(name = "agency", length = 120)
  private String agency;

  @Column(name = "contract", length = 80)
  private String contract;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected ClientContact() {}

  public ClientContact(ContactData data, LocalDateTime at) {
    update(data);
    this.createdAt = at;
  }

  void update(ContactData data) {
    this.company = data.company();
    this.contactName = data.contactName();
    this.email = data.email();
    this.phone = data.phone();
    this.agency = data.agency();
    this.contract = data.contract();
  }

  void active(boolean active) {
    this.active = active;
  }

  public Long id() {
    return id;
  }

  public String company() {
    return company;
  }

  public String contactName() {
    return contactName;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public String agency() {
    return agency;
  }

  public String contract() {
    return contract;
  }

  public boolean active() {
    return active;
  }

  public ContactData data() {
    return new ContactData(company, contactName, email, phone, agency, contract);
  }
}
