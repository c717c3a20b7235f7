package co.ventanilla.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the petitioner is told at once: the radicado, the code to follow the case without logging
 * in, when it was received and, when the term rules give one, the legal due date. {@code
 * alreadyFiled}: the same submission (same source key) had been filed before; this is that filing's
 * receipt and nothing new was stored.
 */
public record IntakeReceipt(
    String radicado,
    String trackingCode,
    LocalDateTime receivedAt,
    LocalDate dueDate,
    boolean alreadyFiled) {}
