package co.ventanilla.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What anyone holding a radicado and its tracking code may see: no names, no contact data, no text
 * of the submission (Ley 1581 de 2012: personal data only to who needs it).
 */
public record PublicStatus(
    String radicado, PqrsType type, CaseState state, LocalDateTime receivedAt, LocalDate dueDate)
    implements java.io.Serializable {}
