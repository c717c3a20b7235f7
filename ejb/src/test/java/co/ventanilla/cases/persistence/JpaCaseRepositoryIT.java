package co.ventanilla.cases.persistence;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseHistoryEntry;
import co.ventanilla.cases.CaseSort;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.CaseVisibility;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.Radicado;
import co.ventanilla.testing.JpaTestSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JpaCaseRepositoryIT {

  private static final Petitioner MARTHA =
      new Petitioner(
          "Martha Lucía Rodríguez Peña",
          "CC",
          "52431876",
          "martha.rodriguez@example.com",
          "310 482 5531",
          "Calle 74 No. 25-30",
          false);

  @BeforeEach
  void emptyDatabase() {
    JpaTestSupport.deleteAllCases();
  }

  /** Files a case the way intake does: next radicado, new case, store, in one transaction. */
  private static String file(
      PqrsType type, String subject, LocalDateTime receivedAt, LocalDate dueDate) {
    return inTransaction(
        em -> {
          Radicado radicado = new RadicadoCounter(em).next("", receivedAt.getYear());
          PqrsCase c =
              PqrsCase.file(
                  radicado,
                  "TRK" + radicado.number(),
                  type,
                  Channel.EMAIL,
                  MARTHA,
                  "Bogotá D.C.",
                  subject,
                  "Descripción: " + subject,
                  receivedAt,
                  "<" + radicado.number() + "@example.com>",
                  "servicioalcliente@example.co");
          c.setDueDate(dueDate);
          new JpaCaseRepository(em).store(c);
          return c.radicado();
        });
  }

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

  private static long count(CaseFilter filter) {
    return read(
        em ->
            new JpaCaseRepository(em)
                .count(filter, CaseVisibility.everything(), TODAY, true)
                .total());
  }

  private static List<String> page(CaseFilter filter, int first, int size) {
    return read(
        em ->
            new JpaCaseRepository(em)
                    .page(
                        filter,
                        CaseVisibility.everything(),
                        TODAY,
                        true,
                        CaseSort.MOST_URGENT,
                        first,
                        size,
                        null)
                    .stream()
                    .map(CaseSummary::radicado)
                    .toList());
  }

  private static CaseFilter text(String text) {
    return CaseFilter.builder().text(text).build();
  }

  private static CaseFilter of(PqrsType type, CaseState state) {
    return CaseFilter.builder().type(type).state(state).build();
  }

  private static String r(int number) {
    return String.format("2026-%06d", number);
  }

  private static List<String> radicados(int... numbers) {
    return java.util.Arrays.stream(numbers).mapToObj(JpaCaseRepositoryIT::r).toList();
  }

  @Test
  void aStoredCaseIsFoundByItsRadicadoWithEverythingItWasFiledWith() {
    // given
    LocalDateTime received = LocalDateTime.of(2026, 3, 2, 8, 40, 15, 123_000_000);
    String radicado =
        file(PqrsType.QUEJA, "Guarda dormido en la portería", received, LocalDate.of(2026, 3, 24));

    // when
    Optional<PqrsCase> found = read(em -> new JpaCaseRepository(em).findByRadicado(radicado));

    // then
    assertTrue(found.isPresent());
    PqrsCase c = found.get();
    assertEquals("2026-000001", c.radicado());
    assertEquals("TRK1", c.trackingCode());
    assertEquals(PqrsType.QUEJA, c.type());
    assertEquals(Channel.EMAIL, c.channel());
    assertEquals(CaseState.RADICADO, c.state());
    assertEquals("Guarda dormido en la portería", c.subject());
    assertEquals("Descripción: Guarda dormido en la portería", c.description());
    assertEquals("Bogotá D.C.", c.agency());
    assertEquals(received, c.receivedAt());
    assertEquals(LocalDate.of(2026, 3, 24), c.dueDate());
    assertEquals("<1@example.com>", c.sourceReference());
    assertEquals("Martha Lucía Rodríguez Peña", c.petitioner().names());
    assertEquals("CC", c.petitioner().documentType());
    assertEquals("52431876", c.petitioner().documentNumber());
    assertEquals("martha.rodriguez@example.com", c.petitioner().email());
    assertEquals("310 482 5531", c.petitioner().phone());
    assertEquals("Calle 74 No. 25-30", c.petitioner().address());
    assertFalse(c.petitioner().anonymous());
  }

  @Test
  void filingWritesTheFirstHistoryEntry() {
    // given
    LocalDateTime received = LocalDateTime.of(2026, 3, 2, 8, 40);

    // when
    String radicado = file(PqrsType.RECLAMO, "Factura con dos puestos", received, null);

    // then
    List<CaseHistoryEntry> history =
        read(
            em ->
                List.copyOf(
                    new JpaCaseRepository(em).findByRadicado(radicado).orElseThrow().history()));
    assertEquals(1, history.size());
    CaseHistoryEntry first = history.get(0);
    assertNull(first.fromState());
    assertEquals(CaseState.RADICADO, first.toState());
    assertEquals(received, first.occurredAt());
    assertEquals("servicioalcliente@example.co", first.actor());
    assertEquals("Radicado 2026-000001", first.note());
    long rows =
        read(
            em ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT COUNT(*) FROM case_history h JOIN pqrs_case c"
                                    + " ON c.id = h.case_id WHERE c.radicado = ?")
                            .setParameter(1, radicado)
                            .getSingleResult())
                    .longValue());
    assertEquals(1, rows);
  }

  @Test
  void anUnknownRadicadoFindsNothing() {
    // given
    file(PqrsType.QUEJA, "Guarda dormido", LocalDateTime.of(2026, 3, 2, 8, 0), null);

    // then
    assertEquals(
        Optional.empty(), read(em -> new JpaCaseRepository(em).findByRadicado("2026-000002")));
    assertEquals(Optional.empty(), read(em -> new JpaCaseRepository(em).findByRadicado("2026-")));
  }

  /** Twelve cases of March 2026; radicado n is the n-th line below. */
  @Nested
  class Lists {

    @BeforeEach
    void twelveCases() {
      file(PqrsType.QUEJA, "Guarda dormido en la portería principal", at(2, 8), due(24));
      file(PqrsType.RECLAMO, "Factura con cobro de dos puestos", at(2, 9), due(16));
      file(PqrsType.QUEJA, "Uniforme incompleto en la PORTERIA norte", at(3, 10), due(16));
      file(PqrsType.SUGERENCIA, "Cámara de CCTV en el sótano", at(4, 11), due(25));
      file(PqrsType.FELICITACION, "Felicitación al guarda nocturno", at(5, 12), due(26));
      file(PqrsType.PETICION, "Copia del acta de la visita", at(5, 14), due(12));
      file(PqrsType.CONSULTA, "Consulta sobre el preaviso del contrato", at(6, 9), due(51));
      file(PqrsType.DENUNCIA, "Agresión a un guarda en la bodega", at(6, 10), due(9));
      file(PqrsType.RECLAMO, "Hurto de portátil en la oficina", at(9, 8), due(16));
      file(PqrsType.QUEJA, "Portería sola en el cambio de turno", at(9, 9), due(16));
      file(
          PqrsType.SOLICITUD_INFORMACION, "Registro de visitantes del sábado", at(10, 10), due(24));
      file(PqrsType.PETICION_PARTICULAR, "Certificado laboral", at(10, 11), due(31));
    }

    private LocalDateTime at(int day, int hour) {
      return LocalDateTime.of(2026, 3, day, hour, 0);
    }

    /** A day of March, or of April past 31. */
    private LocalDate due(int day) {
      return LocalDate.of(2026, 3, 1).plusDays(day - 1L);
    }

    @Test
    void withoutFilterEveryCaseIsCountedAndListedMostUrgentFirst() {
      // then: by due date, and among equal due dates by reception
      assertEquals(12, count(CaseFilter.ALL));
      assertEquals(radicados(8, 6, 2, 3, 9, 10, 1, 11, 4, 5, 12, 7), page(CaseFilter.ALL, 0, 50));
    }

    @Test
    void aPageIsASliceOfTheSameOrder() {
      assertEquals(radicados(9, 10, 1), page(CaseFilter.ALL, 4, 3));
      assertEquals(radicados(12, 7), page(CaseFilter.ALL, 10, 5));
      assertEquals(List.of(), page(CaseFilter.ALL, 12, 5));
    }

    @Test
    void aSummaryCarriesWhatTheInboxShows() {
      // when
      CaseSummary most =
          read(em ->
                  new JpaCaseRepository(em)
                      .page(
                          CaseFilter.ALL,
                          CaseVisibility.everything(),
                          TODAY,
                          true,
                          CaseSort.MOST_URGENT,
                          0,
                          1,
                          null))
              .get(0);

      // then
      assertEquals(
          new CaseSummary(
              r(8),
              PqrsType.DENUNCIA,
              Channel.EMAIL,
              CaseState.RADICADO,
              "Agresión a un guarda en la bodega",
              "Bogotá D.C.",
              at(6, 10),
              due(9),
              null,
              null,
              null,
              1,
              false,
              false,
              false,
              "Martha Lucía Rodríguez Peña"),
          most);
    }

    @Test
    void textMatchesTheStartOfTheRadicado() {
      // given
      CaseFilter filter = text("2026-00001");

      // then
      assertEquals(3, count(filter));
      assertEquals(radicados(10, 11, 12), page(filter, 0, 50));
    }

    @Test
    void textDoesNotMatchTheMiddleOfTheRadicado() {
      assertEquals(0, count(text("000012")));
    }

    @Test
    void textMatchesInsideTheSubjectRegardlessOfCaseAndAccents() {
      // given
      CaseFilter filter = text("porteria");

      // then
      assertEquals(3, count(filter));
      assertEquals(radicados(3, 10, 1), page(filter, 0, 50));
    }

    @Test
    void textIsTrimmedAndBlankTextFiltersNothing() {
      assertEquals(3, count(text("  guarda ")));
      assertEquals(12, count(text("   ")));
      assertEquals(12, count(text("")));
    }

    @Test
    void typeNarrowsToThatType() {
      // given
      CaseFilter quejas = of(PqrsType.QUEJA, null);

      // then
      assertEquals(3, count(quejas));
      assertEquals(radicados(3, 10, 1), page(quejas, 0, 50));
      assertEquals(0, count(of(PqrsType.PETICION, CaseState.CERRADO)));
    }

    @Test
    void stateNarrowsToThatState() {
      // given
      JpaTestSupport.execute(
          "UPDATE pqrs_case SET state = 'CERRADO' WHERE radicado = '" + r(3) + "'");

      // then
      assertEquals(1, count(of(null, CaseState.CERRADO)));
      assertEquals(radicados(3), page(of(null, CaseState.CERRADO), 0, 50));
      assertEquals(11, count(of(null, CaseState.RADICADO)));
      assertEquals(0, count(of(null, CaseState.EN_TRAMITE)));
    }

    @Test
    void awaitingInformationNarrowsToOpenCasesWaitingForThePetitioner() {
      // given: 4 and 6 wait for the petitioner (art. 17); 6 was then closed
      JpaTestSupport.execute(
          "UPDATE pqrs_case SET awaiting_information = 1 WHERE radicado IN ('"
              + r(4)
              + "', '"
              + r(6)
              + "')");
      JpaTestSupport.execute(
          "UPDATE pqrs_case SET state = 'CERRADO' WHERE radicado = '" + r(6) + "'");
      CaseFilter waiting = CaseFilter.builder().awaitingInformation(true).build();

      // then
      assertEquals(1, count(waiting));
      assertEquals(radicados(4), page(waiting, 0, 50));
      assertEquals(12, count(CaseFilter.builder().awaitingInformation(false).build()));
    }

    @Test
    void allConditionsMustHoldTogether() {
      // given
      JpaTestSupport.execute(
          "UPDATE pqrs_case SET state = 'CERRADO' WHERE radicado = '" + r(3) + "'");
      CaseFilter openQuejasAboutThePorteria =
          CaseFilter.builder()
              .text("portería")
              .type(PqrsType.QUEJA)
              .state(CaseState.RADICADO)
              .build();

      // then
      assertEquals(2, count(openQuejasAboutThePorteria));
      assertEquals(radicados(10, 1), page(openQuejasAboutThePorteria, 0, 50));
    }

    @Test
    void countAgreesWithTheRowsOfEveryPage() {
      CaseFilter reclamos = of(PqrsType.RECLAMO, null);
      assertEquals(count(reclamos), page(reclamos, 0, 50).size());
      assertEquals(radicados(2), page(reclamos, 0, 1));
      assertEquals(radicados(9), page(reclamos, 1, 1));
    }
  }
}
