package co.ventanilla.cases.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.answers.SatisfactionRating;
import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.cases.CaseMember;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.Radicado;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.StaffMember;
import co.ventanilla.staff.Staff;
import co.ventanilla.staff.StaffRole;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What the workspace offers is what the case accepts: for a case in each state, every action {@link
 * CasePermissions#available} offers to someone allowed everything is carried out by the case
 * without a refusal, so no button leads to "not allowed in this state".
 */
class OfferedActionsTest {

  private static final BusinessCalendar CALENDAR = BusinessCalendar.colombia();

  /** Tuesday 17 March 2026; actions happen the next day, within every legal window. */
  private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 17, 10, 0);

  private static final LocalDateTime NEXT_DAY = RECEIVED.plusDays(1);
  private static final AtomicLong NUMBERS = new AtomicLong(100);
  private static final Area OPERACIONES = AreasWithIds.area(1L, "Operaciones", "sig");

  /** The quality office, leading the case's area: every action is permitted to her. */
  private static final Staff EVERYTHING =
      new Staff(
          "sig", "SIG", null, EnumSet.of(StaffRole.SIG, StaffRole.LIDER), Set.of(1L), Set.of(1L));

  private static PqrsCase filed() {
    PqrsCase c =
        PqrsCase.file(
            new Radicado("", 2026, NUMBERS.incrementAndGet()),
            "ABCDEFGHJK",
            PqrsType.QUEJA,
            Channel.EMAIL,
            new Petitioner("Orlando Mina", "CC", "1", "orlando@example.co", null, null, false),
            "Bogotá",
            "Guarda ausente",
            "La portería estuvo sola.",
            RECEIVED,
            null,
            "recepcion");
    c.startTerm(15, CALENDAR);
    return c;
  }

  private static Map<String, Supplier<PqrsCase>> casesInEveryState() {
    Map<String, Supplier<PqrsCase>> cases = new LinkedHashMap<>();
    cases.put("radicado", OfferedActionsTest::filed);
    cases.put("asignado", () -> assigned());
    cases.put("en trámite", () -> working());
    cases.put(
        "en investigación",
        () -> {
          PqrsCase c = working();
          c.openInvestigation("ana", RECEIVED.plusHours(4), null);
          return c;
        });
    cases.put("respuesta proyectada", () -> drafted());
    cases.put("respuesta aprobada", () -> approved());
    cases.put("respondido", () -> answered());
    cases.put(
        "cerrado",
        () -> {
          PqrsCase c = answered();
          c.close("sig", RECEIVED.plusHours(9), null);
          return c;
        });
    cases.put(
        "esperando información",
        () -> {
          PqrsCase c = assigned();
          c.requestInformation("ana", RECEIVED.plusHours(3), "Copia de la factura", CALENDAR);
          return c;
        });
    return cases;
  }

  private static PqrsCase assigned() {
    PqrsCase c = filed();
    c.assign("recepcion", RECEIVED.plusHours(1), OPERACIONES, "ana", null);
    return c;
  }

  private static PqrsCase working() {
    PqrsCase c = assigned();
    c.startProcessing("ana", RECEIVED.plusHours(2), null);
    return c;
  }

  private static PqrsCase drafted() {
    PqrsCase c = working();
    c.draftAnswer("ana", RECEIVED.plusHours(5), "Respuesta.");
    return c;
  }

  private static PqrsCase approved() {
    PqrsCase c = drafted();
    c.approveAnswer(StaffMember.qualityOffice("sig"), RECEIVED.plusHours(6), null);
    return c;
  }

  private static PqrsCase answered() {
    PqrsCase c = approved();
    c.sendAnswer("ana", RECEIVED.plusHours(7));
    return c;
  }

  /** Takes {@code action} on {@code c} as the workspace's dialog would. */
  private static void take(CaseAction action, PqrsCase c) {
    switch (action) {
      case VIEW, DOWNLOAD -> {
        // reading changes nothing
      }
      case NOTE -> c.addNote("sig", NEXT_DAY, "Se llamó al cliente.");
      case CLASSIFY -> c.classify("sig", NEXT_DAY, 2, false, null, CALENDAR);
      case ASSIGN -> c.assign("sig", NEXT_DAY, OPERACIONES, "luis", null);
      case START -> c.startProcessing("sig", NEXT_DAY, null);
      case INVESTIGATE -> c.openInvestigation("sig", NEXT_DAY, null);
      case ESCALATE -> c.escalate("sig", NEXT_DAY, c.escalationLevel() + 1, "Sin avance.");
      case REQUEST_INFORMATION -> c.requestInformation("sig", NEXT_DAY, "Fotos.", CALENDAR);
      case INFORMATION_RECEIVED -> c.informationReceived("sig", NEXT_DAY, null, CALENDAR);
      case EXTEND_INFORMATION -> c.extendInformationPeriod("sig", NEXT_DAY, CALENDAR);
      case EXTEND_TERM ->
          c.extend(
              "sig",
              NEXT_DAY,
              c.term(CALENDAR).orElseThrow().maxExtendedDueDate(),
              "Se espera el informe de la policía.",
              CALENDAR);
      case TRANSFER -> c.transfer("sig", NEXT_DAY, "Fiscalía General", null, CALENDAR);
      case IMPROCEDENTE -> c.markImprocedente("sig", NEXT_DAY, "Texto irrespetuoso.");
      case DESIST -> {
        LocalDateTime late =
            c.term(CALENDAR).orElseThrow().desistimientoDeadline().plusDays(1).atTime(9, 0);
        c.desist("sig", late, CALENDAR);
      }
      case LINK -> c.linkTo(filed(), "sig", NEXT_DAY, null);
      case DRAFT -> c.draftAnswer("sig", NEXT_DAY, "Nueva respuesta.");
      case REVIEW -> c.approveAnswer(StaffMember.qualityOffice("sig"), NEXT_DAY, null);
      case SEND -> c.sendAnswer("sig", NEXT_DAY);
      case PETITIONER_RESPONSE ->
          c.recordPetitionerResponse("sig", NEXT_DAY, true, SatisfactionRating.ofScore(5));
      case CLOSE -> c.close("sig", NEXT_DAY, null);
      case PROTECT -> c.markProtected("sig", NEXT_DAY, "Testigo protegido.");
      case MEMBERS -> c.name("luis", CaseMember.Reason.NAMED, "sig", NEXT_DAY);
    }
  }

  @Test
  void everyActionOfferedInEveryStateIsAcceptedByTheCase() {
    for (Map.Entry<String, Supplier<PqrsCase>> state : casesInEveryState().entrySet()) {
      Set<CaseAction> offered =
          CasePermissions.available(
              EVERYTHING, state.getValue().get(), NEXT_DAY.toLocalDate(), CALENDAR);
      assertTrue(offered.contains(CaseAction.NOTE), state.getKey());
      for (CaseAction action : offered) {
        PqrsCase fresh = state.getValue().get();
        assertDoesNotThrow(() -> take(action, fresh), action + " offered when " + state.getKey());
      }
    }
  }

  @Test
  void aFinishedCaseOffersOnlyReadingNotesLinksAndPeople() {
    PqrsCase closed = casesInEveryState().get("cerrado").get();

    Set<CaseAction> offered =
        CasePermissions.available(EVERYTHING, closed, NEXT_DAY.toLocalDate(), CALENDAR);

    assertTrue(
        EnumSet.of(
                CaseAction.VIEW,
                CaseAction.DOWNLOAD,
                CaseAction.NOTE,
                CaseAction.LINK,
                CaseAction.MEMBERS,
                CaseAction.PROTECT)
            .containsAll(offered),
        offered.toString());
  }

  @Test
  void whileWaitingForThePetitionerNoAnswerIsOfferedButTheWaysOutAre() {
    PqrsCase waiting = casesInEveryState().get("esperando información").get();
    LocalDateTime afterThePeriod =
        waiting.term(CALENDAR).orElseThrow().desistimientoDeadline().plusDays(1).atTime(9, 0);

    Set<CaseAction> offered =
        CasePermissions.available(EVERYTHING, waiting, NEXT_DAY.toLocalDate(), CALENDAR);
    Set<CaseAction> later =
        CasePermissions.available(EVERYTHING, waiting, afterThePeriod.toLocalDate(), CALENDAR);

    assertFalse(offered.contains(CaseAction.DRAFT));
    assertTrue(offered.contains(CaseAction.INFORMATION_RECEIVED));
    assertTrue(offered.contains(CaseAction.EXTEND_INFORMATION));
    assertFalse(offered.contains(CaseAction.DESIST), "the petitioner still has time");
    assertTrue(later.contains(CaseAction.DESIST));
  }

  @Test
  void theLegalWindowsOfTheTermDecideWhatIsOffered() {
    PqrsCase c = casesInEveryState().get("en trámite").get();
    LocalDateTime overdue = c.dueDate().plusDays(3).atTime(9, 0);

    Set<CaseAction> inTime =
        CasePermissions.available(EVERYTHING, c, NEXT_DAY.toLocalDate(), CALENDAR);
    Set<CaseAction> late =
        CasePermissions.available(EVERYTHING, c, overdue.toLocalDate(), CALENDAR);

    assertTrue(inTime.containsAll(EnumSet.of(CaseAction.EXTEND_TERM, CaseAction.TRANSFER)));
    assertFalse(late.contains(CaseAction.EXTEND_TERM), "ampliación only before expiry");
    assertFalse(late.contains(CaseAction.TRANSFER), "traslado within five business days");
    assertFalse(late.contains(CaseAction.REQUEST_INFORMATION), "within ten business days");
  }
}
