package co.ventanilla.intake;

import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical intake message: what every channel (mail, web form, JSON API, CSV of the paper
 * form, staff registration) produces and hands to {@link IntakeService}. Field names in the
 * problems it can have ({@link SubmissionProblem#field()}) are the public field names of the API
 * and of the CSV template ({@code tipo}, {@code nombres}, {@code correo}, ...).
 *
 * @param receivedAt when the channel received it, in Colombian time; {@code null} means now
 * @param sourceReference where it came from, for people (a mail's Message-ID, a file and line)
 * @param actor who or what registered it, for the history (a user name, {@code web}, a mailbox)
 * @param sourceKey what makes it unique in its channel ({@code mail:servicio:<message-id>}, {@code
 *     buzon:form:123}); the same key twice files one case only. {@code null}: no such key
 * @param protectedCase the petitioner's identity is shown only to the people named on the case
 *     (denuncias, whistle-blower box; seed 002 §4 activity 2)
 * @param consent the Ley 1581 authorization, when the channel collected one
 * @param original the submission as received, kept as evidence; may be {@code null}
 * @param attachments files that came with it
 */
public record Submission(
    PqrsType type,
    Channel channel,
    String names,
    String documentType,
    String documentNumber,
    String email,
    String phone,
    String address,
    boolean anonymous,
    String agency,
    String subject,
    String description,
    LocalDateTime receivedAt,
    String sourceReference,
    String actor,
    String sourceKey,
    boolean protectedCase,
    Consent consent,
    Original original,
    List<SubmittedFile> attachments) {

  public Submission {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** The same submission with {@code consent} (e.g. the consent with its origin stamped). */
  public Submission withConsent(Consent consent) {
    return new Submission(
        type,
        channel,
        names,
        documentType,
        documentNumber,
        email,
        phone,
        address,
        anonymous,
        agency,
        subject,
        description,
        receivedAt,
        sourceReference,
        actor,
        sourceKey,
        protectedCase,
        consent,
        original,
        attachments);
  }

  public static Builder builder(Channel channel) {
    return new Builder(channel);
  }

  /** Builds a submission field by field; the channel is fixed by whoever translates. */
  public static final class Builder {
    private final Channel channel;
    private PqrsType type;
    private String names;
    private String documentType;
    private String documentNumber;
    private String email;
    private String phone;
    private String address;
    private boolean anonymous;
    private String agency;
    private String subject;
    private String description;
    private LocalDateTime receivedAt;
    private String sourceReference;
    private String actor;
    private String sourceKey;
    private boolean protectedCase;
    private Consent consent;
    private Original original;
    private final List<SubmittedFile> attachments = new ArrayList<>();

    private Builder(Channel channel) {
      this.channel = channel;
    }

    public Builder type(PqrsType type) {
      this.type = type;
      return this;
    }

    public Builder names(String names) {
      this.names = names;
      return this;
    }

    public Builder document(String type, String number) {
      this.documentType = type;
      this.documentNumber = number;
      return this;
    }

    public Builder email(String email) {
      this.email = email;
      return this;
    }

    public Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    public Builder address(String address) {
      this.address = address;
      return this;
    }

    public Builder anonymous(boolean anonymous) {
      this.anonymous = anonymous;
      return this;
    }

    public Builder agency(String agency) {
      this.agency = agency;
      return this;
    }

    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder receivedAt(LocalDateTime receivedAt) {
      this.receivedAt = receivedAt;
      return this;
    }

    public Builder sourceReference(String sourceReference) {
      this.sourceReference = sourceReference;
      return this;
    }

    public Builder actor(String actor) {
      this.actor = actor;
      return this;
    }

    public Builder sourceKey(String sourceKey) {
      this.sourceKey = sourceKey;
      return this;
    }

    public Builder protectedCase(boolean protectedCase) {
      this.protectedCase = protectedCase;
      return this;
    }

    public Builder consent(Consent consent) {
      this.consent = consent;
      return this;
    }

    public Builder original(Original original) {
      this.original = original;
      return this;
    }

    public Builder attach(SubmittedFile file) {
      attachments.add(file);
      return this;
    }

    public Submission build() {
      return new Submission(
          type,
          channel,
          trim(names),
          trim(documentType),
          trim(documentNumber),
          trim(email),
          trim(phone),
          trim(address),
          anonymous,
          trim(agency),
          trim(subject),
          description == null ? null : description.strip(),
          receivedAt,
          sourceReference,
          actor,
          sourceKey,
          protectedCase,
          consent,
          original,
          attachments);
    }

    private static String trim(String s) {
      if (s == null) {
        return null;
      }
      String t = s.strip();
      return t.isEmpty() ? null : t;
    }
  }
}
