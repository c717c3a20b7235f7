package co.ventanilla.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionRulesTest {

  /** A complete queja, as the web form would send it. */
  private static Submission.Builder queja() {
    return Submission.builder(Channel.WEB)
        .type(PqrsType.QUEJA)
        .names("Martha Lucía Rodríguez Peña")
        .document("CC", "52431876")
        .email("martha.rodriguez@example.com")
        .phone("310 482 5531")
        .address("Calle 74 No. 25-30")
        .agency("Bogotá D.C.")
        .subject("Guarda dormido en la portería")
        .description("A las 3:10 a. m. el guarda de la portería estaba dormido.");
  }

  private static List<SubmissionProblem> check(Submission.Builder builder) {
    return SubmissionRules.check(builder.build());
  }

  @Test
  void aCompleteSubmissionHasNoProblem() {
    assertEquals(List.of(), check(queja()));
  }

  @Test
  void theTypeIsRequired() {
    assertEquals(List.of(new SubmissionProblem("tipo", "required")), check(queja().type(null)));
  }

  @Test
  void theChannelIsRequired() {
    // given: a translator that did not say where the submission came from
    Submission.Builder withoutChannel =
        Submission.builder(null)
            .type(PqrsType.QUEJA)
            .names("Martha Rodríguez")
            .email("martha@example.com")
            .subject("Asunto")
            .description("Descripción");

    // then
    assertEquals(List.of(new SubmissionProblem("canal", "required")), check(withoutChannel));
  }

  @Test
  void namesAreRequiredUnlessAnonymous() {
    assertEquals(List.of(new SubmissionProblem("nombres", "required")), check(queja().names(null)));
    assertEquals(List.of(new SubmissionProblem("nombres", "required")), check(queja().names(" ")));
  }

  @Test
  void someWayToAnswerIsRequiredUnlessAnonymous() {
    // given
    Submission.Builder noContact = queja().email(null).phone(null).address(null);

    // then
    assertEquals(List.of(new SubmissionProblem("correo", "contact_required")), check(noContact));
  }

  @Test
  void anEmailOrAPhoneOrAnAddressIsEnoughToAnswer() {
    Submission.Builder none = queja().email(null).phone(null).address(null);
    assertEquals(List.of(), check(none.email("ana@example.co")));
    none = queja().email(null).phone(null).address(null);
    assertEquals(List.of(), check(none.phone("(601) 745 3310")));
    none = queja().email(null).phone(null).address(null);
    assertEquals(List.of(), check(none.address("Carrera 26 No. 74-16")));
  }

  @Test
  void anAnonymousSubmissionNeedsNoNamesNorContact() {
    // given: a denuncia in the whistle-blower box
    Submission.Builder denuncia =
        Submission.builder(Channel.SUGGESTION_BOX)
            .type(PqrsType.DENUNCIA)
            .anonymous(true)
            .subject("Agresión de un supervisor a un guarda")
            .description("El supervisor empujó e insultó a un guarda en la bodega.");

    // then
    assertEquals(List.of(), check(denuncia));
  }

  @Test
  void anAnonymousSubmissionStillNeedsSubjectAndDescriptionAndAValidEmailIfGiven() {
    // given
    Submission.Builder denuncia =
        Submission.builder(Channel.WEB).type(PqrsType.DENUNCIA).anonymous(true).email("sin-arroba");

    // then
    assertEquals(
        List.of(
            new SubmissionProblem("correo", "invalid_email"),
            new SubmissionProblem("asunto", "required"),
            new SubmissionProblem("descripcion", "required")),
        check(denuncia));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ana",
        "ana@",
        "@example.com",
        "ana@example",
        "ana maria@example.com",
        "ana@@example.com",
        "ana@example..com",
        "ana@example.com."
      })
  void aMalformedEmailIsReported(String email) {
    assertEquals(
        List.of(new SubmissionProblem("correo", "invalid_email")), check(queja().email(email)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ana@example.co",
        "ana.maria+pqrs@example.com",
        "jac.centenario@barrio.example.co"
      })
  void aWellFormedEmailIsAccepted(String email) {
    assertEquals(List.of(), check(queja().email(email)));
  }

  @Test
  void anEmailLongerThan254CharactersIsTooLongRatherThanMalformed() {
    // given
    String local = "a".repeat(SubmissionRules.EMAIL_MAX - "@example.com".length() + 1);

    // then
    assertEquals(
        List.of(new SubmissionProblem("correo", "too_long", 254)),
        check(queja().email(local + "@example.com")));
    assertEquals(List.of(), check(queja().email(local.substring(1) + "@example.com")));
  }

  @Test
  void namesSubjectAndDescriptionHaveMaximumLengths() {
    assertEquals(List.of(), check(queja().names("n".repeat(200))));
    assertEquals(
        List.of(new SubmissionProblem("nombres", "too_long", 200)),
        check(queja().names("n".repeat(201))));
    assertEquals(List.of(), check(queja().subject("s".repeat(300))));
    assertEquals(
        List.of(new SubmissionProblem("asunto", "too_long", 300)),
        check(queja().subject("s".repeat(301))));
    assertEquals(List.of(), check(queja().description("d".repeat(100_000))));
    assertEquals(
        List.of(new SubmissionProblem("descripcion", "too_long", 100_000)),
        check(queja().description("d".repeat(100_001))));
  }

  @Test
  void theLengthOfAnonymousNamesIsStillChecked() {
    assertEquals(
        List.of(new SubmissionProblem("nombres", "too_long", 200)),
        check(queja().anonymous(true).names("n".repeat(201))));
  }

  @Test
  void subjectAndDescriptionAreRequired() {
    assertEquals(
        List.of(
            new SubmissionProblem("asunto", "required"),
            new SubmissionProblem("descripcion", "required")),
        check(queja().subject("   ").description(null)));
  }

  @Test
  void everyProblemIsReportedAtOnceInFieldOrder() {
    // given: nothing filled in but the channel
    Submission.Builder empty = Submission.builder(Channel.WEB);

    // when
    List<SubmissionProblem> problems = check(empty);

    // then
    assertEquals(
        List.of(
            new SubmissionProblem("tipo", "required"),
            new SubmissionProblem("nombres", "required"),
            new SubmissionProblem("correo", "contact_required"),
            new SubmissionProblem("asunto", "required"),
            new SubmissionProblem("descripcion", "required")),
        problems);
  }

  @Test
  void problemsOfDifferentKindsAreReportedTogether() {
    // given
    Submission.Builder bad =
        queja().type(null).email("no es correo").subject("s".repeat(301)).description(null);

    // when
    List<SubmissionProblem> problems = check(bad);

    // then
    assertEquals(
        List.of(
            new SubmissionProblem("tipo", "required"),
            new SubmissionProblem("correo", "invalid_email"),
            new SubmissionProblem("asunto", "too_long", 300),
            new SubmissionProblem("descripcion", "required")),
        problems);
  }

  @Test
  void typeCodesListsEveryCodeForMessages() {
    // when
    String codes = SubmissionRules.typeCodes();

    // then
    assertTrue(codes.startsWith("peticion, peticion_particular, solicitud_informacion"), codes);
    assertTrue(codes.endsWith("denuncia, consulta_datos, reclamo_datos"), codes);
  }
}
