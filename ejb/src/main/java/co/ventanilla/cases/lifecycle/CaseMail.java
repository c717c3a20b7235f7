package co.ventanilla.cases.lifecycle;

import co.ventanilla.answers.Answer;
import co.ventanilla.cases.CaseTexts;
import co.ventanilla.cases.Escalation;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.EscalationLevel;
import co.ventanilla.terms.CaseTerm;
import co.ventanilla.terms.TermLaw;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The mails that case actions send, in Spanish from the bundle, each with the radicado in its
 * subject. Mails to the petitioner need their email: the answer cannot go without it (the case
 * refuses), the notices are simply not mailed (empty) and must be given another way.
 */
final class CaseMail {

  private CaseMail() {}

  /** The approved answer, to the petitioner (seed 002 §4 actividad 7). */
  static OutboxMessage answer(PqrsCase c, Answer answer, LocalDateTime at) {
    return answer(c, answer, at, "");
  }

  /** The approved answer, followed by what other rooms add ({@link AnswerMailAddition}). */
  static OutboxMessage answer(PqrsCase c, Answer answer, LocalDateTime at, String additions) {
    return toPetitioner(
            c,
            text("mail.answer.subject", c.radicado()),
            text("mail.answer.body", answer.text(), c.radicado(), c.subject()) + additions,
            at)
        .orElseThrow()
        .writtenByStaff();
  }

  /** The request to complete the petition (Ley 1755 de 2015, art. 17). */
  static Optional<OutboxMessage> informationRequest(
      PqrsCase c, String request, LocalDate deadline, LocalDateTime at) {
    return toPetitioner(
        c,
        text("mail.information.subject", c.radicado()),
        text(
            "mail.information.body",
            c.radicado(),
            request,
            deadline,
            TermLaw.of(c.type()).completionBasis()),
        at);
  }

  /** The notice of an ampliación, with its reasons and new date (art. 14 parágrafo). */
  static Optional<OutboxMessage> extension(
      PqrsCase c, CaseTerm.Extension extension, LocalDateTime at) {
    return toPetitioner(
        c,
        text("mail.extension.subject", c.radicado()),
        text(
            "mail.extension.body",
            c.radicado(),
            extension.previousDue(),
            extension.newDue(),
            extension.reason(),
            TermLaw.of(c.type()) == TermLaw.LEY_1755
                ? "Ley 1755 de 2015, art. 14, parágrafo"
                : TermLaw.of(c.type()).termBasis()),
        at);
  }

  /** The notice of the traslado, naming the competent authority (art. 21). */
  static Optional<OutboxMessage> traslado(PqrsCase c, String note, LocalDateTime at) {
    return toPetitioner(
        c,
        text("mail.traslado.subject", c.radicado()),
        text(
            "mail.traslado.body",
            c.radicado(),
            c.trasladoAuthority(),
            note == null ? "" : note,
            TermLaw.of(c.type()).trasladoBasis()),
        at);
  }

  /** The mail to the level the case reached (seed 001 §7.2). */
  static OutboxMessage escalation(
      PqrsCase c, Escalation escalation, EscalationLevel level, LocalDateTime at) {
    Area area = c.area();
    String levelName = level.name();
    return new OutboxMessage(
        level.recipient(area),
        text("mail.escalation.subject", c.radicado(), escalation.toLevel(), levelName),
        text(
            "mail.escalation.body",
            c.radicado(),
            escalation.toLevel(),
            levelName,
            c.subject(),
            area == null ? null : area.name(),
            c.responsible(),
            c.state(),
            c.dueDate(),
            escalation.reason()),
        c.radicado(),
        at,
        text("mail.no_recipient", level.level(), levelName));
  }

  private static Optional<OutboxMessage> toPetitioner(
      PqrsCase c, String subject, String body, LocalDateTime at) {
    String email = c.petitioner().email();
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new OutboxMessage(email, subject, body, c.radicado(), at, null));
  }

  private static String text(String key, Object... args) {
    return CaseTexts.spanish(key, args);
  }
}
