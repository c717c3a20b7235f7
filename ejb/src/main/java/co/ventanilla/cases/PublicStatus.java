package co.ventanilla.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What anyone holding a radicado and its tracking code may see: no names, no contact data, no text
 * of the submission (Ley 1581 de 2012: personal data only to who needs it); once the answer was
 * sent, its text and date, since the petitioner may not have received the mail.
 *
 * @param answeredAt when the answer was sent, or null
 * @param answer the text of the answer sent, or null
 */
public record PublicStatus(
    String radicado,
    PqrsType type,
    CaseState state,
    LocalDateTime receivedAt,
    LocalDate dueDate,
    LocalDateTime answeredAt,
    String answer)
    implements java.io.Serializable {}
