package co.ventanilla.web.intake;

import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.intake.Consent;
import co.ventanilla.intake.IntakeReceipt;
import co.ventanilla.intake.InvalidSubmissionException;
import co.ventanilla.intake.Original;
import co.ventanilla.intake.Submission;
import co.ventanilla.intake.SubmissionProblem;
import co.ventanilla.intake.SubmissionRules;
import co.ventanilla.intake.SubmittedFile;
import co.ventanilla.intake.UploadPolicy;
import co.ventanilla.integration.IntakeGateway;
import co.ventanilla.terms.TermLaw;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What every PQRS form asks (the public one and the staff registration): type, the petitioner or
 * anonymity, the Ley 1581 authorization, place, subject, facts and attachments; and how a form is
 * filed: every problem found at once and shown next to its field, nothing stored unless all is
 * right, the form kept as the case's original.
 */
public abstract class PetitionForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> DOCUMENT_TYPES = List.of("CC", "CE", "TI", "NIT", "PA", "PPT");

  protected String type;
  protected String names;
  protected String documentType;
  protected String documentNumber;
  protected String email;
  protected String phone;
  protected String address;
  protected String agency;
  protected String subject;
  protected String description;
  protected boolean anonymous;
  protected boolean consent;
  protected transient List<Part> files = new ArrayList<>();
  protected IntakeReceipt receipt;

  /** Id of the form in its page, the prefix of its fields' client ids. */
  protected abstract String formId();

  /**
   * Files the form through the intake; on problems, shows each next to its field.
   *
   * @param consentGiven how the authorization is recorded when the box is ticked
   * @param earlier problems the caller found already (e.g. a reception time in the future)
   * @param details what only this channel adds (channel data, source key, actor)
   */
  protected void file(
      IntakeGateway intake,
      UploadPolicy uploads,
      Locale locale,
      Channel channel,
      Consent consentGiven,
      List<SubmissionProblem> earlier,
      Consumer<Submission.Builder> details) {
    List<SubmissionProblem> problems = new ArrayList<>(earlier);
    UploadPolicy.Checked checked = uploads.check(readFiles());
    problems.addAll(checked.problems());
    Submission.Builder builder =
        Submission.builder(channel)
            .type(PqrsType.parse(type).orElse(null))
            .agency(agency)
            .subject(subject)
            .description(description)
            .anonymous(anonymous);
    details.accept(builder);
    if (!anonymous) {
      builder
          .names(names)
          .document(documentType, documentNumber)
          .email(email)
          .phone(phone)
          .address(address);
      if (consent) {
        builder.consent(consentGiven);
      } else {
        problems.add(new SubmissionProblem("autoriza_datos", "consent_required"));
      }
    }
    checked.files().forEach(builder::attach);
    Submission submission = builder.original(original()).build();
    problems.addAll(0, SubmissionRules.check(submission));
    if (problems.isEmpty()) {
      try {
        receipt = intake.submit(submission);
        return;
      } catch (InvalidSubmissionException e) {
        problems.addAll(e.problems());
      }
    }
    report(problems, locale);
  }

  /** Shows each problem next to its field, or at the top when it concerns the whole form. */
  protected void report(List<SubmissionProblem> problems, Locale locale) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (SubmissionProblem p : problems) {
      String text = p.message(locale);
      String clientId =
          switch (p.field()) {
            case "formulario", "canal", "cuerpo" -> null;
            default -> formId() + ":" + p.field();
          };
      faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    faces.validationFailed();
  }

  /** The form as it was filled in, kept as the case's original. */
  private Original original() {
    JsonObjectBuilder json = Json.createObjectBuilder();
    add(json, "tipo", type);
    add(json, "anonimo", String.valueOf(anonymous));
    if (!anonymous) {
      add(json, "nombres", names);
      add(json, "tipo_documento", documentType);
      add(json, "numero_documento", documentNumber);
      add(json, "correo", email);
      add(json, "telefono", phone);
      add(json, "direccion", address);
      add(json, "autoriza_datos", String.valueOf(consent));
    }
    add(json, "sede", agency);
    add(json, "asunto", subject);
    add(json, "descripcion", description);
    return Original.text("application/json", json.build().toString());
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private List<SubmittedFile> readFiles() {
    return Uploads.read(files);
  }

  public PqrsType[] getTypes() {
    return PqrsType.values();
  }

  public List<String> getDocumentTypes() {
    return DOCUMENT_TYPES;
  }

  /**
   * The article that sets the term of the filed type, shown with the due date: Ley 1755 de 2015
   * art. 14 for petitions, Ley 1581 de 2012 arts. 14 and 15 for the personal-data requests.
   */
  public String getLegalBasis() {
    return PqrsType.parse(type).map(t -> TermLaw.of(t).termBasis()).orElse("");
  }

  public IntakeReceipt getReceipt() {
    return receipt;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getNames() {
    return names;
  }

  public void setNames(String names) {
    this.names = names;
  }

  public String getDocumentType() {
    return documentType;
  }

  public void setDocumentType(String documentType) {
    this.documentType = documentType;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public void setDocumentNumber(String documentNumber) {
    this.documentNumber = documentNumber;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}
