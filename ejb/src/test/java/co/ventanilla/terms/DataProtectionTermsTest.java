package co.ventanilla.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.calendar.ColombianHolidays;
import co.ventanilla.cases.PqrsType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The terms of the personal-data requests, Ley 1581 de 2012 arts. 14 and 15. */
class DataProtectionTermsTest {

  private static final BusinessCalendar WEEKDAYS = new BusinessCalendar(new ColombianHolidays());
  private static final BusinessCalendar WITH_SATURDAYS =
      new BusinessCalendar(new ColombianHolidays(), true);
  private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 17); // Tuesday

  private final TermPolicy policy = new TermPolicy(TermPresets.LEY_1755, WEEKDAYS);

  private CaseTerm consulta(BusinessCalendar calendar) {
    int days = policy.termDays(PqrsType.CONSULTA_DATOS, null).getAsInt();
    return CaseTerm.start(RECEIVED, days, calendar, TermLaw.of(PqrsType.CONSULTA_DATOS));
  }

  private CaseTerm reclamo(BusinessCalendar calendar) {
    int days = policy.termDays(PqrsType.RECLAMO_DATOS, null).getAsInt();
    return CaseTerm.start(RECEIVED, days, calendar, TermLaw.of(PqrsType.RECLAMO_DATOS));
  }

  @Test
  void everyPresetGivesTheDataRequestsTheirLegalTerms() {
    for (TermPreset preset : TermPresets.all()) {
      assertEquals(10, preset.table().typeTerm(PqrsType.CONSULTA_DATOS).getAsInt(), preset.id());
      assertEquals(15, preset.table().typeTerm(PqrsType.RECLAMO_DATOS).getAsInt(), preset.id());
    }
  }

  @Test
  void consultaIsDueTenBusinessDaysAfterReceiptSkippingSanJose() {
    // 03-23 is San José (moved to Monday): 18, 19, 20, 24, 25, 26, 27, 30, 31, 04-01
    assertEquals(LocalDate.of(2026, 4, 1), consulta(WEEKDAYS).dueDate());
  }

  @Test
  void reclamoIsDueFifteenBusinessDaysAfterReceipt() {
    // Holy Thursday and Good Friday (04-02, 04-03) are holidays
    assertEquals(LocalDate.of(2026, 4, 10), reclamo(WEEKDAYS).dueDate());
  }

  @Test
  void saturdaysCountWhenTheOrganizationWorksThem() {
    assertEquals(LocalDate.of(2026, 3, 30), consulta(WITH_SATURDAYS).dueDate());
    assertEquals(LocalDate.of(2026, 4, 7), reclamo(WITH_SATURDAYS).dueDate());
  }

  @Test
  void consultaIsExtendedOnceByFiveBusinessDays() {
    CaseTerm term = consulta(WEEKDAYS);
    LocalDate due = term.dueDate();
    LocalDate max = WEEKDAYS.addBusinessDays(due, 5);
    assertEquals(max, term.maxExtendedDueDate());
    CaseTerm extended = term.extend(due, max, "Revisión de archivos históricos");
    assertEquals(LocalDate.of(2026, 4, 10), extended.dueDate());
    TermRuleViolation twice =
        assertThrows(
            TermRuleViolation.class,
            () -> extended.extend(extended.dueDate(), WEEKDAYS.addBusinessDays(max, 1), "otra"));
    assertTrue(twice.getMessage().contains("una sola ampliación"), twice.getMessage());
    assertTrue(twice.getMessage().contains("Ley 1581 de 2012, art. 14"), twice.getMessage());
  }

  @Test
  void consultaExtensionBeyondFiveDaysIsRefused() {
    CaseTerm term = consulta(WEEKDAYS);
    TermRuleViolation tooLong =
        assertThrows(
            TermRuleViolation.class,
            () ->
                term.extend(
                    RECEIVED, WEEKDAYS.addBusinessDays(term.dueDate(), 6), "Demora del archivo"));
    assertTrue(tooLong.getMessage().contains("5 días hábiles"), tooLong.getMessage());
  }

  @Test
  void reclamoIsExtendedOnceByEightBusinessDays() {
    CaseTerm term = reclamo(WEEKDAYS);
    LocalDate max = WEEKDAYS.addBusinessDays(term.dueDate(), 8);
    assertEquals(LocalDate.of(2026, 4, 22), max);
    assertThrows(
        TermRuleViolation.class,
        () -> term.extend(RECEIVED, WEEKDAYS.addBusinessDays(term.dueDate(), 9), "Demora"));
    CaseTerm extended = term.extend(RECEIVED, max, "Verificación con el área de nómina");
    assertEquals(max, extended.dueDate());
    assertThrows(
        TermRuleViolation.class,
        () -> extended.extend(RECEIVED, WEEKDAYS.addBusinessDays(max, 1), "otra"));
  }

  @Test
  void theLawOfPetitionsStillAllowsSeveralAmpliacionesUpToTwiceTheTerm() {
    CaseTerm term = CaseTerm.start(RECEIVED, 15, WEEKDAYS);
    CaseTerm once = term.extend(RECEIVED, WEEKDAYS.addBusinessDays(term.dueDate(), 5), "a");
    CaseTerm twice = once.extend(RECEIVED, WEEKDAYS.addBusinessDays(once.dueDate(), 10), "b");
    assertEquals(WEEKDAYS.addBusinessDays(RECEIVED, 30), twice.dueDate());
  }

  @Test
  void incompleteReclamoIsAskedWithinFiveDaysAndWithdrawnAfterTwoMonthsWithoutProrroga() {
    CaseTerm term = reclamo(WEEKDAYS);
    // 5 business days after 03-17: 18, 19, 20, 24, 25
    assertEquals(LocalDate.of(2026, 3, 25), term.informationRequestDeadline());
    assertThrows(TermRuleViolation.class, () -> term.suspend(LocalDate.of(2026, 3, 26)));
    CaseTerm asked = term.suspend(LocalDate.of(2026, 3, 18));
    // two months: 05-18, Ascensión moved to Monday, so the next business day
    assertEquals(LocalDate.of(2026, 5, 19), asked.desistimientoDeadline());
    assertFalse(asked.isDesisted(LocalDate.of(2026, 5, 19)));
    assertTrue(asked.isDesisted(LocalDate.of(2026, 5, 20)));
    TermRuleViolation prorroga =
        assertThrows(
            TermRuleViolation.class, () -> asked.extendInformationPeriod(LocalDate.of(2026, 4, 1)));
    assertTrue(prorroga.getMessage().contains("no admite prórroga"), prorroga.getMessage());
  }

  @Test
  void reclamoOutsideCompetenceIsForwardedWithinTwoBusinessDays() {
    assertEquals(LocalDate.of(2026, 3, 19), reclamo(WEEKDAYS).trasladoDeadline());
    assertEquals(LocalDate.of(2026, 3, 25), consulta(WEEKDAYS).trasladoDeadline());
  }

  @Test
  void theLawOfEachTypeNamesItsArticle() {
    assertEquals("Ley 1581 de 2012, art. 14", TermLaw.of(PqrsType.CONSULTA_DATOS).termBasis());
    assertEquals("Ley 1581 de 2012, art. 15", TermLaw.of(PqrsType.RECLAMO_DATOS).termBasis());
    assertEquals("Ley 1755 de 2015, art. 14", TermLaw.of(PqrsType.RECLAMO).termBasis());
  }
}
