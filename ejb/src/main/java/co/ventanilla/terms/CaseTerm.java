package co.ventanilla.terms;

import co.ventanilla.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The clock of one case: its term in business days and the legal events that move it. Immutable:
 * every event returns a new {@code CaseTerm} or throws {@link TermRuleViolation} with a Spanish
 * message.
 *
 * <p><b>Term.</b> Counted on a {@link BusinessCalendar}; day 1 is the first business day after the
 * receipt ("dentro de los quince (15) días siguientes a su recepción", Ley 1755 de 2015, art. 14).
 *
 * <p><b>Ampliación</b> (art. 14 parágrafo: when the answer cannot be given in time the petitioner
 * is told, before the term expires, the reasons and a new date, "el cual no podrá exceder del doble
 * del inicialmente previsto"). Allowed only on or before the current due date, with a reason, to a
 * later business day. The term as extended may not exceed twice the original term, counted in
 * business days of running clock (so suspensions push the cap too). Several ampliaciones are
 * accepted as long as each is notified before the current due date and together they stay within
 * the cap; the law speaks of one notice, and one ampliación is the normal case.
 *
 * <p><b>Suspensión</b> (art. 17, peticiones incompletas y desistimiento tácito): within the ten
 * business days after the radicación the company may ask the petitioner to complete the petition;
 * the clock stops on the day of the request (that day is not consumed) and "a partir del día
 * siguiente en que el interesado aporte los documentos o informes requeridos, se reactivará el
 * término": the business days not yet consumed run again, day 1 being the first business day after
 * the completion. Worked example: received Tuesday 2026-03-17 with 15 days (due 2026-04-10);
 * request on Tuesday 2026-03-24: days 03-18, 03-19 and 03-20 were consumed (03-23 is San José), 12
 * remain; the petitioner completes on Monday 2026-04-13; the 12 days run from 04-14 and the new due
 * date is Wednesday 2026-04-29.
 *
 * <p><b>Desistimiento tácito</b> (art. 17): the petitioner has "un término máximo de un (1) mes" to
 * complete, extendable once "hasta por un término igual" if asked before it ends. Months count on
 * the calendar and a last day that is not a business day moves to the next business day (Ley 4 de
 * 1913, arts. 59 and 62). After that the petition is deemed withdrawn.
 *
 * <p><b>Traslado por competencia</b> (art. 21): when the company is not competent it must say so,
 * and transfer, within the five business days after the receipt.
 *
 * <p><b>Personal-data requests</b> (Ley 1581 de 2012, arts. 14 and 15): a term started with {@link
 * TermLaw#LEY_1581_CONSULTA} or {@link TermLaw#LEY_1581_RECLAMO} follows that law instead: one
 * ampliación only, of at most 5 (consulta) or 8 (reclamo) business days after the first due date;
 * for a reclamo, the request to complete within 5 business days of the receipt, two months to
 * complete without prórroga, and the traslado within 2 business days. See {@link TermLaw}.
 */
public final class CaseTerm {

  /** Business days after the radicación within which art. 17 allows asking to complete. */
  public static final int INFORMATION_REQUEST_WINDOW_DAYS = 10;

  /** Business days after the receipt within which art. 21 requires the traslado. */
  public static final int TRASLADO_DAYS = 5;

  /**
   * An ampliación granted.
   *
   * @param grantedOn the day it was notified
   * @param previousDue the due date it replaced
   * @param newDue the new due date
   * @param businessDays business days it added
   * @param reason the reasons of the delay told to the petitioner
   */
  public record Extension(
      LocalDate grantedOn,
      LocalDate previousDue,
      LocalDate newDue,
      int businessDays,
      String reason) {}

  /**
   * A request to complete the petition (art. 17).
   *
   * @param requestedOn the day of the request; the clock stops on it
   * @param remainingBusinessDays business days of term still to run when the clock restarts
   * @param completedOn the day the petitioner completed, or null while the suspension is open
   * @param informationPeriodExtended whether the petitioner obtained the one-month prórroga
   */
  public record Suspension(
      LocalDate requestedOn,
      int remainingBusinessDays,
      LocalDate completedOn,
      boolean informationPeriodExtended) {

    /** Whether the clock is still stopped. */
    public boolean isOpen() {
      return completedOn == null;
    }
  }

  private final BusinessCalendar calendar;
  private final TermLaw law;
  private final LocalDate receivedOn;
  private final int originalDays;
  // The running clock: the due date is `daysToDue` business days after `runsFrom` (the receipt,
  // or the day of the last completion).
  private final LocalDate runsFrom;
  private final int daysToDue;
  private final List<Extension> extensions;
  private final List<Suspension> suspensions;

  private CaseTerm(
      BusinessCalendar calendar,
      TermLaw law,
      LocalDate receivedOn,
      int originalDays,
      LocalDate runsFrom,
      int daysToDue,
      List<Extension> extensions,
      List<Suspension> suspensions) {
    this.calendar = calendar;
    this.law = law;
    this.receivedOn = receivedOn;
    this.originalDays = originalDays;
    this.runsFrom = runsFrom;
    this.daysToDue = daysToDue;
    this.extensions = List.copyOf(extensions);
    this.suspensions = List.copyOf(suspensions);
  }

  /**
   * The term of a case received on {@code receivedOn} with {@code businessDays} business days to
   * answer, counted on {@code calendar}.
   *
   * @throws IllegalArgumentException if {@code businessDays} is less than 1
   */
  public static CaseTerm start(LocalDate receivedOn, int businessDays, BusinessCalendar calendar) {
    return start(receivedOn, businessDays, calendar, TermLaw.LEY_1755);
  }

  /**
   * The term of a case received on {@code receivedOn} with {@code businessDays} business days to
   * answer, counted on {@code calendar}, whose events follow {@code law}.
   *
   * @throws IllegalArgumentException if {@code businessDays} is less than 1
   */
  public static CaseTerm start(
      LocalDate receivedOn, int businessDays, BusinessCalendar calendar, TermLaw law) {
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(law, "law");
    if (businessDays < 1) {
      throw new IllegalArgumentException("A term must be at least one business day");
    }
    return new CaseTerm(
        calendar, law, receivedOn, businessDays, receivedOn, businessDays, List.of(), List.of());
  }

  /** The law the term's events follow. */
  public TermLaw law() {
    return law;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  /** The term as first set, in business days. */
  public int originalDays() {
    return originalDays;
  }

  /** Business days added by ampliaciones, at most what {@link TermLaw#extensionDays} allows. */
  public int extensionDays() {
    return extensions.stream().mapToInt(Extension::businessDays).sum();
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  public List<Extension> extensions() {
    return extensions;
  }

  public List<Suspension> suspensions() {
    return suspensions;
  }

  /** Whether the clock is stopped waiting for the petitioner (art. 17). */
  public boolean isSuspended() {
    return openSuspension().isPresent();
  }

  /**
   * The last day to answer.
   *
   * @throws IllegalStateException while suspended: the due date is unknown until the petitioner
   *     completes (see {@link #isSuspended()})
   */
  public LocalDate dueDate() {
    Optional<Suspension> open = openSuspension();
    if (open.isPresent()) {
      throw new IllegalStateException(
          "El término está suspendido desde el "
              + open.get().requestedOn()
              + " a la espera de que el peticionario complete la petición.");
    }
    return calendar.addBusinessDays(runsFrom, daysToDue);
  }

  /**
   * The latest due date an ampliación may set: the term grown to twice the original (art. 14
   * parágrafo).
   *
   * @throws IllegalStateException while suspended
   */
  public LocalDate maxExtendedDueDate() {
    dueDate(); // fails while suspended
    return calendar.addBusinessDays(
        runsFrom, daysToDue + law.extensionDays(originalDays) - extensionDays());
  }

  /** Whether the term expired before {@code today}; never while suspended. */
  public boolean isOverdue(LocalDate today) {
    return !isSuspended() && today.isAfter(dueDate());
  }

  /**
   * Business days left on {@code today} (see {@link BusinessCalendar#businessDaysLeft}): 0 on the
   * due date, negative when overdue. While suspended, the business days that will run after the
   * petitioner completes.
   */
  public int businessDaysLeft(LocalDate today) {
    Optional<Suspension> open = openSuspension();
    if (open.isPresent()) {
      return open.get().remainingBusinessDays();
    }
    return calendar.businessDaysLeft(today, dueDate());
  }

  /**
   * Ampliación (Ley 1755 de 2015, art. 14 parágrafo): the answer will be given by {@code newDue}
   * for {@code reason}, notified on {@code today}.
   *
   * @throws TermRuleViolation if suspended, without a reason, after the due date, to a date that is
   *     not a later business day, or beyond twice the original term
   */
  public CaseTerm extend(LocalDate today, LocalDate newDue, String reason) {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(newDue, "newDue");
    if (isSuspended()) {
      throw new TermRuleViolation(
          "No se puede ampliar un término suspendido: primero debe completarse la petición.");
    }
    if (reason == null || reason.isBlank()) {
      throw new TermRuleViolation(
          "La ampliación del término debe expresar los motivos de la demora ("
              + extensionBasis()
              + ").");
    }
    if (law.singleExtension() && !extensions.isEmpty()) {
      throw new TermRuleViolation(
          "El término ya fue ampliado el "
              + day(extensions.get(0).grantedOn())
              + ": la ley permite una sola ampliación ("
              + extensionBasis()
              + ").");
    }
    if (today.isBefore(receivedOn)) {
      throw new TermRuleViolation(
          "La ampliación no puede ser anterior a la recepción (" + day(receivedOn) + ").");
    }
    LocalDate due = dueDate();
    if (today.isAfter(due)) {
      throw new TermRuleViolation(
          "El término venció el "
              + day(due)
              + ": la ampliación debe informarse antes del vencimiento ("
              + extensionBasis()
              + ").");
    }
    if (!newDue.isAfter(due)) {
      throw new TermRuleViolation(
          "La nueva fecha de respuesta ("
              + day(newDue)
              + ") debe ser posterior al vencimiento "
              + day(due));
    }
    if (!calendar.isBusinessDay(newDue)) {
      throw new TermRuleViolation(
          "La nueva fecha de respuesta (" + day(newDue) + ") debe ser un día hábil.");
    }
    int added = calendar.businessDaysBetween(due, newDue);
    if (extensionDays() + added > law.extensionDays(originalDays)) {
      throw new TermRuleViolation(
          (law == TermLaw.LEY_1755
                  ? "La ampliación no puede exceder el doble del término inicial de "
                      + originalDays
                      + " días hábiles"
                  : "La ampliación no puede superar los "
                      + law.extensionDays(originalDays)
                      + " días hábiles siguientes al vencimiento del primer término")
              + ": la fecha máxima es el "
              + day(maxExtendedDueDate())
              + " ("
              + extensionBasis()
              + ").");
    }
    List<Extension> granted = new ArrayList<>(extensions);
    granted.add(new Extension(today, due, newDue, added, reason.strip()));
    return new CaseTerm(
        calendar, law, receivedOn, originalDays, runsFrom, daysToDue + added, granted, suspensions);
  }

  /**
   * The last day on which the petitioner may be asked to complete the petition: ten business days
   * after the radicación (Ley 1755 de 2015, art. 17).
   */
  public LocalDate informationRequestDeadline() {
    return calendar.addBusinessDays(receivedOn, law.informationRequestDays());
  }

  /**
   * Solicitud de completar la petición (Ley 1755 de 2015, art. 17), sent on {@code requestedOn}:
   * the clock stops; business days after the start of the running clock and before {@code
   * requestedOn} are consumed, the rest wait for {@link #resume}.
   *
   * @throws TermRuleViolation if already suspended, before the receipt or the last restart, after
   *     the due date, or later than ten business days after the radicación
   */
  public CaseTerm suspend(LocalDate requestedOn) {
    Objects.requireNonNull(requestedOn, "requestedOn");
    if (isSuspended()) {
      throw new TermRuleViolation("El término ya está suspendido.");
    }
    if (requestedOn.isBefore(runsFrom)) {
      throw new TermRuleViolation(
          "La solicitud de información no puede ser anterior al " + day(runsFrom) + ".");
    }
    LocalDate due = dueDate();
    if (requestedOn.isAfter(due)) {
      throw new TermRuleViolation(
          "El término venció el " + day(due) + ": ya no puede suspenderse para pedir información.");
    }
    LocalDate window = informationRequestDeadline();
    if (requestedOn.isAfter(window)) {
      throw new TermRuleViolation(
          "La solicitud para completar la petición debe hacerse dentro de los "
              + law.informationRequestDays()
              + " días hábiles siguientes a la radicación, es decir, hasta el "
              + day(window)
              + " ("
              + law.completionBasis()
              + ").");
    }
    int consumed = calendar.businessDaysBetween(runsFrom, requestedOn.minusDays(1));
    List<Suspension> all = new ArrayList<>(suspensions);
    all.add(new Suspension(requestedOn, daysToDue - consumed, null, false));
    return new CaseTerm(
        calendar, law, receivedOn, originalDays, runsFrom, daysToDue, extensions, all);
  }

  /**
   * The petitioner completed the petition on {@code completedOn}: the clock restarts and the
   * remaining business days count from the next business day (Ley 1755 de 2015, art. 17).
   *
   * @throws TermRuleViolation if not suspended, before the request, or after the desistimiento
   *     deadline
   */
  public CaseTerm resume(LocalDate completedOn) {
    Objects.requireNonNull(completedOn, "completedOn");
    Suspension open = requireOpenSuspension();
    if (completedOn.isBefore(open.requestedOn())) {
      throw new TermRuleViolation(
          "La petición no puede completarse antes de la solicitud del " + open.requestedOn() + ".");
    }
    LocalDate deadline = desistimientoDeadline();
    if (completedOn.isAfter(deadline)) {
      throw new TermRuleViolation(
          "El plazo para completar la petición venció el "
              + day(deadline)
              + ": el peticionario desistió tácitamente ("
              + law.completionBasis()
              + ").");
    }
    List<Suspension> all = new ArrayList<>(suspensions);
    all.set(
        all.size() - 1,
        new Suspension(
            open.requestedOn(),
            open.remainingBusinessDays(),
            completedOn,
            open.informationPeriodExtended()));
    return new CaseTerm(
        calendar,
        law,
        receivedOn,
        originalDays,
        completedOn,
        open.remainingBusinessDays(),
        extensions,
        all);
  }

  /**
   * While suspended, the last day the petitioner has to complete: one calendar month after the
   * request (two after the prórroga), moved to the next business day when it is not one (Ley 1755
   * de 2015, art. 17; Ley 4 de 1913, arts. 59 and 62). When the request day has no equivalent in
   * the month of expiry (31 January), the last day of that month is used.
   *
   * @throws IllegalStateException if not suspended
   */
  public LocalDate desistimientoDeadline() {
    Suspension open =
        openSuspension()
            .orElseThrow(() -> new IllegalStateException("El término no está suspendido."));
    int months = law.completionMonths() * (open.informationPeriodExtended() ? 2 : 1);
    return calendar.nextBusinessDayFrom(open.requestedOn().plusMonths(months));
  }

  /**
   * The petitioner asked on {@code requestedOn} for more time to complete: the period grows by a
   * further month, once, if asked before it ends (Ley 1755 de 2015, art. 17: "salvo que antes de
   * vencer el plazo concedido solicite prórroga hasta por un término igual").
   *
   * @throws TermRuleViolation if not suspended, already extended, or asked too late
   */
  public CaseTerm extendInformationPeriod(LocalDate requestedOn) {
    Objects.requireNonNull(requestedOn, "requestedOn");
    Suspension open = requireOpenSuspension();
    if (!law.completionExtendable()) {
      throw new TermRuleViolation(
          "El plazo de dos meses para completar el reclamo no admite prórroga ("
              + law.completionBasis()
              + ").");
    }
    if (open.informationPeriodExtended()) {
      throw new TermRuleViolation(
          "El plazo para completar la petición solo puede prorrogarse una vez (Ley 1755 de 2015,"
              + " art. 17).");
    }
    if (requestedOn.isBefore(open.requestedOn())) {
      throw new TermRuleViolation(
          "La prórroga no puede pedirse antes de la solicitud del " + open.requestedOn() + ".");
    }
    LocalDate deadline = desistimientoDeadline();
    if (requestedOn.isAfter(deadline)) {
      throw new TermRuleViolation(
          "La prórroga debe pedirse antes de vencer el plazo, que venció el "
              + day(deadline)
              + " (Ley 1755 de 2015, art. 17).");
    }
    List<Suspension> all = new ArrayList<>(suspensions);
    all.set(
        all.size() - 1,
        new Suspension(open.requestedOn(), open.remainingBusinessDays(), null, true));
    return new CaseTerm(
        calendar, law, receivedOn, originalDays, runsFrom, daysToDue, extensions, all);
  }

  /**
   * Whether, on {@code today}, the petitioner is deemed to have withdrawn the petition: the term is
   * suspended and the period to complete it has ended (Ley 1755 de 2015, art. 17).
   */
  public boolean isDesisted(LocalDate today) {
    return isSuspended() && today.isAfter(desistimientoDeadline());
  }

  /**
   * The last day to transfer a petition the company is not competent for, and tell the petitioner:
   * five business days after the receipt (Ley 1755 de 2015, art. 21).
   */
  public LocalDate trasladoDeadline() {
    return calendar.addBusinessDays(receivedOn, law.trasladoDays());
  }

  private String extensionBasis() {
    return law == TermLaw.LEY_1755 ? "Ley 1755 de 2015, art. 14, parágrafo" : law.termBasis();
  }

  private Optional<Suspension> openSuspension() {
    if (suspensions.isEmpty()) {
      return Optional.empty();
    }
    Suspension last = suspensions.get(suspensions.size() - 1);
    return last.isOpen() ? Optional.of(last) : Optional.empty();
  }

  private Suspension requireOpenSuspension() {
    return openSuspension()
        .orElseThrow(() -> new TermRuleViolation("El término no está suspendido."));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseTerm other
        && calendar == other.calendar
        && law == other.law
        && receivedOn.equals(other.receivedOn)
        && originalDays == other.originalDays
        && runsFrom.equals(other.runsFrom)
        && daysToDue == other.daysToDue
        && extensions.equals(other.extensions)
        && suspensions.equals(other.suspensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(receivedOn, originalDays, runsFrom, daysToDue, extensions, suspensions);
  }

  @Override
  public String toString() {
    return "CaseTerm[receivedOn="
        + receivedOn
        + ", originalDays="
        + originalDays
        + ", runsFrom="
        + runsFrom
        + ", daysToDue="
        + daysToDue
        + ", extensions="
        + extensions
        + ", suspensions="
        + suspensions
        + "]";
  }

  /** A date in messages, as Colombians write it: 10/04/2026. */
  private static String day(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }
}
