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
import co.ventanilla.web.i18n.LocaleSelector;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The public PQRS form ({@code radicar.xhtml}): anyone files without logging in and gets the
 * radicado and tracking code at once. Personal data needs the Ley 1581 de 2012 authorization
 * (recorded with the policy version); an anonymous filing stores no personal data at all and is
 * followed with the tracking code. A form can be filed once: pressing the button twice, or
 * resubmitting the page, gives the same radicado.
 */
@Named
@ViewScoped
public class FilingFormView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> DOCUMENT_TYPES = List.of("CC", "CE", "TI", "NIT", "PA", "PPT");

  @Inject IntakeGateway intake;
  @Inject FilingRateLimiter limiter;
  @Inject LocaleSelector language;
  @Inject PublicFormSettings settings;

  /** One key per rendered form: filing the same form again files nothing new. */
  private final String formKey = "web:form:" + UUID.randomUUID();

  private String type;
  private String names;
  private String documentType;
  private String documentNumber;
  private String email;
  private String phone;
  private String address;
  private String agency;
  private String subject;
  private String description;
  private boolean anonymous;
  private boolean consent;
  private transient List<Part> files = new ArrayList<>();
  private IntakeReceipt receipt;

  public void submit() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = language.getLocale();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    if (!limiter.tryAcquire(request.getRemoteAddr())) {
      faces.addMessage(null, error(new SubmissionProblem("formulario", "rate_limited"), locale));
      return;
    }
    List<SubmissionProblem> problems = new ArrayList<>();
    UploadPolicy.Checked checked = settings.uploadPolicy().check(readFiles());
    problems.addAll(checked.problems());

    LocalDateTime now = settings.now();
    Submission.Builder builder =
        Submission.builder(Channel.WEB)
            .type(PqrsType.parse(type).orElse(null))
            .agency(agency)
            .subject(subject)
            .description(description)
            .anonymous(anonymous)
            .sourceKey(formKey)
            .sourceReference("formulario web")
            .actor("web");
    if (!anonymous) {
      builder
          .names(names)
          .document(documentType, documentNumber)
          .email(email)
          .phone(phone)
          .address(address);
      if (consent) {
        builder.consent(new Consent(settings.policyVersion(), now));
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
    for (SubmissionProblem p : problems) {
      faces.addMessage(clientId(p.field()), error(p, locale));
    }
    faces.validationFailed();
  }

  /** The form as the petitioner sent it, kept as the case's original. */
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
    List<SubmittedFile> read = new ArrayList<>();
    if (files == null) {
      return read;
    }
    for (Part part : files) {
      if (part == null || part.getSize() == 0 && part.getSubmittedFileName() == null) {
        continue;
      }
      try (InputStream in = part.getInputStream()) {
        read.add(
            new SubmittedFile(
                part.getSubmittedFileName(), part.getContentType(), in.readAllBytes()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return read;
  }

  private static String clientId(String field) {
    return switch (field) {
      case "formulario", "canal", "cuerpo" -> null;
      default -> "filing:" + field;
    };
  }

  private static FacesMessage error(SubmissionProblem problem, Locale locale) {
    String text = problem.message(locale);
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }

  public PqrsType[] getTypes() {
    return PqrsType.values();
  }

  public List<String> getDocumentTypes() {
    return DOCUMENT_TYPES;
  }

  public int getMaxFileMb() {
    return settings.maxFileMb();
  }

  public int getMaxFiles() {
    return settings.maxFiles();
  }

  public String getPolicyVersion() {
    return settings.policyVersion();
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
