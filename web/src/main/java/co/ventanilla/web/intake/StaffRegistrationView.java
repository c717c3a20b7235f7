package co.ventanilla.web.intake;

import co.ventanilla.cases.Channel;
import co.ventanilla.intake.Consent;
import co.ventanilla.intake.SubmissionProblem;
import co.ventanilla.integration.IntakeGateway;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.web.i18n.LocaleSelector;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
public class StaffRegistrationView extends PetitionForm {

  private static final long serialVersionUID = 1L;
  static final String VERBAL_CONSENT = "verbal";

  @Inject IntakeGateway intake;
  @Inject PublicFormSettings settings;
  @Inject LocaleSelector language;
  @Inject CurrentStaff staff;

  private final String formKey = "staff:form:" + UUID.randomUUID();

  private Channel channel = Channel.PHONE;
  private LocalDateTime receivedAt;

  @Override
  protected String formId() {
    return "registro";
  }

  public void save() {
    LocalDateTime now = settings.now();
    List<SubmissionProblem> problems = new ArrayList<>();
    if (receivedAt != null && receivedAt.isAfter(now)) {
      problems.add(new SubmissionProblem("recibido", "received_in_future"));
    }
    String registeredBy = getRegisteredBy();
    file(
        intake,
        settings.uploadPolicy(),
        language.getLocale(),
        channel,
        verbalConsent(registeredBy),
        problems,
        b ->
            b.receivedAt(receivedAt == null ? now : receivedAt)
                .sourceKey(formKey)
                .sourceReference("registro de " + registeredBy)
                .actor(registeredBy));
  }

  /**
   * The consent the petitioner gives orally to the staff member who reads them the policy in force:
   * version {@code verbal:<v>}, the SHA-256 of the text read, the staff user as origin.
   */
  private Consent verbalConsent(String registeredBy) {
    Consent c = settings.consent(VERBAL_CONSENT, "usuario " + registeredBy);
    return new Consent(
        VERBAL_CONSENT + ":" + c.policyVersion(),
        c.givenAt(),
        c.policySha256(),
        c.channel(),
        c.origin());
  }

  /** The text of the policy in force, to read to the petitioner. */
  public String getPolicyText() {
    return settings.policyText();
  }

  public String getPolicyVersion() {
    return settings.policyVersion();
  }

  /** The channels staff register; mail, web and the suggestion box come in by themselves. */
  public Channel[] getChannels() {
    return new Channel[] {
      Channel.PHONE, Channel.IN_PERSON, Channel.COORDINATOR_VISIT, Channel.LETTER
    };
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

  /** Who registers: the logged-in member of staff, as the history and the constancia name. */
  public String getRegisteredBy() {
    return staff.get().userName();
  }
}
