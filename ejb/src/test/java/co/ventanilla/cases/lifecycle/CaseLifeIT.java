package co.ventanilla.cases.lifecycle;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static co.ventanilla.testing.JpaTestSupport.runInTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.answers.Answer;
import co.ventanilla.answers.SatisfactionRating;
import co.ventanilla.cases.CaseHistoryEntry;
import co.ventanilla.cases.CaseLink;
import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.Escalation;
import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.outbox.JpaOutbox;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.cases.persistence.JpaCaseRepository;
import co.ventanilla.cases.persistence.JpaOpenCases;
import co.ventanilla.cases.persistence.RadicadoCounter;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.StaffMember;
import co.ventanilla.organization.persistence.JpaOrganizationRepository;
import co.ventanilla.terms.TermPolicy;
import co.ventanilla.terms.TermPresets;
import co.ventanilla.testing.JpaTestSupport;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A case's whole life through the V2 schema on MariaDB, with EclipseLink outside the container:
 * every step runs in its own transaction on a fresh entity manager, as the container runs each call
 * of {@link CaseWorkflowService}, so what is checked is what was stored and read back.
 */
class CaseLifeIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final TermPolicy TERMS = new TermPolicy(TermPresets.LEY_1755, Cases.CALENDAR);
  private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 17, 10, 0);
  private static final StaffMember LEADER = StaffMember.user("carlos.mejia");

  @BeforeEach
  void emptyDatabase() {
    clean();
    runInTransaction(
        em ->
            new JpaOrganizationRepository(em)
                .store(new Area("Operaciones", "carlos.mejia", "operaciones@example.co")));
  }

  /**
   * Empties the shared schema with the common helper, which also empties reference tables, and puts
   * back the escalation ladder that V2 seeds.
   */
  @AfterAll
  static void clean() {
    JpaTestSupport.deleteAllCases();
    JpaTestSupport.execute(
        "INSERT IGNORE INTO escalation_level (level, name, mailbox) VALUES"
            + " (1, 'Atención al cliente', NULL), (2, 'Coordinador de área', NULL),"
            + " (3, 'Gerencia de operaciones', NULL), (4, 'Gerencia general', NULL)");
  }

  /** Runs {@code action} on the service as of {@code now}, in a transaction of its own. */
  private static void act(LocalDateTime now, Consumer<CaseWorkflowService> action) {
    runInTransaction(em -> action.accept(service(em, now)));
  }

  private static <T> T ask(LocalDateTime now, Function<CaseWorkflowService, T> action) {
    return inTransaction(em -> action.apply(service(em, now)));
  }

  private static CaseWorkflowService service(EntityManager em, LocalDateTime now) {
    CaseWorkflowService service = new CaseWorkflowService();
    service.cases = new JpaCaseRepository(em);
    service.openCases = new JpaOpenCases(em);
    service.organization = new JpaOrganizationRepository(em);
    service.outbox = new JpaOutbox(em);
    service.terms = TERMS;
    service.clock = Clock.fixed(now.atZone(BOGOTA).toInstant(), BOGOTA);
    return service;
  }

  /** Files a queja as intake does: next radicado, term of the preset, stored. */
  private static String file(LocalDateTime receivedAt, String subject) {
    return inTransaction(
        em -> {
          PqrsCase c =
              PqrsCase.file(
                  new RadicadoCounter(em).next("", receivedAt.getYear()),
                  "ABCDEFGHJK",
                  PqrsType.QUEJA,
                  Channel.WEB,
                  new Petitioner(
                      "Orlando Mina Carabalí",
                      "CC",
                      "16789012",
                      "orlando.mina@example.co",
                      null,
                      null,
                      false),
                  "Bogotá D.C.",
                  subject,
                  "La portería estuvo sola más de una hora.",
                  receivedAt,
                  null,
                  "web");
          c.startTerm(15, TERMS.calendar());
          new JpaCaseRepository(em).store(c);
          return c.radicado();
        });
  }

  private static <T> T onCase(String radicado, Function<PqrsCase, T> reading) {
    return read(
        em -> reading.apply(new JpaCaseRepository(em).findByRadicado(radicado).orElseThrow()));
  }

  private static List<String> history(String radicado) {
    return onCase(
        radicado,
        c ->
            c.history().stream()
                .map(h -> h.event() + ":" + h.fromState() + "→" + h.toState() + ":" + h.actor())
                .toList());
  }

  private static LocalDateTime day(int month, int day, int hour) {
    return LocalDateTime.of(2026, month, day, hour, 0);
  }

  @Test
  void aCaseLivesFromFilingToClosing() {
    // given
    String radicado = file(RECEIVED, "Guarda ausente de la portería");

    // when
    act(day(3, 17, 11), s -> s.assign(radicado, "recepcion", "Operaciones", "ana.rojas", null));
    act(day(3, 18, 9), s -> s.draftAnswer(radicado, "ana.rojas", "Primera versión."));
    act(day(3, 19, 9), s -> s.returnAnswer(radicado, LEADER, "Falta decir qué medida se tomó."));
    act(day(3, 20, 9), s -> s.draftAnswer(radicado, "ana.rojas", "El guarda fue reemplazado."));
    act(day(3, 24, 9), s -> s.approveAnswer(radicado, LEADER, "Aprobada."));
    act(day(3, 24, 15), s -> s.sendAnswer(radicado, "ana.rojas"));
    act(day(3, 30, 10), s -> s.recordPetitionerResponse(radicado, "directora.sig", true, 5));
    act(day(3, 31, 10), s -> s.close(radicado, "directora.sig", null));

    // then: the history, in order, as stored
    assertEquals(
        List.of(
            "FILED:null→RADICADO:web",
            "ASSIGNED:RADICADO→ASIGNADO:recepcion",
            "PROCESSING_STARTED:ASIGNADO→EN_TRAMITE:ana.rojas",
            "ANSWER_DRAFTED:EN_TRAMITE→RESPUESTA_PROYECTADA:ana.rojas",
            "ANSWER_RETURNED:RESPUESTA_PROYECTADA→EN_TRAMITE:carlos.mejia",
            "ANSWER_DRAFTED:EN_TRAMITE→RESPUESTA_PROYECTADA:ana.rojas",
            "ANSWER_APPROVED:RESPUESTA_PROYECTADA→RESPUESTA_APROBADA:carlos.mejia",
            "ANSWER_SENT:RESPUESTA_APROBADA→RESPONDIDO:ana.rojas",
            "PETITIONER_RESPONSE:RESPONDIDO→RESPONDIDO:directora.sig",
            "CLOSED:RESPONDIDO→CERRADO:directora.sig"),
        history(radicado));

    // and the case and its answer versions
    onCase(
        radicado,
        c -> {
          assertEquals(CaseState.CERRADO, c.state());
          assertEquals("Operaciones", c.area().name());
          assertEquals("ana.rojas", c.responsible());
          assertEquals(day(3, 24, 15), c.answeredAt());
          assertEquals(day(3, 31, 10), c.closedAt());
          assertEquals(Boolean.TRUE, c.petitionerAccepted());
          assertEquals(SatisfactionRating.EXCELLENT, c.satisfaction().orElseThrow());
          assertEquals(
              List.of("1:RETURNED:Primera versión.", "2:SENT:El guarda fue reemplazado."),
              c.answers().stream()
                  .map(a -> a.number() + ":" + a.status() + ":" + a.text())
                  .toList());
          Answer returned = c.answers().get(0);
          assertEquals("Falta decir qué medida se tomó.", returned.reviewNote());
          assertEquals("carlos.mejia", returned.reviewedBy());
          return null;
        });

    // and the mail waiting in the outbox
    List<OutboxMessage> mails = read(em -> new JpaOutbox(em).forCase(radicado));
    assertEquals(1, mails.size());
    assertEquals("orlando.mina@example.co", mails.get(0).recipient());
    assertEquals("Radicado " + radicado + ": respuesta a su solicitud", mails.get(0).subject());
    assertTrue(mails.get(0).body().startsWith("El guarda fue reemplazado."));
    assertEquals(0, mails.get(0).attempts());

    // and nothing more can happen to it
    CaseRuleViolation frozen =
        assertThrows(
            CaseRuleViolation.class,
            () -> act(day(4, 1, 9), s -> s.draftAnswer(radicado, "ana.rojas", "Otra.")));
    assertEquals(
        "El caso " + radicado + " está Cerrado: un caso terminado no admite cambios.",
        frozen.getMessage());
    assertEquals(10, history(radicado).size());
  }

  @Test
  void theTimerEscalatesAnOverdueCandidateAndMailsTheAreaCoordinator() {
    // given: due 2026-04-10; on 04-07 80 % of the term has elapsed; the other is recent
    String overdue = file(RECEIVED, "Guarda dormido");
    String recent = file(day(4, 1, 9), "Uniforme incompleto");
    act(day(3, 17, 11), s -> s.assign(overdue, "recepcion", "Operaciones", "ana.rojas", null));

    // when
    List<Escalation> escalated =
        ask(day(4, 7, 6), s -> s.escalateOverdueCandidates(LocalDate.of(2026, 4, 7), 0.8));
    List<Escalation> again =
        ask(day(4, 8, 6), s -> s.escalateOverdueCandidates(LocalDate.of(2026, 4, 8), 0.8));

    // then
    assertEquals(List.of(overdue), escalated.stream().map(Escalation::radicado).toList());
    assertTrue(again.isEmpty());
    int overdueLevel = onCase(overdue, PqrsCase::escalationLevel);
    int recentLevel = onCase(recent, PqrsCase::escalationLevel);
    assertEquals(2, overdueLevel);
    assertEquals(1, recentLevel);
    assertEquals(
        "ESCALATED:ASIGNADO→ASIGNADO:sistema", history(overdue).get(history(overdue).size() - 1));
    List<OutboxMessage> mails = read(em -> new JpaOutbox(em).forCase(overdue));
    assertEquals(1, mails.size());
    assertEquals("operaciones@example.co", mails.get(0).recipient());
    assertEquals(
        "Radicado " + overdue + ": caso escalado al nivel 2 (Coordinador de área)",
        mails.get(0).subject());
    assertEquals(1, read(em -> new JpaOutbox(em).pending(10)).size());
  }

  @Test
  void aTrasladoRecordsTheAuthorityAndTellsThePetitioner() {
    // given
    String radicado = file(RECEIVED, "Denuncia de hurto en la vía pública");

    // when
    act(
        day(3, 20, 9),
        s ->
            s.transfer(
                radicado, "recepcion", "Policía Nacional", "Hechos ocurridos fuera del puesto."));

    // then
    assertEquals(
        List.of("FILED:null→RADICADO:web", "TRASLADO:RADICADO→TRASLADADO:recepcion"),
        history(radicado));
    assertEquals("Policía Nacional", onCase(radicado, PqrsCase::trasladoAuthority));
    OutboxMessage notice = read(em -> new JpaOutbox(em).forCase(radicado)).get(0);
    assertTrue(notice.body().contains("La hemos trasladado a Policía Nacional"), notice.body());
  }

  @Test
  void theTermEventsAreStoredAndRebuildTheSameTerm() {
    // given
    String radicado = file(RECEIVED, "Falta información");

    // when
    act(day(3, 24, 9), s -> s.requestInformation(radicado, "ana.rojas", "Indique la fecha."));
    boolean waiting = onCase(radicado, PqrsCase::awaitingInformation);
    act(day(4, 13, 9), s -> s.informationReceived(radicado, "ana.rojas", null));
    act(
        day(4, 20, 9),
        s -> s.extendTerm(radicado, "ana.rojas", LocalDate.of(2026, 5, 6), "Visita al puesto."));

    // then
    assertTrue(waiting);
    assertEquals(LocalDate.of(2026, 5, 6), onCase(radicado, PqrsCase::dueDate));
    assertEquals(
        LocalDate.of(2026, 5, 6),
        onCase(radicado, c -> c.term(TERMS.calendar()).orElseThrow().dueDate()));
    int events = onCase(radicado, c -> c.termEvents().size());
    assertEquals(3, events);
    List<String> mails =
        read(em -> new JpaOutbox(em).forCase(radicado).stream().map(m -> m.subject()).toList());
    assertEquals(
        List.of(
            "Radicado " + radicado + ": le pedimos completar su solicitud",
            "Radicado " + radicado + ": ampliación del plazo de respuesta"),
        mails);
  }

  @Test
  void linkedCasesListEachOtherAfterReloading() {
    String first = file(RECEIVED, "Guarda ausente");
    String second = file(day(3, 18, 9), "Guarda ausente otra vez");

    act(day(3, 18, 10), s -> s.link(second, first, "recepcion", "Mismo puesto."));

    assertEquals(
        List.of(second),
        onCase(first, c -> c.links().stream().map(CaseLink::linkedRadicado).toList()));
    assertEquals(
        List.of(first),
        onCase(second, c -> c.links().stream().map(CaseLink::linkedRadicado).toList()));
    assertEquals("Mismo puesto.", onCase(first, c -> c.links().get(0).note()));
  }

  @Test
  void aRefusedActionLeavesNothingBehind() {
    String radicado = file(RECEIVED, "Guarda ausente");

    assertThrows(
        CaseRuleViolation.class,
        () -> act(day(3, 18, 9), s -> s.approveAnswer(radicado, LEADER, null)));

    assertEquals(CaseState.RADICADO, onCase(radicado, PqrsCase::state));
    assertEquals(1, history(radicado).size());
    CaseHistoryEntry filed = onCase(radicado, c -> c.history().get(0));
    assertEquals("Radicado " + radicado, filed.note());
  }
}
