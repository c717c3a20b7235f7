package co.ventanilla.intake;

import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import java.time.LocalDateTime;

/**
 * The canonical intake message: what every channel (mail, web form, JSON API, CSV of the paper
 * form, staff registration) produces and hands to {@link IntakeService}. Field names in the
 * problems it can have ({@link SubmissionProblem#field()}) are the public field names of the API
 * and of the CSV template ({@code tipo}, {@code nombres}, {@code correo}, ...).
 *
 * @param receivedAt when the channel received it, in Colombian time; {@code null} means now
 * @param sourceReference where the original is kept (a mail's Message-ID, a file and line, ...)
 * @param actor who or what registered it, for the history (a user name, {@code web}, a mailbox)
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
    String actor) {

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
          actor);
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
