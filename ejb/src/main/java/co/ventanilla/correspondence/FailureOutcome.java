package co.ventanilla.correspondence;

/**
 * What {@link MailIntakeService#recordFailure} decided.
 *
 * @param attempts how many attempts have failed so far
 * @param quarantined the mail is now in the quarantine (with its raw MIME): the mailbox may mark it
 *     read and move it away; otherwise it must stay unread, to be tried again
 */
public record FailureOutcome(int attempts, boolean quarantined) {}
