package co.ventanilla.correspondence;

/**
 * What became of a mail.
 *
 * @param radicado the case it opened or was appended to, when there is one
 * @param detail for the log: the reason it was ignored, or what it duplicates
 */
public record MailOutcome(Kind kind, String radicado, String detail) {

  /** The possible fates of a mail. */
  public enum Kind {
    /** A new case was filed. */
    CASE_CREATED,
    /** It quoted an existing case's radicado and was appended to its correspondence. */
    ENTRY_APPENDED,
    /** A program wrote it (see {@link AutomaticReason}); recorded, not filed. */
    IGNORED,
    /** The same mail (same source key) had been processed already; nothing new was stored. */
    DUPLICATE
  }
}
