package co.ventanilla.integration.mail;

import co.ventanilla.correspondence.AutomaticReason;
import co.ventanilla.mail.SmtpMailer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Set;

/**
 * Tells mail written by programs from mail written by people, from its headers, so that no
 * auto-reply, bounce, read receipt, list mail or our own mail ever becomes a case (DOMAIN.md:
 * "Auto-replies and bounces do not become cases"; RFC 3834 §2: responders must not answer them, or
 * mail loops start). The rules, in the order they are checked:
 *
 * <ol>
 *   <li>{@code X-Ventanilla-Radicado} ({@link SmtpMailer#RADICADO_HEADER}): our own mail come back
 *       → {@link AutomaticReason#OWN_MAIL}.
 *   <li>{@code multipart/report}: {@code report-type=disposition-notification} (RFC 8098) → {@link
 *       AutomaticReason#READ_RECEIPT}; any other report, delivery-status first (RFC 3464, RFC 6522)
 *       → {@link AutomaticReason#BOUNCE}. Also {@code X-Failed-Recipients}, a null reverse path
 *       {@code Return-Path: <>} (RFC 5321 §4.5.5, only notifications use it) and a sender {@code
 *       MAILER-DAEMON@…} → bounce.
 *   <li>{@code Auto-Submitted} other than {@code no} (RFC 3834 §5), {@code
 *       X-Auto-Response-Suppress} (Microsoft Exchange; any value but {@code None}), {@code
 *       X-Autoreply}, {@code X-Autorespond}, {@code Precedence: auto_reply} → {@link
 *       AutomaticReason#AUTO_REPLY}.
 *   <li>{@code X-Loop} → {@link AutomaticReason#LOOP}.
 *   <li>{@code List-Id} (RFC 2919), {@code Precedence: bulk}, {@code list} or {@code junk} (RFC
 *       3834 §2) → {@link AutomaticReason#LIST_OR_BULK}.
 * </ol>
 */
final class AutomaticMailDetector {

  private static final Set<String> BULK = Set.of("bulk", "list", "junk");

  private AutomaticMailDetector() {}

  /** Why a program wrote {@code mail}, or {@code null} when nothing says so. */
  static AutomaticReason detect(MimeMessage mail) {
    if (present(mail, SmtpMailer.RADICADO_HEADER)) {
      return AutomaticReason.OWN_MAIL;
    }
    ContentType type = contentType(mail);
    if (type != null && type.match("multipart/report")) {
      String reportType = type.getParameter("report-type");
      return reportType != null && reportType.equalsIgnoreCase("disposition-notification")
          ? AutomaticReason.READ_RECEIPT
          : AutomaticReason.BOUNCE;
    }
    String returnPath = first(mail, "Return-Path");
    if (present(mail, "X-Failed-Recipients")
        || (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>"))
        || fromMailerDaemon(mail)) {
      return AutomaticReason.BOUNCE;
    }
    String autoSubmitted = token(first(mail, "Auto-Submitted"));
    String suppress = token(first(mail, "X-Auto-Response-Suppress"));
    String precedence = token(first(mail, "Precedence"));
    if ((autoSubmitted != null && !autoSubmitted.equals("no"))
        || (suppress != null && !suppress.equals("none"))
        || present(mail, "X-Autoreply")
        || present(mail, "X-Autorespond")
        || "auto_reply".equals(precedence)) {
      return AutomaticReason.AUTO_REPLY;
    }
    if (present(mail, "X-Loop")) {
      return AutomaticReason.LOOP;
    }
    if (present(mail, "List-Id") || (precedence != null && BULK.contains(precedence))) {
      return AutomaticReason.LIST_OR_BULK;
    }
    return null;
  }

  private static boolean fromMailerDaemon(MimeMessage mail) {
    String from = first(mail, "From");
    return from != null && from.toLowerCase(Locale.ROOT).contains("mailer-daemon@");
  }

  private static boolean present(MimeMessage mail, String header) {
    return first(mail, header) != null;
  }

  /** The first value of {@code header}, or {@code null}; an empty value counts as present. */
  private static String first(MimeMessage mail, String header) {
    try {
      String[] values = mail.getHeader(header);
      return values == null || values.length == 0 ? null : MailText.unfold(values[0]);
    } catch (MessagingException e) {
      return null;
    }
  }

  /** {@code Auto-Replied; foo=bar} → {@code auto-replied}: the keyword before any parameter. */
  private static String token(String value) {
    if (value == null) {
      return null;
    }
    String keyword = value.split("[;,(]", 2)[0].strip().toLowerCase(Locale.ROOT);
    return keyword.isEmpty() ? null : keyword;
  }

  private static ContentType contentType(MimeMessage mail) {
    try {
      String value = mail.getContentType();
      return value == null ? null : new ContentType(value);
    } catch (MessagingException e) {
      return null;
    }
  }
}
