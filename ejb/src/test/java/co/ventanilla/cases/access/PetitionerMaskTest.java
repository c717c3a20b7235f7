package co.ventanilla.cases.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.Channel;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.Radicado;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PetitionerMaskTest {

  private static PqrsCase withPetitioner(String names, String document, String email) {
    return PqrsCase.file(
        new Radicado("", 2026, 41),
        "QWERTYUPAS",
        PqrsType.QUEJA,
        Channel.EMAIL,
        new Petitioner(names, "CC", document, email, "3104567890", null, false),
        "Bogotá",
        "Guarda ausente",
        "La portería estuvo sola.",
        LocalDateTime.of(2026, 11, 3, 9, 0),
        null,
        "recepcion");
  }

  @Test
  void aMaskedReaderSeesNoNameDocumentMailPhoneOrTrackingCodeInFreeText() {
    PqrsCase c = withPetitioner("María Fernanda Rojas", "52123456", "maria@example.com");
    PetitionerMask mask = PetitionerMask.of(c, true);

    String text =
        mask.text(
            "Señora MARÍA FERNANDA ROJAS (CC 52123456, maria@example.com): su código es "
                + c.trackingCode()
                + ". Atentamente, respondimos a la señora Rojas.");

    assertTrue(mask.masks());
    assertFalse(text.toLowerCase().contains("maría"), text);
    assertFalse(text.contains("Rojas"), text);
    assertFalse(text.contains("52123456"), text);
    assertFalse(text.contains("maria@example.com"), text);
    assertFalse(text.contains(c.trackingCode()), text);
    assertTrue(text.contains(PetitionerMask.RESERVED), text);
  }

  @Test
  void aReaderWhoSeesThePetitionerGetsTheTextAsItIs() {
    PqrsCase c = withPetitioner("María Fernanda Rojas", "52123456", "maria@example.com");
    PetitionerMask mask = PetitionerMask.of(c, false);

    assertFalse(mask.masks());
    assertEquals("Hola María", mask.text("Hola María"));
  }
}
