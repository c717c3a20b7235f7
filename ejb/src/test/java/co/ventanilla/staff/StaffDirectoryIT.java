package co.ventanilla.staff;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static co.ventanilla.testing.JpaTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.organization.Area;
import co.ventanilla.testing.JpaTestSupport;
import co.ventanilla.testing.TestPasswordHash;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts, passwords and lock-out against a real MariaDB. */
class StaffDirectoryIT {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T14:00:00Z"), ZoneId.of("America/Bogota"));
  private static final TestPasswordHash HASH = new TestPasswordHash();
  private static final String PASSWORD = "Turno-Nocturno-2026";

  private static StaffDirectory directory(EntityManager em, Clock clock) {
    return new StaffDirectory(em, clock, HASH, new LockoutPolicy(3, Duration.ofMinutes(15)));
  }

  private static StaffDirectory.LoginResult login(String user, String password, Clock clock) {
    return inTransaction(
        em -> directory(em, clock).authenticate(user, password.toCharArray(), "10.0.0.7"));
  }

  @BeforeEach
  void oneResponsibleOfOperations() {
    JpaTestSupport.deleteAllCases();
    inTransaction(
        em -> {
          Area op = new Area("Operaciones", "lider.op", null);
          em.persist(op);
          em.flush();
          return directory(em, CLOCK)
              .create(
                  new NewStaffUser(
                      "Ana.Rojas",
                      "Ana Rojas",
                      "ana@example.co",
                      EnumSet.of(StaffRole.RESPONSABLE),
                      Set.of(op.id()),
                      PASSWORD.toCharArray(),
                      false,
                      false),
                  "admin");
        });
  }

  @Test
  void theRightPasswordLogsInWithTheRolesAsGroupsAndIsRecorded() {
    // when
    StaffDirectory.LoginResult result = login("ANA.ROJAS", PASSWORD, CLOCK);

    // then
    assertEquals(LoginOutcome.SUCCESS, result.outcome());
    assertEquals("ana.rojas", result.userName());
    assertEquals(Set.of("responsable"), result.groups());
    List<LoginAttempt> attempts = read(em -> directory(em, CLOCK).recentAttempts("ana.rojas", 10));
    assertEquals(1, attempts.size());
    assertEquals(LoginOutcome.SUCCESS, attempts.get(0).outcome());
    assertEquals("10.0.0.7", attempts.get(0).address());
  }

  @Test
  void thePasswordIsStoredOnlyAsAHash() {
    String stored = read(em -> directory(em, CLOCK).find("ana.rojas").orElseThrow().passwordHash());
    assertFalse(stored.contains(PASSWORD));
    assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:"), stored);
  }

  @Test
  void threeWrongPasswordsLockTheAccountEvenForTheRightPasswordUntilTheLockRunsOut() {
    // when
    assertEquals(LoginOutcome.BAD_PASSWORD, login("ana.rojas", "equivocada-1", CLOCK).outcome());
    assertEquals(LoginOutcome.BAD_PASSWORD, login("ana.rojas", "equivocada-2", CLOCK).outcome());
    StaffDirectory.LoginResult third = login("ana.rojas", "equivocada-3", CLOCK);
    StaffDirectory.LoginResult right = login("ana.rojas", PASSWORD, CLOCK);
    Clock later = Clock.offset(CLOCK, Duration.ofMinutes(16));
    StaffDirectory.LoginResult afterLock = login("ana.rojas", PASSWORD, later);

    // then
    assertEquals(LoginOutcome.LOCKED, third.outcome());
    assertEquals(LoginOutcome.LOCKED, right.outcome());
    assertEquals(LoginOutcome.SUCCESS, afterLock.outcome());
    assertEquals(
        List.of(
            LoginOutcome.SUCCESS,
            LoginOutcome.LOCKED,
            LoginOutcome.LOCKED,
            LoginOutcome.BAD_PASSWORD,
            LoginOutcome.BAD_PASSWORD),
        read(em -> directory(em, CLOCK).recentAttempts("ana.rojas", 10)).stream()
            .map(LoginAttempt::outcome)
            .toList());
  }

  @Test
  void anUnknownUserIsRefusedAndRecordedUnderTheNameTyped() {
    assertEquals(LoginOutcome.UNKNOWN_USER, login("mallory", "whatever-123", CLOCK).outcome());
    assertEquals(
        LoginOutcome.UNKNOWN_USER,
        read(em -> directory(em, CLOCK).recentAttempts("mallory", 1)).get(0).outcome());
  }

  @Test
  void anInactiveAccountCannotLogIn() {
    inTransaction(
        em -> {
          StaffUser ana = directory(em, CLOCK).find("ana.rojas").orElseThrow();
          ana.update(ana.fullName(), ana.email(), ana.roles(), ana.areas(), false, false);
          return null;
        });
    assertEquals(LoginOutcome.INACTIVE, login("ana.rojas", PASSWORD, CLOCK).outcome());
  }

  @Test
  void theStaffViewCarriesAreasWorkedInAndAreasLed() {
    Staff ana = read(em -> directory(em, CLOCK).staff("ana.rojas")).orElseThrow();
    Staff leader =
        inTransaction(
            em -> {
              StaffDirectory d = directory(em, CLOCK);
              d.create(
                  new NewStaffUser(
                      "lider.op",
                      "Líder",
                      null,
                      EnumSet.of(StaffRole.LIDER),
                      Set.of(),
                      PASSWORD.toCharArray(),
                      false,
                      false),
                  "admin");
              em.flush();
              return d.staff("lider.op").orElseThrow();
            });
    assertEquals(1, ana.areaIds().size());
    assertEquals(Set.of(), ana.ledAreaIds());
    assertEquals(ana.areaIds(), leader.ledAreaIds());
  }

  @Test
  void aResetPasswordMustBeChangedAndTheOwnerChangesItGivingTheCurrentOne() {
    inTransaction(
        em -> {
          directory(em, CLOCK).resetPassword("ana.rojas", "Temporal-12345".toCharArray(), "admin");
          return null;
        });
    StaffDirectory.LoginResult temporary = login("ana.rojas", "Temporal-12345", CLOCK);
    assertTrue(temporary.mustChangePassword());

    CaseRuleViolation wrong =
        assertThrows(
            CaseRuleViolation.class,
            () ->
                inTransaction(
                    em -> {
                      directory(em, CLOCK)
                          .changeOwnPassword(
                              "ana.rojas", "no-es".toCharArray(), "Nueva-Clave-2026".toCharArray());
                      return null;
                    }));
    assertEquals("La contraseña actual no es correcta.", wrong.getMessage());

    inTransaction(
        em -> {
          directory(em, CLOCK)
              .changeOwnPassword(
                  "ana.rojas", "Temporal-12345".toCharArray(), "Nueva-Clave-2026".toCharArray());
          return null;
        });
    StaffDirectory.LoginResult fresh = login("ana.rojas", "Nueva-Clave-2026", CLOCK);
    assertEquals(LoginOutcome.SUCCESS, fresh.outcome());
    assertFalse(fresh.mustChangePassword());
    assertEquals(LoginOutcome.BAD_PASSWORD, login("ana.rojas", "Temporal-12345", CLOCK).outcome());
  }

  @Test
  void aNameIsTakenOnce() {
    assertThrows(
        CaseRuleViolation.class,
        () ->
            inTransaction(
                em ->
                    directory(em, CLOCK)
                        .create(
                            new NewStaffUser(
                                "ana.rojas",
                                "Otra Ana",
                                null,
                                EnumSet.of(StaffRole.SIG),
                                Set.of(),
                                null,
                                false,
                                false),
                            "admin")));
  }

  private static StaffDirectory.LoginResult loginFrom(
      String address, String user, String password, Clock clock) {
    return inTransaction(
        em -> directory(em, clock).authenticate(user, password.toCharArray(), address));
  }

  @Test
  void aLockHoldsForTheAddressThatGuessedNotForTheOwnersOwnComputer() {
    // given: someone elsewhere guesses the password three times
    for (int i = 1; i <= 3; i++) {
      loginFrom("203.0.113.9", "ana.rojas", "equivocada-" + i, CLOCK);
    }

    // when
    StaffDirectory.LoginResult attacker = loginFrom("203.0.113.9", "ana.rojas", PASSWORD, CLOCK);
    StaffDirectory.LoginResult owner = loginFrom("10.0.0.7", "ana.rojas", PASSWORD, CLOCK);

    // then
    assertEquals(LoginOutcome.LOCKED, attacker.outcome());
    assertEquals(LoginOutcome.SUCCESS, owner.outcome());
  }

  @Test
  void anAddressThatFailsOverManyNamesIsRefusedForEveryAccount() {
    // given: a password spray, 20 failures over many names from one address (3 × 4 minimum → 20)
    for (int i = 0; i < 20; i++) {
      loginFrom("198.51.100.4", "usuario" + i, "clave-" + i, CLOCK);
    }

    // when
    StaffDirectory.LoginResult sprayer = loginFrom("198.51.100.4", "ana.rojas", PASSWORD, CLOCK);
    StaffDirectory.LoginResult office = loginFrom("10.0.0.7", "ana.rojas", PASSWORD, CLOCK);
    StaffDirectory.LoginResult later =
        loginFrom(
            "198.51.100.4", "ana.rojas", PASSWORD, Clock.offset(CLOCK, Duration.ofMinutes(16)));

    // then
    assertEquals(LoginOutcome.LOCKED, sprayer.outcome());
    assertEquals(LoginOutcome.SUCCESS, office.outcome());
    assertEquals(LoginOutcome.SUCCESS, later.outcome());
  }

  @Test
  void anAdministratorsUnlockLiftsTheLockAtOnce() {
    for (int i = 1; i <= 3; i++) {
      login("ana.rojas", "equivocada-" + i, CLOCK);
    }
    Clock aMinuteLater = Clock.offset(CLOCK, Duration.ofMinutes(1));
    assertEquals(LoginOutcome.LOCKED, login("ana.rojas", PASSWORD, aMinuteLater).outcome());

    inTransaction(
        em -> {
          directory(em, aMinuteLater).unlock("ana.rojas", "admin");
          return null;
        });

    Clock twoMinutesLater = Clock.offset(CLOCK, Duration.ofMinutes(2));
    assertEquals(LoginOutcome.SUCCESS, login("ana.rojas", PASSWORD, twoMinutesLater).outcome());
  }
}
