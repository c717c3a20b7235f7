package co.ventanilla.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PqrsTypeTest {

  @ParameterizedTest
  @EnumSource(PqrsType.class)
  void everyTypeIsReadBackFromItsOwnCode(PqrsType type) {
    // when
    Optional<PqrsType> parsed = PqrsType.parse(type.code());

    // then
    assertEquals(Optional.of(type), parsed);
  }

  @Test
  void codesAreTheLowerCaseSpanishNamesWithoutAccents() {
    assertEquals("peticion", PqrsType.PETICION.code());
    assertEquals("solicitud_informacion", PqrsType.SOLICITUD_INFORMACION.code());
    assertEquals("felicitacion", PqrsType.FELICITACION.code());
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "Petición, PETICION",
    "PETICIÓN, PETICION",
    "'  queja  ', QUEJA",
    "Reclamo, RECLAMO",
    "Sugerencia, SUGERENCIA",
    "Felicitación, FELICITACION",
    "Denuncia, DENUNCIA",
    "Consulta, CONSULTA",
    "Petición particular, PETICION_PARTICULAR",
    "petición-particular, PETICION_PARTICULAR",
    "Solicitud información, SOLICITUD_INFORMACION",
    "SOLICITUD   INFORMACIÓN, SOLICITUD_INFORMACION"
  })
  void namesAreReadWithOrWithoutAccentsCaseOrSeparators(String text, PqrsType expected) {
    assertEquals(Optional.of(expected), PqrsType.parse(text));
  }

  @ParameterizedTest(name = "initial \"{0}\" is {1}")
  @CsvSource({
    "P, PETICION",
    "p, PETICION",
    "Q, QUEJA",
    "R, RECLAMO",
    "S, SUGERENCIA",
    "F, FELICITACION",
    "D, DENUNCIA",
    "I, SOLICITUD_INFORMACION",
    "C, CONSULTA",
    "' r ', RECLAMO"
  })
  void initialsOfThePaperFormAreRead(String initial, PqrsType expected) {
    assertEquals(Optional.of(expected), PqrsType.parse(initial));
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "Solicitud de información, SOLICITUD_INFORMACION",
    "solicitud de documentos, SOLICITUD_INFORMACION",
    "Petición general, PETICION",
    "Petición interés general, PETICION",
    "peticion interes particular, PETICION_PARTICULAR",
    "Elogio, FELICITACION",
    "Agradecimiento, FELICITACION",
    "Felicitaciones, FELICITACION"
  })
  void aliasesUsedInTheSeedsAreRead(String text, PqrsType expected) {
    assertEquals(Optional.of(expected), PqrsType.parse(text));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "X", "7", "queja formal", "reclamación", "pqrs"})
  void anythingElseIsNoType(String text) {
    assertEquals(Optional.empty(), PqrsType.parse(text));
  }
}
