package co.ventanilla.satisfaction;

/** What describes a client contact, as typed on the screen or read from a CSV row. */
public record ContactData(
    String company,
    String contactName,
    String email,
    String phone,
    String agency,
    String contract) {

  /** The same data stripped, blanks as null, the email in lower case. */
  public ContactData normalized() {
    return new ContactData(
        clean(company),
        clean(contactName),
        clean(email) == null ? null : clean(email).toLowerCase(java.util.Locale.ROOT),
        clean(phone),
        clean(agency),
        clean(contract));
  }

  /** Spanish problems of this data, empty when it can be kept. */
  public java.util.List<String> problems() {
    java.util.List<String> p = new java.util.ArrayList<>();
    if (company == null || company.isBlank()) {
      p.add("Falta la empresa.");
    }
    if (contactName == null || contactName.isBlank()) {
      p.add("Falta el nombre del contacto.");
    }
    if ((email == null || email.isBlank()) && (phone == null || phone.isBlank())) {
      p.add("Falta el correo o el teléfono.");
    }
    if (email != null
        && !email.isBlank()
        && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      p.add("El correo " + email.strip() + " no es válido.");
    }
    if (company != null && company.strip().length() > 200) {
      p.add("La empresa supera 200 caracteres.");
    }
    return p;
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
