package co.ventanilla.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmissionProblemTest {

  private static final Locale ES_CO = Locale.forLanguageTag("es-CO");

  @ParameterizedTest(name = "{0}/{1} in es-CO")
  @CsvSource(
      delimiter = '|',
      value = {
        "correo|required|El campo correo es obligatorio.",
        "descripcion|required|El campo descripción es obligatorio.",
        "telefono|required|El campo teléfono es obligatorio.",
        "numero_documento|required|El campo número de documento es obligatorio.",
        "correo|invalid_email|El campo correo no es un correo electrónico válido.",
        "correo|contact_required|Indique al menos un correo, un teléfono o una dirección para"
            + " responderle, o marque la solicitud como anónima."
      })
  void messagesAreInSpanishForColombia(String field, String code, String expected) {
    assertEquals(expected, new SubmissionProblem(field, code).message(ES_CO));
  }

  @ParameterizedTest(name = "{0}/{1} in English")
  @CsvSource(
      delimiter = '|',
      value = {
        "correo|required|The field email is required.",
        "descripcion|required|The field description is required.",
        "sede|required|The field site is required.",
        "correo|invalid_email|The field email is not a valid email address.",
        "correo|contact_required|Give at least an email, a phone or an address so we can answer,"
            + " or mark the submission as anonymous."
      })
  void messagesAreInEnglishWhenAskedFor(String field, String code, String expected) {
    assertEquals(expected, new SubmissionProblem(field, code).message(Locale.ENGLISH));
  }

  @Test
  void theArgumentGoesIntoTheMessage() {
    // given
    SubmissionProblem tooLong = new SubmissionProblem("asunto", "too_long", 300);

    // then
    assertEquals("El campo asunto admite como máximo 300 caracteres.", tooLong.message(ES_CO));
    assertEquals(
        "The field subject allows at most 300 characters.", tooLong.message(Locale.ENGLISH));
  }

  @Test
  void largeNumbersArePrintedPlainWhateverTheServerLocale() {
    // given
    SubmissionProblem tooLong = new SubmissionProblem("descripcion", "too_long", 100_000);
    Locale before = Locale.getDefault();
    try {
      // when
      Locale.setDefault(Locale.US);
      String spanishOnUsServer = tooLong.message(ES_CO);
      Locale.setDefault(ES_CO);
      String englishOnColombianServer = tooLong.message(Locale.ENGLISH);

      // then
      assertEquals("El campo descripción admite como máximo 100000 caracteres.", spanishOnUsServer);
      assertEquals(
          "The field description allows at most 100000 characters.", englishOnColombianServer);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void anUnknownTypeListsTheValidCodes() {
    // given
    SubmissionProblem unknown =
        new SubmissionProblem("tipo", "unknown_type", SubmissionRules.typeCodes());

    // then
    assertEquals(
        "El tipo no es válido. Use uno de: peticion, peticion_particular, solicitud_informacion,"
            + " consulta, queja, reclamo, sugerencia, felicitacion, denuncia, consulta_datos,"
            + " reclamo_datos.",
        unknown.message(ES_CO));
    assertEquals(
        "The type is not valid. Use one of: peticion, peticion_particular, solicitud_informacion,"
            + " consulta, queja, reclamo, sugerencia, felicitacion, denuncia, consulta_datos,"
            + " reclamo_datos.",
        unknown.message(Locale.ENGLISH));
  }

  @Test
  void aFieldWithoutLabelIsNamedByItsCode() {
    assertEquals(
        "El campo placa_vehiculo es obligatorio.",
        new SubmissionProblem("placa_vehiculo", "required").message(ES_CO));
  }

  @Test
  void otherLanguagesGetSpanishEvenWhenTheServerDefaultsToEnglish() {
    // given
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      // when
      String german = new SubmissionProblem("correo", "required").message(Locale.GERMAN);
      String spanish =
          new SubmissionProblem("correo", "required").message(Locale.forLanguageTag("es"));

      // then
      assertEquals("El campo correo es obligatorio.", german);
      assertEquals("El campo correo es obligatorio.", spanish);
    } finally {
      Locale.setDefault(before);
    }
  }
}
