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
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Staff registration ({@code registro.xhtml}) of what arrives by phone, in person, on a
 * coordinator's visit or by letter (seed 002 §4 activity 1; seed 003 §5.1: calls and visits are
 * written down in the PQRS form). The reception time is when the petitioner filed, which may be
 * earlier than the registration, never later. A verbal authorization for personal data is recorded
 * as such. After saving, the constancia for the petitioner can be printed.
 */
@Named
@ViewScoped
public class StaffRegistrationView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String VERBAL_CONSENT = "verbal";

  @Inject IntakeGateway intake;
  @Inject PublicFormSettings settings;
  @Inject LocaleSelector language;

  private final String formKey = "staff:form:" + UUID.randomUUID();

  private Channel channel = Channel.PHONE;
  private LocalDateTime receivedAt;
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
  private String registeredBy = "recepcion";
  private transient List<Part> files = new ArrayList<>();
  private IntakeReceipt receipt;

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = language.getLocale();
    LocalDateTime now = settings.now();
    List<SubmissionProblem> problems = new ArrayList<>();
    if (receivedAt != null && receivedAt.isAfter(now)) {
      problems.add(new SubmissionProblem("recibido", "received_in_future"));
    }
    UploadPolicy.Checked checked = settings.uploadPolicy().check(readFiles());
    problems.addAll(checked.problems());
    Submission.Builder builder =
        Submission.builder(channel)
            .type(PqrsType.parse(type).orElse(null))
            .agency(agency)
            .subject(subject)
            .description(description)
            .anonymous(anonymous)
            .receivedAt(receivedAt == null ? now : receivedAt)
            .sourceKey(formKey)
            .sourceReference("registro de " + registeredBy)
            .actor(registeredBy);
    if (!anonymous) {
      builder
          .names(names)
          .document(documentType, documentNumber)
          .email(email)
          .phone(phone)
          .address(address);
      if (consent) {
        builder.consent(new Consent(VERBAL_CONSENT + ":" + settings.policyVersion(), now));
      } else {
        problems.add(new SubmissionProblem("autoriza_datos", "consent_required"));
      }
    }
    checked.files().forEach(builder::attach);
    Submission submission =
        builder
            .original(Original.text("text/plain", description == null ? "" : description))
            .build();
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
      String text = p.message(locale);
      String id = "canal".equals(p.field()) ? null : "registro:" + p.field();
      faces.addMessage(id, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    faces.validationFailed();
  }

  private List<SubmittedFile> readFiles() {
    List<SubmittedFile> read = new ArrayList<>();
    for (Part part : files == null ? List.<Part>of() : files) {
      if (part == null || part.getSize() == 0 && part.getSubmittedFileName() == null) {
        continue;
      }
      try (InputStream in = part.getInputStream()) {
        read.add(
            new SubmittedFile(
                part.getSubmittedFileName(), part.getContentType(), in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return read;
  }

  /** The channels staff register; mail, web and the suggestion box come in by themselves. */
  public Channel[] getChannels() {
    return new Channel[] {
      Channel.PHONE, Channel.IN_PERSON, Channel.COORDINATOR_VISIT, Channel.LETTER
    };
  }

  public PqrsType[] getTypes() {
    return PqrsType.values();
  }

  public List<String> getDocumentTypes() {
    return List.of("CC", "CE", "TI", "NIT", "PA", "PPT");
  }

  public IntakeReceipt getReceipt() {
    return receipt;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public LocalDateTime getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(LocalDateTime receivedAt) {
    this.receivedAt = receivedAt;
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

  public String getRegisteredBy() {
    return registeredBy;
  }

  public void setRegisteredBy(String registeredBy) {
    this.registeredBy = registeredBy;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}
