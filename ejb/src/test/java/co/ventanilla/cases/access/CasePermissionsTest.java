package co.ventanilla.cases.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.cases.CaseMember;
import co.ventanilla.cases.CaseVisibility;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.Radicado;
import co.ventanilla.organization.Area;
import co.ventanilla.staff.Staff;
import co.ventanilla.staff.StaffRole;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CasePermissionsTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 23, 9, 0);
  private static final AtomicLong NUMBERS = new AtomicLong();
  private static final Area OPERACIONES = AreasWithIds.area(1L, "Operaciones", "lider.op");
  private static final Area TALENTO = AreasWithIds.area(2L, "Talento Humano", "lider.th");

  private static final Staff RECEPCION = staff("recepcion", Set.of(), StaffRole.RECEPCION);
  private static final Staff SIG = staff("sig", Set.of(), StaffRole.SIG);
  private static final Staff GERENCIA = staff("gerente", Set.of(), StaffRole.GERENCIA);
  private static final Staff RESP_OP = staff("ana", Set.of(1L), StaffRole.RESPONSABLE);
  private static final Staff RESP_TH = staff("luis", Set.of(2L), StaffRole.RESPONSABLE);
  private static final Staff LIDER_OP =
      new Staff("lider.op", "Líder", null, EnumSet.of(StaffRole.LIDER), Set.of(), Set.of(1L));
  private static final Staff COMITE = staff("comite", Set.of(), StaffRole.COMITE);

  private static Staff staff(String name, Set<Long> areas, StaffRole role) {
    return new Staff(name, name, null, EnumSet.of(role), areas, Set.of());
  }

  private static PqrsCase queja() {
    PqrsCase c =
        PqrsCase.file(
            new Radicado("", 2026, NUMBERS.incrementAndGet()),
            "ABCDEFGHJK",
            PqrsType.QUEJA,
            Channel.EMAIL,
            new Petitioner("Orlando Mina", "CC", "16789012", "o@example.co", null, null, false),
            "Bogotá",
            "Guarda ausente",
            "La portería estuvo sola.",
            AT,
            null,
            "recepcion");
    c.startTerm(15, BusinessCalendar.colombia());
    return c;
  }

  private static PqrsCase assignedTo(Area area, String responsible) {
    PqrsCase c = queja();
    c.assign("recepcion", AT.plusHours(1), area, responsible, null);
    return c;
  }

  private static boolean sees(Staff s, PqrsCase c) {
    return CasePermissions.visibility(s).allows(c);
  }

  @Test
  void receptionSigAndManagementSeeEveryCaseThatIsNotProtected() {
    PqrsCase unassigned = queja();
    PqrsCase elsewhere = assignedTo(TALENTO, "luis");
    for (Staff s : new Staff[] {RECEPCION, SIG, GERENCIA}) {
      assertTrue(sees(s, unassigned), s.userName());
      assertTrue(sees(s, elsewhere), s.userName());
    }
  }

  @Test
  void aResponsibleSeesTheCasesOfTheirAreaAndTheirOwnButNotAnotherAreas() {
    PqrsCase ofOperaciones = assignedTo(OPERACIONES, "otro");
    PqrsCase assignedToAnaElsewhere = assignedTo(TALENTO, "ana");
    PqrsCase ofTalento = assignedTo(TALENTO, "luis");
    PqrsCase unassigned = queja();

    assertTrue(sees(RESP_OP, ofOperaciones));
    assertTrue(sees(RESP_OP, assignedToAnaElsewhere));
    assertFalse(sees(RESP_OP, ofTalento));
    assertFalse(sees(RESP_OP, unassigned));
    assertTrue(sees(RESP_TH, ofTalento));
  }

  @Test
  void aLeaderSeesTheAreasTheyLeadAndApprovesOnlyThere() {
    PqrsCase ofOperaciones = assignedTo(OPERACIONES, "ana");
    PqrsCase ofTalento = assignedTo(TALENTO, "luis");

    assertTrue(sees(LIDER_OP, ofOperaciones));
    assertFalse(sees(LIDER_OP, ofTalento));
    assertTrue(CasePermissions.permits(LIDER_OP, ofOperaciones, CaseAction.REVIEW));
    assertFalse(CasePermissions.permits(RESP_OP, ofOperaciones, CaseAction.REVIEW));
    assertTrue(CasePermissions.permits(SIG, ofTalento, CaseAction.REVIEW));
  }

  @Test
  void theCommitteeSeesOnlyTheCasesItsInvestigationsNameItOn() {
    PqrsCase investigated = assignedTo(OPERACIONES, "ana");
    investigated.startProcessing("ana", AT.plusHours(2), null);
    investigated.openInvestigation("ana", AT.plusHours(3), null);
    PqrsCase grave = queja();
    grave.classify("recepcion", AT.plusHours(1), 4, true, null, BusinessCalendar.colombia());
    PqrsCase named = queja();
    named.classify("recepcion", AT.plusHours(1), 4, true, null, BusinessCalendar.colombia());
    named.name("comite", CaseMember.Reason.NAMED, "directora.sig", AT.plusHours(2));

    assertFalse(sees(COMITE, investigated));
    assertFalse(sees(COMITE, grave));
    assertTrue(sees(COMITE, named));
  }

  @Test
  void aProtectedCaseIsSeenOnlyByThePeopleNamedOnItWhateverTheirRole() {
    // given
    PqrsCase denuncia = queja();
    denuncia.markProtected("sistema", AT, null);
    denuncia.name("oficial.etica", CaseMember.Reason.RECEIVER, "sistema", AT);
    Staff officer = staff("oficial.etica", Set.of(), StaffRole.SIG);

    // then
    assertFalse(sees(SIG, denuncia));
    assertFalse(sees(RECEPCION, denuncia));
    assertTrue(sees(officer, denuncia));
  }

  @Test
  void assigningAProtectedCaseNamesItsResponsibleAndTheAreaLeader() {
    // given
    PqrsCase denuncia = queja();
    denuncia.markProtected("sistema", AT, null);

    // when
    denuncia.assign("oficial.etica", AT.plusHours(1), OPERACIONES, "ana", null);

    // then
    assertTrue(sees(RESP_OP, denuncia));
    assertTrue(sees(LIDER_OP, denuncia));
    assertFalse(sees(RESP_TH, denuncia));
    assertTrue(denuncia.isMember("ANA"));
  }

  @Test
  void onlyTheRolesThatHandleCasesSeeThePetitionerAndOnAProtectedCaseOnlyItsMembers() {
    PqrsCase c = assignedTo(OPERACIONES, "ana");
    assertTrue(CasePermissions.seesPetitioner(RECEPCION, c));
    assertTrue(CasePermissions.seesPetitioner(RESP_OP, c));
    assertFalse(CasePermissions.seesPetitioner(GERENCIA, c));
    assertFalse(CasePermissions.seesPetitioner(COMITE, c));

    c.markProtected("ana", AT.plusHours(2), "Testigo protegido");
    assertFalse(CasePermissions.seesPetitioner(RECEPCION, c));
    assertTrue(CasePermissions.seesPetitioner(RESP_OP, c), "the responsible is named");
  }

  @Test
  void aNewCaseOffersReceptionTheTriageAndNoAnswerWork() {
    Set<CaseAction> actions =
        CasePermissions.available(
            RECEPCION, queja(), AT.toLocalDate().plusDays(1), BusinessCalendar.colombia());

    assertTrue(
        actions.containsAll(
            EnumSet.of(
                CaseAction.CLASSIFY,
                CaseAction.ASSIGN,
                CaseAction.TRANSFER,
                CaseAction.IMPROCEDENTE,
                CaseAction.ESCALATE,
                CaseAction.NOTE)),
        actions.toString());
    assertFalse(actions.contains(CaseAction.DRAFT));
    assertFalse(actions.contains(CaseAction.REVIEW));
    assertFalse(actions.contains(CaseAction.CLOSE));
  }

  @Test
  void theResponsibleDraftsTheirCaseAndManagementOnlyReadsAndNotes() {
    PqrsCase c = assignedTo(OPERACIONES, "ana");

    Set<CaseAction> ana =
        CasePermissions.available(
            RESP_OP, c, AT.toLocalDate().plusDays(1), BusinessCalendar.colombia());
    assertTrue(ana.contains(CaseAction.DRAFT));
    assertTrue(ana.contains(CaseAction.START));
    assertFalse(ana.contains(CaseAction.ASSIGN));
    assertEquals(
        EnumSet.of(CaseAction.VIEW, CaseAction.NOTE), // no files: the petitioner's data
        CasePermissions.available(
            GERENCIA, c, AT.toLocalDate().plusDays(1), BusinessCalendar.colombia()));
  }

  @Test
  void aStateOffersOnlyWhatItAdmits() {
    PqrsCase c = assignedTo(OPERACIONES, "ana");
    c.draftAnswer("ana", AT.plusHours(3), "Respuesta.");

    Set<CaseAction> leader =
        CasePermissions.available(
            LIDER_OP, c, AT.toLocalDate().plusDays(1), BusinessCalendar.colombia());
    assertTrue(leader.contains(CaseAction.REVIEW));
    assertTrue(leader.contains(CaseAction.DRAFT), "the draft can still be edited");
    assertFalse(leader.contains(CaseAction.SEND), "not approved yet");
    assertFalse(leader.contains(CaseAction.ASSIGN), "an answer is being reviewed");
  }

  @Test
  void anApprovedAnswerIsSentNotDraftedAgainOnScreenAndInTheApi() {
    PqrsCase c = assignedTo(OPERACIONES, "ana");
    c.draftAnswer("ana", AT.plusHours(3), "Respuesta.");
    c.approveAnswer(
        co.ventanilla.organization.StaffMember.qualityOffice("sig"), AT.plusHours(4), null);

    for (Staff who : java.util.List.of(RESP_OP, LIDER_OP, SIG)) {
      Set<CaseAction> actions =
          CasePermissions.available(
              who, c, AT.toLocalDate().plusDays(1), BusinessCalendar.colombia());
      assertFalse(actions.contains(CaseAction.DRAFT), who.userName() + ": " + actions);
      assertTrue(actions.contains(CaseAction.SEND), who.userName() + ": " + actions);
      // the API lists the same commands the screen offers
      assertFalse(
          CaseCommand.allowedBy(actions).contains(CaseCommand.PROYECTAR_RESPUESTA), who.userName());
      assertTrue(CaseCommand.allowedBy(actions).contains(CaseCommand.ENVIAR_RESPUESTA));
    }
  }

  @Test
  void theSystemSeesEverythingIncludingProtectedCases() {
    PqrsCase c = queja();
    c.markProtected("sistema", AT, null);
    assertTrue(CaseVisibility.everything().allows(c));
  }
}
