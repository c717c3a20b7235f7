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
    demoData.cases = new JpaCaseRepository(em);
    demoData.clock = CLOCK;
    demoData.enabled = true;
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
    assertEquals(36, filed);
    assertEquals(36, cases.size());
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
    assertEquals(36, allCases().size());
    assertEquals(
        List.of(
            "Demo data: 36 cases filed",
            "Demo data: the database already has cases; nothing filed"),
        messages);
  }
}
