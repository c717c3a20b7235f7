package co.ventanilla.correspondence;

/**
 * Why a mail was written by a program and not by a person, so that it never becomes a case nor an
 * entry (DOMAIN.md: "Auto-replies and bounces do not become cases"). Answering such mail is how
 * mail loops start (RFC 3834 §2).
 */
public enum AutomaticReason {
  /**
   * One of our own mails come back: it carries {@link
   * co.ventanilla.mail.SmtpMailer#RADICADO_HEADER}, which the outbox sender puts on every mail
   * about a case.
   */
  OWN_MAIL,
  /**
   * A delivery status notification: {@code multipart/report; report-type=delivery-status} (RFC
   * 3464), a null reverse path {@code Return-Path: <>} (RFC 5321 §4.5.5), {@code
   * X-Failed-Recipients}, or a message from {@code MAILER-DAEMON}.
   */
  BOUNCE,
  /** A read receipt: {@code multipart/report; report-type=disposition-notification} (RFC 8098). */
  READ_RECEIPT,
  /**
   * An automatic reply or notification: {@code Auto-Submitted} other than {@code no} (RFC 3834 §5),
   * {@code X-Auto-Response-Suppress} (Microsoft Exchange), {@code X-Autoreply}, {@code
   * X-Autorespond}, {@code Precedence: auto_reply}.
   */
  AUTO_REPLY,
  /** Mailing-list or bulk mail: {@code List-Id} (RFC 2919), {@code Precedence: bulk/list/junk}. */
  LIST_OR_BULK,
  /** Mail that already went through an automatic system: {@code X-Loop}. */
  LOOP
}
