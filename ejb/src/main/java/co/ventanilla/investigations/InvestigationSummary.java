package co.ventanilla.investigations;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the list of investigations: what, where it stands, who chairs, tasks overdue. */
public record InvestigationSummary(
    long id,
    String radicado,
    Modality modality,
    InvestigationStatus status,
    LocalDateTime openedAt,
    String chair,
    int members,
    int evidence,
    int overdueTasks,
    boolean member)
    implements Serializable {}
