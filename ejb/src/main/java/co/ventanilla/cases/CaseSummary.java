package co.ventanilla.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of a case list: what the inbox shows, without the case's personal data or text. */
public record CaseSummary(
    String radicado,
    PqrsType type,
    Channel channel,
    CaseState state,
    String subject,
    String agency,
    LocalDateTime receivedAt,
    LocalDate dueDate)
    implements java.io.Serializable {}
