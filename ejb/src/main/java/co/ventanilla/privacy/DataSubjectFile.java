package co.ventanilla.privacy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything held of one person (Ley 1581 de 2012, art. 14: the consulta "suministrará al
 * solicitante toda la información contenida en el registro individual o que esté vinculada con la
 * identificación del Titular"): the cases they filed, the mail of those cases, their files, the
 * investigation parties with their document, the consent each filing recorded, the legend of a
 * reclamo in course, what keeps the data from being suppressed, and earlier anonymisations.
 */
public record DataSubjectFile(
    SubjectKey key,
    List<CaseData> cases,
    List<MessageData> messages,
    List<AttachmentData> attachments,
    List<PartyData> parties,
    List<Block> blocks,
    ReclamoLegend legend,
    List<AnonymisationData> anonymisations) {

  /** Whether nothing of the person is held (an earlier anonymisation may still be listed). */
  public boolean isEmpty() {
    return cases.isEmpty() && parties.isEmpty();
  }

  /** A case filed by the person, with its personal data. */
  public record CaseData(
      long id,
      String radicado,
      String type,
      String state,
      String channel,
      String agency,
      LocalDateTime receivedAt,
      LocalDate dueDate,
      LocalDateTime closedAt,
      String names,
      String documentType,
      String documentNumber,
      String email,
      String phone,
      String address,
      String subject,
      String description,
      String consentPolicyVersion,
      LocalDateTime consentGivenAt,
      String consentPolicySha256,
      String consentChannel,
      String consentOrigin) {}

  /** A mail of one of the person's cases. */
  public record MessageData(
      String radicado,
      String direction,
      String from,
      String to,
      String subject,
      LocalDateTime occurredAt) {}

  /** A file kept with one of the person's cases. */
  public record AttachmentData(
      long id, String radicado, String fileName, String mediaType, long sizeBytes) {}

  /** The person named as a party of an investigation. */
  public record PartyData(
      long id,
      long investigationId,
      String radicado,
      String kind,
      String names,
      String document,
      String contact,
      boolean investigationOpen) {}

  /** An earlier anonymisation asked for the same document or email. */
  public record AnonymisationData(
      LocalDateTime doneAt, String doneBy, String reason, int cases, String radicados) {}
}
