package co.ventanilla.correspondence;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.attachments.StoredContent;
import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.intake.SubmittedFile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Appends messages to a case's correspondence: what the petitioner writes after filing (a reply
 * that quotes the radicado) becomes part of that case, never a new one (seed 003 §5.1: each
 * submission is handled on its own, and cases are never merged). The message, its files (as the
 * case's attachments) and its original are stored in one transaction, once per source key.
 */
@Stateless
public class CorrespondenceService {

  private static final Logger LOG = Logger.getLogger(CorrespondenceService.class.getName());

  @Inject CaseRepository cases;
  @Inject CaseMessages messages;
  @Inject ContentStore contents;
  @Inject Clock clock;

  /**
   * Appends {@code message} to case {@code radicado}. A message whose source key was appended
   * before stores nothing and gets the first receipt, marked {@link
   * CorrespondenceReceipt#alreadyReceived()}.
   *
   * @throws IllegalArgumentException when there is no case {@code radicado}
   */
  public CorrespondenceReceipt receive(String radicado, InboundMessage message) {
    if (message.sourceKey() != null) {
      Optional<CaseMessage> earlier = messages.findBySourceKey(message.sourceKey());
      if (earlier.isPresent()) {
        return new CorrespondenceReceipt(
            earlier.get().pqrsCase().radicado(), earlier.get().id(), true);
      }
    }
    PqrsCase pqrsCase =
        cases
            .findByRadicado(radicado)
            .orElseThrow(() -> new IllegalArgumentException("No case " + radicado));
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    LocalDateTime receivedAt =
        message.receivedAt() == null ? now : message.receivedAt().truncatedTo(ChronoUnit.MILLIS);
    StoredContent original =
        message.original() == null
            ? null
            : contents.store(message.original().mediaType(), message.original().content(), now);
    CaseMessage stored = CaseMessage.incoming(pqrsCase, message, receivedAt, original, now);
    for (SubmittedFile file : message.attachments()) {
      stored.attach(
          contents.attach(
              pqrsCase, file.fileName(), file.mediaType(), file.content(), now, message.actor()));
    }
    messages.store(stored);
    pqrsCase.recordMessageReceived(message.actor(), receivedAt, message.subject());
    LOG.info(
        () ->
            "Message appended to case "
                + radicado
                + " by "
                + message.actor()
                + (message.attachments().isEmpty()
                    ? ""
                    : ", " + message.attachments().size() + " attachments"));
    return new CorrespondenceReceipt(radicado, stored.id(), false);
  }

  /** The correspondence of case {@code radicado}, oldest first. */
  public List<CaseMessage> ofCase(String radicado) {
    return messages.ofCase(radicado);
  }
}
