package co.ventanilla.cases.lifecycle;

import static co.ventanilla.cases.lifecycle.Cases.LEADER;
import static co.ventanilla.cases.lifecycle.Cases.RECEPTION;
import static co.ventanilla.cases.lifecycle.Cases.RESPONSIBLE;
import static co.ventanilla.cases.lifecycle.Cases.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.Escalation;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.organization.StaffMember;
import co.ventanilla.terms.TermPresets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseWorkflowServiceTest {

  private InMemoryWorkflow workflow;
  private CaseWorkflowService service;

  @BeforeEach
  void setUp() {
    workflow = new InMemoryWorkflow(TermPresets.LEY_1755);
    workflow.store(Cases.operations());
    service = workflow.service;
  }

  @Test
  void anUnknownRadicadoIsReportedInSpanish() {
    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> service.startProcessing("2026-999999", RESPONSIBLE, null));

    assertEquals("No existe un caso con radicado 2026-999999.", e.getMessage());
  }

  @Test
  void assigningNeedsAKnownArea() {
    PqrsCase c = workflow.add(Cases.queja());

    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> service.assign(c.radicado(), RECEPTION, "Jardinería", RESPONSIBLE, null));

    assertEquals("No existe el proceso Jardinería.", e.getMessage());
  }

  @Test
  void sendingQueuesTheAnswerForThePetitionerWithTheRadicadoInTheSubject() {
    // given
    PqrsCase c = workflow.add(Cases.queja());
    service.assign(c.radicado(), RECEPTION, "Operaciones", RESPONSIBLE, null);
    service.draftAnswer(c.radicado(), RESPONSIBLE, "Señor Mina: el guarda fue reemplazado.");
    service.approveAnswer(c.radicado(), StaffMember.user(LEADER), null);

    // when
    workflow.at(day(3, 20));
    service.sendAnswer(c.radicado(), RESPONSIBLE);

    // then
    assertEquals(CaseState.RESPONDIDO, c.state());
    OutboxMessage mail = workflow.mails.get(0);
    assertEquals("cliente@example.co", mail.recipient());
    assertEquals("Radicado " + c.radicado() + ": respuesta a su solicitud", mail.subject());
    assertTrue(mail.body().startsWith("Señor Mina: el guarda fue reemplazado."));
    assertTrue(mail.body().contains("Radicado: " + c.radicado()));
    assertEquals(c.radicado(), mail.radicado());
    assertEquals(day(3, 20), mail.createdAt());
    assertNull(mail.sentAt());
  }

  @Test
  void aRequestForInformationIsMailedWithItsDeadline() {
    PqrsCase c = workflow.add(Cases.queja());
    workflow.at(day(3, 24));

    LocalDate deadline =
        service.requestInformation(c.radicado(), RESPONSIBLE, "Indique la fecha del hecho.");

    OutboxMessage mail = workflow.mails.get(0);
    assertEquals(LocalDate.of(2026, 4, 24), deadline);
    assertTrue(mail.subject().contains(c.radicado()));
    assertTrue(mail.body().contains("Indique la fecha del hecho."));
    assertTrue(mail.body().contains("24/04/2026"));
  }

  @Test
  void noticesAreNotMailedToAPetitionerWithoutEmail() {
    PqrsCase c = workflow.add(Cases.withoutEmail());
    workflow.at(day(3, 24));

    service.requestInformation(c.radicado(), RESPONSIBLE, "Indique la fecha del hecho.");

    assertTrue(c.awaitingInformation());
    assertTrue(workflow.mails.isEmpty());
  }

  @Test
  void anExtensionIsNotifiedToThePetitioner() {
    PqrsCase c = workflow.add(Cases.queja());
    workflow.at(day(4, 8));

    LocalDate due =
        service.extendTerm(
            c.radicado(), RESPONSIBLE, LocalDate.of(2026, 4, 24), "Esperamos el informe.");

    assertEquals(LocalDate.of(2026, 4, 24), due);
    OutboxMessage mail = workflow.mails.get(0);
    assertEquals(
        "Radicado " + c.radicado() + ": ampliación del plazo de respuesta", mail.subject());
    assertTrue(mail.body().contains("vencía el 10/04/2026"));
    assertTrue(mail.body().contains("a más tardar el 24/04/2026"));
    assertTrue(mail.body().contains("Esperamos el informe."));
  }

  @Test
  void theTimerEscalatesEachCaseOnceAndMailsTheLevelReached() {
    // given: two cases due 2026-04-10, one assigned to Operaciones; one received later
    PqrsCase assigned = workflow.add(Cases.queja());
    service.assign(assigned.radicado(), RECEPTION, "Operaciones", RESPONSIBLE, null);
    PqrsCase unassigned = workflow.add(Cases.queja());
    PqrsCase recent = workflow.add(Cases.queja(day(4, 1), 15));
    workflow.at(LocalDate.of(2026, 4, 7).atTime(6, 0));

    // when
    List<Escalation> first = service.escalateOverdueCandidates(LocalDate.of(2026, 4, 7), 0.8);
    List<Escalation> again = service.escalateOverdueCandidates(LocalDate.of(2026, 4, 7), 0.8);

    // then
    assertEquals(
        List.of(assigned.radicado(), unassigned.radicado()),
        first.stream().map(Escalation::radicado).toList());
    assertTrue(again.isEmpty());
    assertEquals(1, recent.escalationLevel());
    assertEquals(2, workflow.mails.size());
    OutboxMessage toLeader = workflow.mails.get(0);
    assertEquals("operaciones@example.co", toLeader.recipient());
    assertEquals(
        "Radicado " + assigned.radicado() + ": caso escalado al nivel 2 (Coordinador de área)",
        toLeader.subject());
    assertTrue(toLeader.body().contains("Proceso: Operaciones"));
    assertTrue(toLeader.body().contains("Vence: 10/04/2026"));
    OutboxMessage nobody = workflow.mails.get(1);
    assertNull(nobody.recipient(), "a case without area has no coordinator to mail");
    assertEquals(
        "Sin destinatario: configure el correo del nivel 2 (Coordinador de área) o el del líder"
            + " del proceso.",
        nobody.lastError());
    assertEquals(List.of(toLeader), workflow.pending(10));
  }

  @Test
  void escalatingByHandMailsTheLevelsMailbox() {
    PqrsCase c = workflow.add(Cases.queja());

    service.escalate(c.radicado(), "directora.sig", 4, "Hurto en el puesto.");

    assertEquals("gerencia@example.co", workflow.mails.get(0).recipient());
    assertTrue(workflow.mails.get(0).body().contains("Hurto en el puesto."));
  }

  @Test
  void classificationTakesTheTermOfTheConfiguredPreset() {
    // given: DEAS (seed 002) gives quejas 10 days and level 1 (queja menor) 2
    workflow = new InMemoryWorkflow(TermPresets.DEAS);
    service = workflow.service;
    PqrsCase c = workflow.add(Cases.queja());

    // when
    service.classify(c.radicado(), RECEPTION, 1, false);

    // then: two business days after Tuesday 2026-03-17
    assertEquals(2, c.termDays());
    assertEquals(LocalDate.of(2026, 3, 19), c.dueDate());
  }

  @Test
  void aRatingOutsideTheScaleIsRefusedBeforeLoadingTheCase() {
    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> service.recordPetitionerResponse("2026-999999", "sig", true, 6));

    assertEquals("rating.out_of_range", e.key());
  }

  @Test
  void linkingStoresBothCases() {
    PqrsCase first = workflow.add(Cases.queja());
    PqrsCase second = workflow.add(Cases.queja());

    service.link(first.radicado(), second.radicado(), RECEPTION, "Mismo puesto.");

    assertTrue(workflow.cases.get(second.radicado()).isLinkedTo(first.radicado()));
  }
}
