package co.ventanilla.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The person who files: a client, a guard, an employee, a resident, a stranger, or nobody known
 * (anonymous). Personal data under Ley 1581 de 2012: shown only to roles that need it.
 */
@Embeddable
public class Petitioner {

  @Column(name = "petitioner_names", length = 200)
  private String names;

  @Column(name = "petitioner_document_type", length = 10)
  private String documentType;

  @Column(name = "petitioner_document_number", length = 30)
  private String documentNumber;

  @Column(name = "petitioner_email", length = 254)
  private String email;

  @Column(name = "petitioner_phone", length = 40)
  private String phone;

  @Column(name = "petitioner_address", length = 300)
  private String address;

  @Column(name = "anonymous", nullable = false)
  private boolean anonymous;

  protected Petitioner() {}

  public Petitioner(
      String names,
      String documentType,
      String documentNumber,
      String email,
      String phone,
      String address,
      boolean anonymous) {
    this.names = names;
    this.documentType = documentType;
    this.documentNumber = documentNumber;
    this.email = email;
    this.phone = phone;
    this.address = address;
    this.anonymous = anonymous;
  }

  public String names() {
    return names;
  }

  public String documentType() {
    return documentType;
  }

  public String documentNumber() {
    return documentNumber;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public String address() {
    return address;
  }

  public boolean anonymous() {
    return anonymous;
  }
}
