package co.ventanilla.correspondence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.ventanilla.cases.PqrsType;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The type a mail's subject names in its first word. */
class MailIntakeServiceTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "Queja por mal servicio | QUEJA",
        "RECLAMO: factura de marzo | RECLAMO",
        "Petición de copia del contrato | PETICION",
        "Felicitaciones al guarda Pérez | FELICITACION",
        "Sugerencia - parqueadero | SUGERENCIA",
        "denuncia | DENUNCIA",
        "Consulta sobre horarios | CONSULTA",
        "Q: portería | none",
        "Re: Queja | none",
        "Solicito información | none",
        "¿Quejas? | none",
        "Consulta de datos personales | CONSULTA_DATOS",
        "Habeas data: qué información tienen de mí | CONSULTA_DATOS",
        "Solicito supresión de mis datos personales | RECLAMO_DATOS",
        "Reclamo - Ley 1581: actualizar mi dirección | RECLAMO_DATOS",
        "Revocación de la autorización de tratamiento de datos personales | RECLAMO_DATOS"
      })
  void theFirstWordOfTheSubjectMayNameTheType(String subject, PqrsType type) {
    assertEquals(Optional.ofNullable(type), MailIntakeService.typeOf(subject));
  }
}
