package co.ventanilla.cases.lifecycle;

import static co.ventanilla.cases.lifecycle.Cases.LEADER;
import static co.ventanilla.cases.lifecycle.Cases.RESPONSIBLE;
import static co.ventanilla.cases.lifecycle.Cases.SIG;
import static co.ventanilla.cases.lifecycle.Cases.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.answers.Answer;
import co.ventanilla.answers.AnswerStatus;
import co.ventanilla.answers.SatisfactionRating;
import co.ventanilla.cases.CaseEvent;
import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.organization.StaffMember;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The answer: versions, review by the area's leader, freezing, sending, rating. */
class PqrsCaseAnswerTest {

  private static final StaffMember LEADER_OF_OPERATIONS = StaffMember.user(LEADER);

  private static List<String> versions(PqrsCase c) {
    return c.answers().stream().map(a -> a.number() + ":" + a.status()).toList();
  }

  private static PqrsCase approved() {
    PqrsCase c = Cases.assigned();
    c.draftAnswer(RESPONSIBLE, day(3, 18), "Texto aprobado.");
    c.approveAnswer(LEADER_OF_OPERATIONS, day(3, 19), null);
    return c;
  }

  @Test
  void draftingAnAssignedCaseStartsTheTramiteAndCreatesVersion1() {
    // given
    PqrsCase c = Cases.assigned();

    // when
    Answer answer = c.draftAnswer(RESPONSIBLE, day(3, 18), "Señor Mina: revisamos el puesto...");

    // then
    assertEquals(CaseState.RESPUESTA_PROYECTADA, c.state());
    assertEquals(1, answer.number());
    assertEquals(AnswerStatus.DRAFT, answer.status());
    assertEquals(RESPONSIBLE, answer.draftedBy());
    assertEquals(
        List.of(CaseEvent.PROCESSING_STARTED, CaseEvent.ANSWER_DRAFTED),
        c.history().subList(2, 4).stream().map(h -> h.event()).toList());
  }

  @Test
  void aDraftIsEditedInPlace() {
    PqrsCase c = Cases.assigned();
    c.draftAnswer(RESPONSIBLE, day(3, 18), "Borrador.");

    Answer edited = c.draftAnswer(RESPONSIBLE, day(3, 19), "Borrador corregido.");

    assertEquals(List.of("1:DRAFT"), versions(c));
    assertEquals("Borrador corregido.", edited.text());
    assertEquals(CaseState.RESPUESTA_PROYECTADA, c.state());
    assertEquals(CaseEvent.ANSWER_EDITED, c.history().get(c.history().size() - 1).event());
  }

  @Test
  void aReturnedVersionIsKeptAndTheRedraftIsANewVersion() {
    // given
    PqrsCase c = Cases.assigned();
    c.draftAnswer(RESPONSIBLE, day(3, 18), "Primera versión.");

    // when
    Answer returned = c.returnAnswer(LEADER_OF_OPERATIONS, day(3, 19), "No responde de fondo.");
    Answer second = c.draftAnswer(RESPONSIBLE, day(3, 20), "Segunda versión.");

    // then
    assertEquals(List.of("1:RETURNED", "2:DRAFT"), versions(c));
    assertEquals("Primera versión.", returned.text());
    assertEquals("No responde de fondo.", returned.reviewNote());
    assertEquals(LEADER, returned.reviewedBy());
    assertEquals(2, second.number());
    assertEquals(CaseState.RESPUESTA_PROYECTADA, c.state());
  }

  @Test
  void returningNeedsAReason() {
    PqrsCase c = Cases.assigned();
    c.draftAnswer(RESPONSIBLE, day(3, 18), "Primera versión.");

    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class, () -> c.returnAnswer(LEADER_OF_OPERATIONS, day(3, 19), null));

    assertEquals("required.note", e.key());
    assertEquals(CaseState.RESPUESTA_PROYECTADA, c.state());
  }

  @Test
  void approvedTextIsFrozen() {
    PqrsCase c = approved();
    Answer answer = c.currentAnswer().orElseThrow();

    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class, () -> answer.edit("Otro texto.", RESPONSIBLE, day(3, 20)));

    assertEquals(
        "La versión 1 de la respuesta ya fue aprobada y no puede modificarse.", e.getMessage());
    assertEquals(
        "Version 1 of the answer was already approved and cannot be changed.",
        e.message(Locale.ENGLISH));
    assertEquals("Texto aprobado.", answer.text());
  }

  @Test
  void anApprovedAnswerIsFinalAndIsNotDraftedAgain() {
    // given
    PqrsCase c = approved();

    // when
    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> c.draftAnswer(RESPONSIBLE, day(3, 20), "Texto con una corrección."));

    // then
    assertEquals("answer.approved_awaits_sending", e.key());
    assertEquals(
        "La versión 1 de la respuesta ya fue aprobada: solo queda enviarla.", e.getMessage());
    assertEquals(List.of("1:APPROVED"), versions(c));
    assertEquals(CaseState.RESPUESTA_APROBADA, c.state());
  }

  @Test
  void onlyTheLeaderOfTheCasesAreaOrTheQualityOfficeReview() {
    // given
    PqrsCase c = Cases.assigned();
    c.draftAnswer(RESPONSIBLE, day(3, 18), "Borrador.");

    // then: the responsible cannot approve their own draft
    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> c.approveAnswer(StaffMember.user(RESPONSIBLE), day(3, 19), null));
    assertEquals(
        "ana.rojas no puede aprobar ni devolver respuestas del proceso Operaciones: solo su líder"
            + " (carlos.mejia) o la Dirección SIG.",
        e.getMessage());
    assertThrows(
        CaseRuleViolation.class,
        () -> c.returnAnswer(StaffMember.user("lucia.gomez"), day(3, 19), "No."));
    assertEquals(CaseState.RESPUESTA_PROYECTADA, c.state());

    // and the leader may, whatever the case of their user name
    c.approveAnswer(StaffMember.user("Carlos.Mejia"), day(3, 19), "Bien.");
    assertEquals(CaseState.RESPUESTA_APROBADA, c.state());
  }

  @Test
  void theQualityOfficeApprovesAnyAreasAnswer() {
    PqrsCase c = Cases.assigned();
    c.draftAnswer(RESPONSIBLE, day(3, 18), "Borrador.");

    Answer answer = c.approveAnswer(StaffMember.qualityOffice(SIG), day(3, 19), null);

    assertEquals(AnswerStatus.APPROVED, answer.status());
    assertEquals(SIG, answer.reviewedBy());
  }

  @Test
  void sendingMovesTheApprovedVersionToRespondido() {
    PqrsCase c = approved();

    Answer sent = c.sendAnswer(RESPONSIBLE, day(3, 20));

    assertEquals(CaseState.RESPONDIDO, c.state());
    assertEquals(AnswerStatus.SENT, sent.status());
    assertEquals(day(3, 20), sent.sentAt());
    assertEquals(day(3, 20), c.answeredAt());
  }

  @Test
  void anAnswerCannotBeMailedToAPetitionerWithoutEmail() {
    PqrsCase c = Cases.withoutEmail();
    c.assign("recepcion", day(3, 17), Cases.operations(), RESPONSIBLE, null);
    c.draftAnswer(RESPONSIBLE, day(3, 18), "Texto.");
    c.approveAnswer(LEADER_OF_OPERATIONS, day(3, 19), null);

    CaseRuleViolation e =
        assertThrows(CaseRuleViolation.class, () -> c.sendAnswer(RESPONSIBLE, day(3, 20)));

    assertEquals("answer.no_email", e.key());
    assertEquals(CaseState.RESPUESTA_APROBADA, c.state());
  }

  @Test
  void returningWithoutAnyDraftSaysSo() {
    PqrsCase c = Cases.assigned();

    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class, () -> c.returnAnswer(LEADER_OF_OPERATIONS, day(3, 19), "No."));

    assertEquals("El caso no tiene una respuesta proyectada.", e.getMessage());
  }

  @Test
  void anEmptyAnswerIsRefused() {
    PqrsCase c = Cases.assigned();

    assertEquals(
        "La respuesta no puede estar vacía.",
        assertThrows(CaseRuleViolation.class, () -> c.draftAnswer(RESPONSIBLE, day(3, 18), "  "))
            .getMessage());
    assertEquals(CaseState.ASIGNADO, c.state());
  }

  // --- Follow-up -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"1,VERY_BAD", "2,BAD", "3,FAIR", "4,GOOD", "5,EXCELLENT"})
  void ratingsFollowTheScaleOfSeed003(int score, SatisfactionRating rating) {
    assertEquals(rating, SatisfactionRating.ofScore(score));
    assertEquals(score, rating.score());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1, 10})
  void ratingsOutside1To5AreRefused(int score) {
    CaseRuleViolation e =
        assertThrows(CaseRuleViolation.class, () -> SatisfactionRating.ofScore(score));

    assertEquals(
        "La calificación debe estar entre 1 (Muy mala) y 5 (Excelente); se recibió " + score + ".",
        e.getMessage());
  }

  @Test
  void thePetitionersAcceptanceAndRatingAreRecordedOnceAnswered() {
    // given
    PqrsCase c = approved();
    c.sendAnswer(RESPONSIBLE, day(3, 20));

    // when
    c.recordPetitionerResponse(SIG, day(3, 25), true, SatisfactionRating.GOOD);

    // then
    assertEquals(Boolean.TRUE, c.petitionerAccepted());
    assertEquals(Optional.of(SatisfactionRating.GOOD), c.satisfaction());
    assertEquals(
        "Respuesta del peticionario: acepta: sí; calificación: Buena.",
        c.history().get(c.history().size() - 1).note());
  }

  @Test
  void noRatingBeforeTheAnswerIsSentNorAfterClosing() {
    PqrsCase c = approved();
    assertEquals(
        "No se puede registrar la respuesta del peticionario en un caso en estado Respuesta aprobada.",
        assertThrows(
                CaseRuleViolation.class,
                () -> c.recordPetitionerResponse(SIG, day(3, 20), true, SatisfactionRating.GOOD))
            .getMessage());

    c.sendAnswer(RESPONSIBLE, day(3, 20));
    c.close(SIG, day(3, 25), null);
    assertEquals(
        "case.final",
        assertThrows(
                CaseRuleViolation.class,
                () -> c.recordPetitionerResponse(SIG, day(3, 26), false, SatisfactionRating.BAD))
            .key());
    assertTrue(c.satisfaction().isEmpty());
  }

  @Test
  void aResponseNeedsAcceptanceOrRating() {
    PqrsCase c = approved();
    c.sendAnswer(RESPONSIBLE, day(3, 20));

    assertEquals(
        "required.petitioner_response",
        assertThrows(
                CaseRuleViolation.class,
                () -> c.recordPetitionerResponse(SIG, day(3, 25), null, null))
            .key());
  }
}
