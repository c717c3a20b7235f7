package co.ventanilla.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.intake.Consent;
import co.ventanilla.intake.Submission;
import co.ventanilla.intake.SubmissionProblem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BuzonFormRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 17);
  private static final LocalDate FORM_DATE = LocalDate.of(2026, 3, 10);

  /** A complete form with personal data and the consent mark. */
  private static Submission.Builder form() {
    return Submission.builder(Channel.SUGGESTION_BOX)
        .type(PqrsType.QUEJA)
        .names("Luis Peña")
        .phone("3001234567")
        .subject("Portería sin guarda")
        .description("El domingo la portería estuvo sola una hora.")
        .receivedAt(BuzonFormRules.receivedAt(FORM_DATE))
        .consent(BuzonFormRules.consent(FORM_DATE))
        .sourceKey(BuzonFormRules.sourceKey("1001"));
  }

  private static BuzonRow row(Submission.Builder submission) {
    return new BuzonRow(2, "1001", FORM_DATE, true, submission.build(), List.of());
  }

  private static List<SubmissionProblem> check(BuzonRow row) {
    return BuzonFormRules.check(row, TODAY, null);
  }

  @Test
  void aCompleteFormHasNoProblem() {
    assertEquals(List.of(), check(row(form())));
  }

  @Test
  void theFormNumberIsRequiredAndLimited() {
    Submission s = form().build();
    assertEquals(
        List.of(new SubmissionProblem("numero_formulario", "required")),
        check(new BuzonRow(2, null, FORM_DATE, true, s, List.of())));
    assertEquals(
        List.of(new SubmissionProblem("numero_formulario", "too_long", 40)),
        check(new BuzonRow(2, "9".repeat(41), FORM_DATE, true, s, List.of())));
  }

  @Test
  void theTemplatesExampleRowIsRefused() {
    BuzonRow example = new BuzonRow(2, "ejemplo", FORM_DATE, true, form().build(), List.of());
    assertEquals(
        List.of(new SubmissionProblem("numero_formulario", "example_row")), check(example));
  }

  @Test
  void theDateIsRequiredAndNotAfterTodayNorTheCollection() {
    Submission s = form().build();
    assertEquals(
        List.of(new SubmissionProblem("fecha", "required")),
        check(new BuzonRow(2, "1001", null, true, s, List.of())));
    LocalDate tomorrow = TODAY.plusDays(1);
    assertEquals(
        List.of(new SubmissionProblem("fecha", "future_date", tomorrow)),
        check(new BuzonRow(2, "1001", tomorrow, true, s, List.of())));
    assertEquals(
        List.of(new SubmissionProblem("fecha", "after_collection", LocalDate.of(2026, 3, 9))),
        BuzonFormRules.check(row(form()), TODAY, LocalDate.of(2026, 3, 9)));
    assertEquals(List.of(), check(new BuzonRow(2, "1001", TODAY, true, s, List.of())));
  }

  @Test
  void personalDataWithoutTheConsentMarkIsRefused() {
    BuzonRow unmarked =
        new BuzonRow(2, "1001", FORM_DATE, false, form().consent(null).build(), List.of());
    assertEquals(
        List.of(new SubmissionProblem("autoriza_datos", "consent_required")), check(unmarked));
  }

  @Test
  void aFormWithoutPersonalDataIsAnonymousAndNeedsNoMark() {
    Submission anonymous = form().names(null).phone(null).consent(null).anonymous(true).build();
    assertEquals(List.of(), check(new BuzonRow(2, "1001", FORM_DATE, false, anonymous, List.of())));
  }

  @Test
  void aColumnAlreadyReportedWhileReadingIsNotReportedAgain() {
    // given: the type could not be read, so the submission has none
    SubmissionProblem unreadable = new SubmissionProblem("tipo", "unknown_form_type", "Queso");
    BuzonRow row =
        new BuzonRow(
            2,
            "1001",
            FORM_DATE,
            true,
            form().type(null).subject(null).build(),
            List.of(unreadable));

    // when
    List<SubmissionProblem> problems = check(row);

    // then: the reading problem, and the subject the intake rules want; no "tipo required"
    assertEquals(List.of(unreadable, new SubmissionProblem("asunto", "required")), problems);
  }

  @ParameterizedTest
  @ValueSource(strings = {"si", "SI", "Sí", " sí ", "s", "S", "x", "X", "true", "TRUE", "1"})
  void affirmativeMarks(String mark) {
    assertTrue(BuzonFormRules.isAffirmative(mark));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"no", "N", "0", "false", "quizás", "sin marca"})
  void otherMarksAreNoConsent(String mark) {
    assertFalse(BuzonFormRules.isAffirmative(mark));
  }

  @Test
  void aFormIsReceivedOnItsDateAtEightAndItsConsentTooWithThePrintedPolicy() {
    assertEquals(LocalDateTime.of(2026, 3, 10, 8, 0), BuzonFormRules.receivedAt(FORM_DATE));
    assertEquals(
        new Consent("formulario-GO-RG-04", LocalDateTime.of(2026, 3, 10, 8, 0)),
        BuzonFormRules.consent(FORM_DATE));
    assertEquals("buzon:formulario:1001", BuzonFormRules.sourceKey("1001"));
  }
}
