package co.ventanilla.platform;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseSort;
import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.CaseVisibility;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.persistence.JpaCaseRepository;
import co.ventanilla.intake.StandaloneIntake;
import co.ventanilla.intake.Submission;
import co.ventanilla.testing.JpaTestSupport;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoDataIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 15, 10, 30);
  private static final Clock CLOCK = Clock.fixed(NOW.atZone(BOGOTA).toInstant(), BOGOTA);

  @BeforeEach
  void emptyDatabase() {
    JpaTestSupport.deleteAllCases();
  }

  /** The bean as the container would wire it, on the entity manager of the current transaction. */
  private static DemoData demoData(EntityManager em) {
    DemoData demoData = new DemoData();
    demoData.intake = StandaloneIntake.on(em, CLOCK, null);
    demoData.mailIntake =
        co.ventanilla.correspondence.StandaloneCorrespondence.mailIntake(em, CLOCK, null);
    demoData.cases = new JpaCaseRepository(em);
    demoData.em = em;
    demoData.contents = new co.ventanilla.attachments.ContentStore(em);
    demoData.clock = CLOCK;
    demoData.enabled = true;
    demoData.directory =
        new co.ventanilla.staff.StaffDirectory(
            em,
            CLOCK,
            new co.ventanilla.testing.TestPasswordHash(),
            co.ventanilla.staff.LockoutPolicy.DEFAULT);
    demoData.organization =
        new co.ventanilla.organization.persistence.JpaOrganizationRepository(em);
    demoData.terms =
        new co.ventanilla.terms.TermPolicy(
            co.ventanilla.terms.TermPresets.LEY_1755,
            co.ventanilla.calendar.BusinessCalendar.colombia());
    demoData.password = java.util.Optional.of("Clave-Demostracion-2026");
    return demoData;
  }

  private static List<CaseSummary> allCases() {
    return read(
        em ->
            new JpaCaseRepository(em)
                .page(
                    CaseFilter.ALL,
                    CaseVisibility.everything(),
                    LocalDate.now(CLOCK),
                    true,
                    CaseSort.MOST_URGENT,
                    0,
                    500,
                    null));
  }

  @Test
  void anEmptyDatabaseGetsEveryDemoCaseThroughIntake() {
    // when
    int filed = inTransaction(em -> demoData(em).fillIfEmpty());

    // then
    List<CaseSummary> cases = allCases();
    assertEquals(41, filed);
    assertEquals(41, cases.size());
    assertEquals(
        EnumSet.allOf(PqrsType.class),
        cases.stream()
            .map(CaseSummary::type)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(PqrsType.class))));
    assertEquals(
        EnumSet.allOf(Channel.class),
        cases.stream()
            .map(CaseSummary::channel)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class))));
    assertEquals(
        Set.of("Bogotá D.C.", "Medellín", "Cali", "Pereira", "Manizales"),
        cases.stream().map(CaseSummary::agency).collect(Collectors.toSet()));
    for (CaseSummary c : cases) {
      assertTrue(
          c.dueDate() != null && c.dueDate().isAfter(c.receivedAt().toLocalDate()), c.radicado());
    }
  }

  @Test
  void theQuarantineHoldsOneMailToDiscardAndOneToReimport() {
    inTransaction(em -> demoData(em).fillIfEmpty());
    inTransaction(em -> demoData(em).fillIfEmpty()); // a second start adds nothing

    List<co.ventanilla.correspondence.MailQuarantine> pending =
        read(
            em ->
                new co.ventanilla.correspondence.MailLedger(em)
                    .quarantine(co.ventanilla.correspondence.QuarantineStatus.PENDING, 0, 10));
    assertEquals(
        Set.of("Estado de mi solicitud", "Reclamo por cobro doble del servicio de escolta"),
        pending.stream()
            .map(co.ventanilla.correspondence.MailQuarantine::subject)
            .collect(Collectors.toSet()));
    assertEquals(
        Set.of(1, 3),
        pending.stream()
            .map(co.ventanilla.correspondence.MailQuarantine::attempts)
            .collect(Collectors.toSet()));
  }

  @Test
  void theDemoHasItsPeopleAndItsCasesMovedAlongAsATeamWouldWorkThem() {
    // when
    inTransaction(em -> demoData(em).fillIfEmpty());

    // then
    List<CaseSummary> cases = allCases();
    java.util.Map<co.ventanilla.cases.CaseState, Long> byState =
        cases.stream().collect(Collectors.groupingBy(CaseSummary::state, Collectors.counting()));
    assertTrue(
        byState.getOrDefault(co.ventanilla.cases.CaseState.CERRADO, 0L) >= 10, byState.toString());
    assertTrue(byState.containsKey(co.ventanilla.cases.CaseState.RADICADO), byState.toString());
    assertTrue(byState.containsKey(co.ventanilla.cases.CaseState.EN_TRAMITE), byState.toString());
    assertTrue(
        cases.stream().anyMatch(c -> c.overdueOn(NOW.toLocalDate())), "some cases are overdue");
    assertTrue(
        cases.stream()
            .filter(c -> c.state() != co.ventanilla.cases.CaseState.RADICADO)
            .allMatch(c -> c.areaName() != null && c.responsible() != null));
    co.ventanilla.staff.StaffDirectory.LoginResult login =
        inTransaction(
            em ->
                demoData(em)
                    .directory
                    .authenticate("ana.rojas", "Clave-Demostracion-2026".toCharArray(), null));
    assertEquals(co.ventanilla.staff.LoginOutcome.SUCCESS, login.outcome());
    assertEquals(Set.of("responsable"), login.groups());
    long protectedNamed =
        read(em ->
                (Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM case_member m JOIN pqrs_case c ON c.id ="
                                + " m.case_id WHERE c.protected_case = TRUE AND m.user_name ="
                                + " 'directora.sig'")
                        .getSingleResult())
            .longValue();
    assertEquals(cases.stream().filter(CaseSummary::protectedCase).count(), protectedNamed);
    assertTrue(protectedNamed >= 3, "every demo denuncia is protected and its receiver named");
  }

  @Test
  void theCommitteeHasThreeSiniestrosInDifferentStates() {
    inTransaction(em -> demoData(em).fillIfEmpty());

    List<co.ventanilla.investigations.Investigation> all =
        read(
            em ->
                em
                    .createNamedQuery(
                        co.ventanilla.investigations.Investigation.ALL,
                        co.ventanilla.investigations.Investigation.class)
                    .getResultList()
                    .stream()
                    .peek(i -> i.parties().size())
                    .toList());
    assertEquals(3, all.size());
    assertTrue(all.stream().allMatch(i -> i.isMember("comite")), "the demo committee works them");
    assertEquals(
        Set.of(
            co.ventanilla.investigations.Modality.HURTO,
            co.ventanilla.investigations.Modality.INTENTO_INTRUSION,
            co.ventanilla.investigations.Modality.AGRESION),
        all.stream().map(i -> i.modality()).collect(Collectors.toSet()));
    assertEquals(1, all.stream().filter(i -> i.isClosed()).count());
    assertTrue(
        all.stream().anyMatch(i -> i.parties().stream().anyMatch(p -> p.isProtected())),
        "a protected witness");
    assertTrue(
        allCases().stream()
                .filter(c -> c.state() == co.ventanilla.cases.CaseState.EN_INVESTIGACION)
                .count()
            >= 3);
  }

  @Test
  void radicadosFollowTheOrderOfReception() {
    // when
    inTransaction(em -> demoData(em).fillIfEmpty());

    // then
    List<CaseSummary> byReception = new ArrayList<>(allCases());
    byReception.sort(
        Comparator.comparing(CaseSummary::receivedAt).thenComparing(CaseSummary::radicado));
    for (int i = 0; i < byReception.size(); i++) {
      assertEquals(String.format("2026-%06d", i + 1), byReception.get(i).radicado());
    }
    List<LocalDateTime> expectedTimes =
        DemoData.submissions(NOW).stream().map(Submission::receivedAt).toList();
    assertEquals(expectedTimes, byReception.stream().map(CaseSummary::receivedAt).toList());
  }

  @Test
  void anonymousDenunciasAreStoredWithoutPersonalData() {
    // when
    inTransaction(em -> demoData(em).fillIfEmpty());

    // then
    long anonymous =
        read(em ->
                (Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM pqrs_case WHERE anonymous = TRUE"
                                + " AND petitioner_names IS NULL AND petitioner_email IS NULL")
                        .getSingleResult())
            .longValue();
    assertEquals(
        DemoData.submissions(NOW).stream().filter(Submission::anonymous).count(), anonymous);
    assertTrue(anonymous >= 1);
  }

  @Test
  void aDatabaseThatAlreadyHasCasesIsLeftAlone() {
    // given
    inTransaction(
        em ->
            StandaloneIntake.on(em, CLOCK, null)
                .register(
                    Submission.builder(Channel.PHONE)
                        .type(PqrsType.QUEJA)
                        .names("Orlando Mina Carabalí")
                        .phone("317 654 3210")
                        .subject("Guarda ausente de la portería")
                        .description("La portería estuvo sola más de una hora.")
                        .build()));

    // when
    int filed = inTransaction(em -> demoData(em).fillIfEmpty());

    // then
    assertEquals(0, filed);
    assertEquals(1, allCases().size());
  }

  @Test
  void startingTwiceFilesTheDemoCasesOnceAndLogsHowMany() {
    // given
    List<String> messages = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            messages.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(DemoData.class.getName());
    logger.addHandler(capture);
    try {
      // when
      JpaTestSupport.runInTransaction(em -> demoData(em).start());
      JpaTestSupport.runInTransaction(em -> demoData(em).start());
    } finally {
      logger.removeHandler(capture);
    }

    // then
    assertEquals(41, allCases().size());
    assertEquals(2, messages.size(), messages.toString());
    assertTrue(
        messages.get(0).matches("Demo data: 41 cases filed; \\d+ worked on by the demo team.*"),
        messages.get(0));
    assertEquals("Demo data: the database already has cases; nothing filed", messages.get(1));
  }
}
