package co.ventanilla.organization;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.terms.TermPolicy;
import co.ventanilla.testing.JpaTestSupport;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The organization's term rules on MariaDB: chosen at first start from the configuration, changed
 * later within the law, and in force for new cases once the change is committed.
 */
class OrganizationSettingsIT {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-17T15:00:00Z"), ZoneId.of("America/Bogota"));

  private final Committed committed = new Committed();
  private TermPolicy policy;

  @BeforeEach
  void emptySettings() {
    JpaTestSupport.entityManagerFactory(); // migrates the schema on first use
    JpaTestSupport.execute("DELETE FROM term_override", "DELETE FROM organization_settings");
    policy = new TermPolicy(new ReadOnly());
  }

  /** Runs {@code work} on the service in a transaction and then, as JTA would, the syncs. */
  private <T> T change(Function<OrganizationSettingsService, T> work) {
    T result =
        inTransaction(
            em ->
                work.apply(
                    new OrganizationSettingsService(em, CLOCK, policy, committed, "deas", false)));
    committed.afterCommit();
    return result;
  }

  @Test
  void theFirstStartChoosesThePresetOfTheConfiguration() {
    // when
    OrganizationSettingsService.Snapshot first = change(OrganizationSettingsService::current);

    // then: DEAS (seed 002) answers quejas in 10 days and a level-1 complaint in 2
    assertEquals("deas", first.presetId());
    assertEquals(OptionalInt.of(10), policy.termDays(PqrsType.QUEJA, null));
    assertEquals(OptionalInt.of(2), policy.termDays(PqrsType.QUEJA, 1));
    assertEquals(
        OptionalInt.of(10), policy.termDays(PqrsType.QUEJA, 4)); // level 4: no term, type 10
  }

  @Test
  void aChangedTermAppliesToNewCasesOnceCommitted() {
    change(OrganizationSettingsService::current);
    assertEquals(OptionalInt.of(10), policy.termDays(PqrsType.RECLAMO, null));

    // when
    change(
        s -> {
          s.setTypeTerm(PqrsType.RECLAMO, 5, "admin");
          s.setLevelTerm(4, 20, "admin");
          return null;
        });

    // then
    assertEquals(OptionalInt.of(5), policy.termDays(PqrsType.RECLAMO, null));
    assertEquals(OptionalInt.of(5), policy.termDays(PqrsType.RECLAMO, 4));
    assertEquals(OptionalInt.of(15), policy.termDays(PqrsType.PETICION, 4)); // the stricter
  }

  @Test
  void anotherPresetCanBeChosenLaterAndSaturdaysCounted() {
    change(OrganizationSettingsService::current);

    change(
        s -> {
          s.choosePreset("cootrayal", true, "admin");
          return null;
        });

    assertEquals("cootrayal", policy.preset().id());
    assertEquals(OptionalInt.of(5), policy.termDays(PqrsType.QUEJA, null)); // seed 003
    assertTrue(policy.calendar().saturdayIsBusinessDay());
    String by = read(em -> em.find(OrganizationSettings.class, (byte) 1).changedBy());
    assertEquals("admin", by);
  }

  @Test
  void aTermLongerThanTheLawOrAnUnknownPresetIsRefusedInSpanish() {
    change(OrganizationSettingsService::current);

    CaseRuleViolation tooLong =
        assertThrows(
            CaseRuleViolation.class,
            () ->
                change(
                    s -> {
                      s.setTypeTerm(PqrsType.SOLICITUD_INFORMACION, 11, "admin");
                      return null;
                    }));
    CaseRuleViolation unknown =
        assertThrows(
            CaseRuleViolation.class,
            () ->
                change(
                    s -> {
                      s.choosePreset("inventado", false, "admin");
                      return null;
                    }));

    assertTrue(tooLong.getMessage().contains("entre 1 y 10 días hábiles"), tooLong.getMessage());
    assertTrue(unknown.getMessage().contains("inventado"), unknown.getMessage());
    assertFalse(
        read(
                em ->
                    em.createQuery("SELECT o FROM TermOverride o", TermOverride.class)
                        .getResultList())
            .stream()
            .anyMatch(o -> o.days() != null && o.days() == 11));
  }

  /** Reads the settings in a transaction of its own, as the EJB's REQUIRED gives it. */
  private final class ReadOnly extends OrganizationSettingsService {
    @Override
    public Snapshot current() {
      return inTransaction(
          (EntityManager em) ->
              new OrganizationSettingsService(em, CLOCK, policy, committed, "deas", false)
                  .current());
    }
  }

  /** Collects the synchronizations of a transaction and reports it committed. */
  private static final class Committed implements TransactionSynchronizationRegistry {
    private final List<Synchronization> syncs = new ArrayList<>();

    void afterCommit() {
      syncs.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
      syncs.clear();
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      syncs.add(sync);
    }

    @Override
    public Object getTransactionKey() {
      return null;
    }

    @Override
    public void putResource(Object key, Object value) {}

    @Override
    public Object getResource(Object key) {
      return null;
    }

    @Override
    public int getTransactionStatus() {
      return Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {}

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
