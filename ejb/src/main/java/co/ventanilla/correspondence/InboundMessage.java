package co.ventanilla.correspondence;

import co.ventanilla.intake.Original;
import co.ventanilla.intake.SubmittedFile;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A message about an existing case, from any channel (today: a mail that quotes the radicado).
 *
 * @param sourceKey unique in its channel; the same key twice appends one message. {@code null}: no
 *     such key
 * @param from the sender as written ({@code Name <address>})
 * @param to the recipients as written
 * @param receivedAt when it was received, in Colombian time; {@code null} means now
 * @param original the message as received, kept as evidence; may be {@code null}
 * @param actor who or what records it, for the history ({@code correo:servicio})
 */
public record InboundMessage(
    String sourceKey,
    String from,
    String to,
    String subject,
    String text,
    LocalDateTime receivedAt,
    List<SubmittedFile> attachments,
    Original original,
    String actor) {

  public InboundMessage {
    Objects.requireNonNull(actor, "actor");
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
