package co.ventanilla.cases.access;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.CaseVisibility;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.organization.EscalationLevel;
import co.ventanilla.staff.Staff;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.terms.CaseTerm;
import co.ventanilla.terms.TermLaw;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which actions a person may take on a case they can see, by role and by their relation to the case
 * (its responsible, a colleague of its area, the leader of its area), and which of them the case's
 * state admits. The split follows the procedures: reception registers, classifies, assigns and can
 * close what is improcedente or not ours (seed 002 §4 activities 1–3, seed 003 §5.3); the
 * responsible works and drafts (activity 4); the process leader approves (seed 004 §3); the
 * Dirección SIG owns the whole flow and closes (seed 003 §4); gerencia, comité and administrators
 * read and add notes.
 *
 * <p>Personal data of the petitioner is shown only to the roles that handle the case (Ley 1581 de
 * 2012, art. 4 literal f, acceso y circulación restringida) and, on a protected case, only to the
 * people named on it.
 */
public final class CasePermissions {

  /** Roles that handle cases and so see the petitioner's data. */
  static final Set<StaffRole> HANDLE_CASES =
      EnumSet.of(StaffRole.RECEPCION, StaffRole.RESPONSABLE, StaffRole.LIDER, StaffRole.SIG);

  private static final Set<CaseState> BEFORE_ANSWER =
      EnumSet.of(
          CaseState.RADICADO, CaseState.ASIGNADO, CaseState.EN_TRAMITE, CaseState.EN_INVESTIGACION);

  /** Roles that see every case that is not protected. */
  static final Set<StaffRole> SEE_ALL =
      EnumSet.of(StaffRole.RECEPCION, StaffRole.SIG, StaffRole.GERENCIA, StaffRole.ADMIN);

  private CasePermissions() {}

  /**
   * Which cases {@code staff} sees, besides those they are named on (protected cases only then):
   *
   * <ul>
   *   <li>recepción, SIG/calidad, gerencia, administrador: every case (reception triages all that
   *       comes in, seed 002 §4 activities 1–3; the Dirección SIG owns the flow, seed 003 §4);
   *   <li>responsable: the cases of the areas they work in and the cases assigned to them (seed 002
   *       §4 activity 4: "distribuidos a los responsables");
   *   <li>líder de proceso: the cases of the areas they lead or work in (seed 004 §3);
   *   <li>comité: only the cases they are named on, which an investigation does for each member of
   *       its committee (seed 002 §4 activity 2: the committee of a siniestro; only its members,
   *       the Dirección SIG and the administrator see the investigation and its case).
   * </ul>
   */
  public static CaseVisibility visibility(Staff staff) {
    List<CaseVisibility.Grant> grants = new ArrayList<>();
    if (staff.hasAny(SEE_ALL)) {
      grants.add(new CaseVisibility.AllCases());
    } else {
      Set<Long> areas = new TreeSet<>();
      if (staff.has(StaffRole.RESPONSABLE) || staff.has(StaffRole.LIDER)) {
        areas.addAll(staff.areaIds());
        areas.addAll(staff.ledAreaIds());
      }
      if (!areas.isEmpty()) {
        grants.add(new CaseVisibility.InAreas(areas));
      }
      if (staff.has(StaffRole.RESPONSABLE)) {
        grants.add(new CaseVisibility.AssignedTo(staff.userName()));
      }
    }
    return CaseVisibility.of(staff.userName(), grants);
  }

  /** Whether {@code staff}'s role and relation to {@code c} let them take {@code action}. */
  public static boolean permits(Staff staff, PqrsCase c, CaseAction action) {
    boolean reception = staff.has(StaffRole.RECEPCION);
    boolean sig = staff.has(StaffRole.SIG);
    Long area = c.area() == null ? null : c.area().id();
    boolean leads = staff.leads(area);
    boolean own = c.responsible() != null && c.responsible().equalsIgnoreCase(staff.userName());
    boolean colleague = staff.has(StaffRole.RESPONSABLE) && staff.worksIn(area);
    return switch (action) {
      case VIEW, NOTE -> true;
      // Files and the constancia are the petitioner's data: only for who sees the petitioner.
      case DOWNLOAD -> seesPetitioner(staff, c);
      case CLASSIFY, ASSIGN, TRANSFER, IMPROCEDENTE -> reception || sig || leads;
      case START,
              REQUEST_INFORMATION,
              INFORMATION_RECEIVED,
              EXTEND_INFORMATION,
              EXTEND_TERM,
              SEND ->
          own || leads || sig;
      case ESCALATE, LINK, PROTECT -> reception || own || colleague || leads || sig;
      case DRAFT -> own || colleague || leads || sig;
      case REVIEW, DESIST, CLOSE -> leads || sig;
      // GO-PD-03 §4 actividad 2: the process leader, the Dirección SIG or gerencia open it.
      case INVESTIGATE -> leads || sig || staff.has(StaffRole.GERENCIA);
      case PETITIONER_RESPONSE -> reception || own || leads || sig;
      case MEMBERS -> c.isMember(staff.userName()) || own || leads || sig;
    };
  }

  /**
   * Whether the state and term of {@code c} admit {@code action} on {@code today}, as far as a
   * screen needs to know to offer it: the state (the transition table), and the legal windows of
   * the term — an ampliación only before the term expires (Ley 1755 de 2015, art. 14 parágrafo), a
   * request for information within ten business days of the radicación (art. 17), a traslado within
   * five (art. 21), the desistimiento only after the period to complete ran out (art. 17). The case
   * checks everything again when the action is taken.
   */
  public static boolean applies(
      PqrsCase c, CaseAction action, LocalDate today, BusinessCalendar calendar) {
    CaseState s = c.state();
    boolean waiting = c.awaitingInformation() && !s.isFinal();
    Optional<CaseTerm> term = c.term(calendar);
    return switch (action) {
      case VIEW, DOWNLOAD, NOTE, LINK, MEMBERS -> true;
      case PROTECT -> !c.isProtected();
      case CLASSIFY, ASSIGN -> BEFORE_ANSWER.contains(s);
      case START -> s == CaseState.ASIGNADO;
      case INVESTIGATE -> s == CaseState.EN_TRAMITE;
      case ESCALATE -> !s.isFinal() && c.escalationLevel() < EscalationLevel.HIGHEST;
      case REQUEST_INFORMATION ->
          BEFORE_ANSWER.contains(s)
              && !waiting
              && term.map(
                      t ->
                          !today.isAfter(t.informationRequestDeadline())
                              && !today.isAfter(t.dueDate()))
                  .orElse(false);
      case INFORMATION_RECEIVED, EXTEND_INFORMATION -> waiting;
      case DESIST -> waiting && term.map(t -> t.isDesisted(today)).orElse(false);
      case EXTEND_TERM ->
          PqrsCase.TERM_RUNS.contains(s)
              && !waiting
              && term.map(t -> !t.isOverdue(today)).orElse(false);
      case TRANSFER ->
          (s == CaseState.RADICADO || s == CaseState.ASIGNADO || s == CaseState.EN_TRAMITE)
              && !today.isAfter(trasladoDeadline(c, term, calendar));
      case IMPROCEDENTE -> s == CaseState.RADICADO || s == CaseState.ASIGNADO;
      case DRAFT ->
          !waiting
              && (s == CaseState.ASIGNADO
                  || s == CaseState.EN_TRAMITE
                  || s == CaseState.EN_INVESTIGACION
                  || s == CaseState.RESPUESTA_PROYECTADA);
      // Once approved the answer is final: it is sent, not drafted again (PqrsCase#draftAnswer).
      case REVIEW -> s == CaseState.RESPUESTA_PROYECTADA;
      case SEND -> s == CaseState.RESPUESTA_APROBADA;
      case PETITIONER_RESPONSE, CLOSE -> s == CaseState.RESPONDIDO;
    };
  }

  /** Five business days after the receipt, with or without a term (as the case computes it). */
  private static LocalDate trasladoDeadline(
      PqrsCase c, Optional<CaseTerm> term, BusinessCalendar calendar) {
    return term.orElseGet(
            () -> CaseTerm.start(c.receivedAt().toLocalDate(), 1, calendar, TermLaw.of(c.type())))
        .trasladoDeadline();
  }

  /** The actions {@code staff} may take on {@code c} on {@code today}. */
  public static Set<CaseAction> available(
      Staff staff, PqrsCase c, LocalDate today, BusinessCalendar calendar) {
    Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
    for (CaseAction a : CaseAction.values()) {
      if (permits(staff, c, a) && applies(c, a, today, calendar)) {
        actions.add(a);
      }
    }
    return actions;
  }

  /**
   * Whether {@code staff} sees the petitioner's identity and contact data on {@code c}: on a
   * protected case only the people named on it; otherwise the roles that handle cases.
   */
  public static boolean seesPetitioner(Staff staff, PqrsCase c) {
    return seesPetitioner(staff, c.isProtected(), c.isMember(staff.userName()));
  }

  /** {@link #seesPetitioner(Staff, PqrsCase)} from what a list row knows. */
  public static boolean seesPetitioner(Staff staff, boolean protectedCase, boolean member) {
    return protectedCase ? member : staff.hasAny(HANDLE_CASES) || member;
  }
}
