package co.ventanilla.cases.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseEvent;
import co.ventanilla.cases.CaseHistoryEntry;
import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.PqrsCase;
import org.junit.jupiter.api.Test;

/** A case whose agency as received matched none waits for reception to choose it (#18, 5). */
class PqrsCaseAgencyTest {

  @Test
  void receptionChoosesTheAgencyAndTheHistoryKeepsTheTextReceived() {
    PqrsCase c = Cases.queja();
    c.flagAgencyUnconfirmed();
    assertTrue(c.agencyUnconfirmed());

    c.confirmAgency("recepcion", Cases.RECEIVED.plusHours(1), "Medellín");

    assertFalse(c.agencyUnconfirmed());
    assertEquals("Medellín", c.agency());
    CaseHistoryEntry last = c.history().get(c.history().size() - 1);
    assertEquals(CaseEvent.AGENCY_CONFIRMED, last.event());
    assertEquals("Sede confirmada: Medellín (recibida como «Bogotá D.C.»).", last.note());
  }

  @Test
  void aBlankChoiceIsRefusedAndTheCaseKeepsItsAgency() {
    PqrsCase c = Cases.queja();

    assertEquals(
        "Elija la sede del caso entre las configuradas.",
        assertThrows(
                CaseRuleViolation.class,
                () -> c.confirmAgency("recepcion", Cases.RECEIVED.plusHours(1), " "))
            .getMessage());
    assertFalse(c.agencyUnconfirmed());
    assertEquals("Bogotá D.C.", c.agency());
  }
}
