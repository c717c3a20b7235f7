package co.ventanilla.privacy;

import java.time.LocalDate;

/**
 * Why a case's personal data must be kept for now, and until when (null: until someone decides).
 *
 * @param radicado the case
 * @param reason what keeps it, in Spanish
 * @param until the last day it is kept, or null when it depends on a decision (an investigation
 *     still open, a hold without a date)
 */
public record Block(String radicado, String reason, LocalDate until) {}
