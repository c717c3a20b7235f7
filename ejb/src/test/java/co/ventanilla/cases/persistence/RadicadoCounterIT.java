package co.ventanilla.cases.persistence;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.intake.IntakeReceipt;
import co.ventanilla.intake.InvalidSubmissionException;
import co.ventanilla.intake.StandaloneIntake;
import co.ventanilla.intake.Submission;
import co.ventanilla.intake.SubmissionProblem;
import co.ventanilla.testing.JpaTestSupport;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The radicado sequence against a real MariaDB: consecutive per year, no gaps, no repeats, even
 * with many filings at once and with filings that fail. Filings go through the real {@link
 * co.ventanilla.intake.IntakeService} (counter, case, history in one transaction).
 */
class RadicadoCounterIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);
  private static final Clock CLOCK = Clock.fixed(NOW.atZone(BOGOTA).toInstant(), BOGOTA);

  @BeforeEach
  void emptyDatabase() {
    JpaTestSupport.deleteAllCases();
  }

  private static Submission.Builder queja(String subject) {
    return Submission.builder(Channel.WEB)
        .type(PqrsType.QUEJA)
        .names("Sandra Milena Quintero Díaz")
        .email("sandra.quintero@example.com")
        .agency("Bogotá D.C.")
        .subject(subject)
        .description("El guarda de la noche no contesta el citófono.");
  }

  private static IntakeReceipt file(Submission submission) {
    return inTransaction(em -> StandaloneIntake.on(em, CLOCK, null).register(submission));
  }

  private static long number(String radicado) {
    return Long.parseLong(radicado.substring(radicado.lastIndexOf('-') + 1));
  }

  private static List<String> storedRadicados() {
    return read(
        em ->
            em.createQuery("SELECT c.radicado FROM PqrsCase c ORDER BY c.radicado", String.class)
                .getResultList());
  }

  @Test
  void eightThreadsFilingFiveHundredCasesEachGetRadicadosOneTo4000WithoutGapsOrRepeats()
      throws Exception {
    // given
    int threads = 8;
    int perThread = 500;
    int total = threads * perThread;
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<Long>>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Callable<List<Long>> filer =
          () -> {
            start.await();
            List<Long> mine = new ArrayList<>(perThread);
            for (int i = 0; i < perThread && !stop.get(); i++) {
              Submission s =
                  Submission.builder(Channel.values()[thread % Channel.values().length])
                      .type(PqrsType.values()[i % PqrsType.values().length])
                      .names("Peticionario " + thread + "-" + i)
                      .email("p" + thread + "." + i + "@example.com")
                      .agency("Bogotá D.C.")
                      .subject("Carga concurrente " + thread + "-" + i)
                      .description("Radicación concurrente de prueba.")
                      .build();
              mine.add(number(file(s).radicado()));
            }
            return mine;
          };
      results.add(pool.submit(filer));
    }

    // when
    AtomicLong started = new AtomicLong();
    List<Long> handedOut =
        JpaTestSupport.quietly(
            () -> {
              started.set(System.nanoTime());
              start.countDown();
              List<Long> all = new ArrayList<>(total);
              try {
                for (Future<List<Long>> result : results) {
                  List<Long> mine = result.get(10, TimeUnit.MINUTES);
                  for (int i = 1; i < mine.size(); i++) {
                    assertTrue(mine.get(i) > mine.get(i - 1), "a thread's numbers only grow");
                  }
                  all.addAll(mine);
                }
              } finally {
                // a failed filer must not leave the others writing into the next test's database
                stop.set(true);
                pool.shutdown();
                assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
              }
              return all;
            });
    long millis = (System.nanoTime() - started.get()) / 1_000_000;
    System.out.printf(
        "RadicadoCounterIT: %d filings by %d threads in %d ms (%.0f filings/s), no retries%n",
        total, threads, millis, total * 1000.0 / Math.max(1, millis));

    // then
    List<Long> oneToTotal = LongStream.rangeClosed(1, total).boxed().toList();
    assertEquals(oneToTotal, handedOut.stream().sorted().toList());
    assertEquals(
        oneToTotal, storedRadicados().stream().map(RadicadoCounterIT::number).sorted().toList());
    assertTrue(storedRadicados().stream().allMatch(r -> r.startsWith("2026-")));
    assertEquals(total, lastValue(2026));
    assertEquals((long) total, count("SELECT COUNT(*) FROM case_history WHERE event = 'FILED'"));
  }

  @Test
  void aRolledBackFilingDoesNotUseUpItsNumber() {
    // given
    assertEquals("2026-000001", file(queja("primero").build()).radicado());

    // when: a filing takes the next number, writes its case and history, and rolls back
    EntityManager em = JpaTestSupport.entityManagerFactory().createEntityManager();
    IntakeReceipt abandoned;
    try {
      em.getTransaction().begin();
      abandoned = StandaloneIntake.on(em, CLOCK, null).register(queja("abandonado").build());
      em.flush();
      em.getTransaction().rollback();
    } finally {
      em.close();
    }

    // then
    assertEquals("2026-000002", abandoned.radicado());
    assertEquals("2026-000002", file(queja("segundo").build()).radicado());
    assertEquals(List.of("2026-000001", "2026-000002"), storedRadicados());
    assertEquals(
        "segundo",
        read(em2 -> new JpaCaseRepository(em2).findByRadicado("2026-000002").map(PqrsCase::subject))
            .orElseThrow());
  }

  @Test
  void aFilingTheDatabaseRefusesDoesNotUseUpItsNumber() {
    // given
    file(queja("primero").build());

    // when: a phone longer than its column (40) passes the submission rules but not MariaDB
    assertThrows(
        RuntimeException.class, () -> file(queja("teléfono largo").phone("3".repeat(41)).build()));

    // then
    assertEquals("2026-000002", file(queja("segundo").build()).radicado());
    assertEquals(2, lastValue(2026));
  }

  @Test
  void anInvalidSubmissionIsRefusedWithoutTakingANumber() {
    // when
    InvalidSubmissionException refused =
        assertThrows(InvalidSubmissionException.class, () -> file(queja(null).build()));

    // then
    assertEquals(List.of(new SubmissionProblem("asunto", "required")), refused.problems());
    assertEquals("2026-000001", file(queja("primero").build()).radicado());
  }

  @Test
  void eachYearHasItsOwnSequenceStartingAtOne() {
    // when
    String lastOf2026 =
        file(queja("fin de año").receivedAt(LocalDateTime.of(2026, 12, 31, 23, 59)).build())
            .radicado();
    String firstOf2027 =
        file(queja("año nuevo").receivedAt(LocalDateTime.of(2027, 1, 1, 0, 1)).build()).radicado();
    String late2026 =
        file(queja("tarde").receivedAt(LocalDateTime.of(2026, 12, 31, 23, 59, 30)).build())
            .radicado();

    // then
    assertEquals("2026-000001", lastOf2026);
    assertEquals("2027-000001", firstOf2027);
    assertEquals("2026-000002", late2026);
  }

  @Test
  void theYearIsThatOfTheReceptionInColombiaNotOfTheServer() {
    // given: 1 January 2027, 03:00 UTC is still 31 December 2026 in Bogotá
    Clock newYearInUtc =
        Clock.fixed(
            LocalDateTime.of(2027, 1, 1, 3, 0).atZone(ZoneId.of("UTC")).toInstant(), BOGOTA);

    // when
    IntakeReceipt receipt =
        inTransaction(
            em ->
                StandaloneIntake.on(em, newYearInUtc, null).register(queja("nochevieja").build()));

    // then
    assertEquals("2026-000001", receipt.radicado());
    assertEquals(LocalDateTime.of(2026, 12, 31, 22, 0), receipt.receivedAt());
  }

  @Test
  void theConfiguredPrefixIsPrintedBeforeTheYear() {
    // when
    IntakeReceipt receipt =
        inTransaction(
            em -> StandaloneIntake.on(em, CLOCK, "PQRS-").register(queja("con prefijo").build()));

    // then
    assertEquals("PQRS-2026-000001", receipt.radicado());
    assertEquals(List.of("PQRS-2026-000001"), storedRadicados());
  }

  private static long lastValue(int year) {
    return count("SELECT last_value FROM radicado_counter WHERE year = " + year);
  }

  private static long count(String sql) {
    return read(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }
}
