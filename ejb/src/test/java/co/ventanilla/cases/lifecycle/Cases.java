package co.ventanilla.cases.lifecycle;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.Radicado;
import co.ventanilla.organization.Area;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/** Cases and areas for the lifecycle tests, on the Colombian calendar. */
final class Cases {

  static final BusinessCalendar CALENDAR = BusinessCalendar.colombia();

  /** Tuesday 17 March 2026, 10:00: with 15 business days the term ends on Friday 10 April. */
  static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 17, 10, 0);

  static final String RECEPTION = "recepcion.bogota";
  static final String RESPONSIBLE = "ana.rojas";
  static final String LEADER = "carlos.mejia";
  static final String SIG = "directora.sig";

  private static final AtomicLong NUMBERS = new AtomicLong();

  private Cases() {}

  /** A queja received at {@link #RECEIVED} with a term of 15 business days. */
  static PqrsCase queja() {
    return queja(RECEIVED, 15);
  }

  static PqrsCase queja(LocalDateTime receivedAt, int termDays) {
    PqrsCase c = filed(receivedAt, "cliente@example.co");
    c.startTerm(termDays, CALENDAR);
    return c;
  }

  /** A case whose petitioner left no email (e.g. a phone call). */
  static PqrsCase withoutEmail() {
    PqrsCase c = filed(RECEIVED, null);
    c.startTerm(15, CALENDAR);
    return c;
  }

  static PqrsCase filed(LocalDateTime receivedAt, String email) {
    return PqrsCase.file(
        new Radicado("", receivedAt.getYear(), NUMBERS.incrementAndGet()),
        "ABCDEFGHJK",
        PqrsType.QUEJA,
        Channel.EMAIL,
        new Petitioner(
            "Orlando Mina Carabalí", "CC", "16789012", email, "317 654 3210", null, false),
        "Bogotá D.C.",
        "Guarda ausente de la portería",
        "La portería del conjunto estuvo sola más de una hora el sábado.",
        receivedAt,
        "<demo@example.co>",
        RECEPTION);
  }

  static Area operations() {
    return new Area("Operaciones", LEADER, "operaciones@example.co");
  }

  /** {@link #queja()} assigned to {@link #RESPONSIBLE} in {@link #operations()}. */
  static PqrsCase assigned() {
    PqrsCase c = queja();
    c.assign(RECEPTION, RECEIVED.plusHours(1), operations(), RESPONSIBLE, null);
    return c;
  }

  static LocalDateTime day(int month, int day) {
    return LocalDateTime.of(2026, month, day, 9, 0);
  }
}
