package co.ventanilla.staff;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseRuleViolation;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffUserTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);
  private static final LockoutPolicy THREE = new LockoutPolicy(3, Duration.ofMinutes(15));

  private static StaffUser user() {
    return new StaffUser(
        "Ana.Rojas",
        "Ana Rojas",
        "ana@example.co",
        Set.of(StaffRole.RESPONSABLE),
        Set.of(),
        false,
        "hash",
        true,
        NOW,
        "admin");
  }

  @Test
  void theUserNameIsStoredInLowerCase() {
    assertEquals("ana.rojas", user().userName());
  }

  @Test
  void aUserNameWithSpacesOrSymbolsIsRefusedInSpanish() {
    CaseRuleViolation e =
        assertThrows(CaseRuleViolation.class, () -> StaffUser.normalizeUserName("ana rojas"));
    assertTrue(e.getMessage().contains("no es válido"), e.getMessage());
    assertThrows(CaseRuleViolation.class, () -> StaffUser.normalizeUserName("<script>"));
  }

  @Test
  void aMistypedEmailIsRefusedInSpanish() {
    StaffUser u = user();
    CaseRuleViolation e =
        assertThrows(
            CaseRuleViolation.class,
            () -> u.update("Ana", "ana(arroba)example.co", u.roles(), Set.of(), false, true));
    assertEquals("El correo ana(arroba)example.co no es válido.", e.getMessage());
  }

  @Test
  void anAccountNeedsARole() {
    StaffUser u = user();
    assertThrows(
        CaseRuleViolation.class, () -> u.update("Ana", null, Set.of(), Set.of(), false, true));
  }

  @Test
  void theFailureThatReachesTheLimitLocksTheAccountForTheConfiguredTime() {
    // given
    StaffUser u = user();

    // when
    boolean first = u.loginFailed(NOW, THREE);
    boolean second = u.loginFailed(NOW.plusSeconds(1), THREE);
    boolean third = u.loginFailed(NOW.plusSeconds(2), THREE);

    // then
    assertFalse(first || second);
    assertTrue(third);
    assertTrue(u.lockedAt(NOW.plusMinutes(14)));
    assertFalse(u.lockedAt(NOW.plusSeconds(2).plusMinutes(15)));
  }

  @Test
  void aSuccessResetsTheCountOfFailures() {
    // given
    StaffUser u = user();
    u.loginFailed(NOW, THREE);
    u.loginFailed(NOW, THREE);

    // when
    u.loginSucceeded(NOW.plusMinutes(1));
    boolean locked = u.loginFailed(NOW.plusMinutes(2), THREE);

    // then
    assertFalse(locked);
    assertEquals(1, u.failedAttempts());
    assertEquals(NOW.plusMinutes(1), u.lastLoginAt());
  }

  @Test
  void afterALockRunsOutCountingStartsAgain() {
    // given
    StaffUser u = user();
    for (int i = 0; i < 3; i++) {
      u.loginFailed(NOW, THREE);
    }

    // when
    boolean locked = u.loginFailed(NOW.plusMinutes(20), THREE);

    // then
    assertFalse(locked);
    assertFalse(u.lockedAt(NOW.plusMinutes(20)));
    assertEquals(1, u.failedAttempts());
  }

  @Test
  void anAdministratorUnlocksAndANewPasswordUnlocksToo() {
    StaffUser u = user();
    for (int i = 0; i < 3; i++) {
      u.loginFailed(NOW, THREE);
    }
    u.unlock();
    assertFalse(u.lockedAt(NOW));
    assertNull(u.lockedUntil());

    for (int i = 0; i < 3; i++) {
      u.loginFailed(NOW, THREE);
    }
    u.changePassword("new-hash", NOW, false);
    assertFalse(u.lockedAt(NOW));
    assertFalse(u.mustChangePassword());
  }

  @Test
  void passwordRulesAreExplainedInSpanish() {
    assertEquals(
        "La contraseña debe tener al menos 10 caracteres.",
        assertThrows(
                CaseRuleViolation.class,
                () -> StaffDirectory.checkPassword("ana", "corta".toCharArray()))
            .getMessage());
    assertThrows(
        CaseRuleViolation.class,
        () -> StaffDirectory.checkPassword("ana.rojas", "xx-ana.rojas-2026".toCharArray()));
    assertThrows(
        CaseRuleViolation.class,
        () -> StaffDirectory.checkPassword("ana", "aaaaaaaaaaaa".toCharArray()));
    assertDoesNotThrow(
        () -> StaffDirectory.checkPassword("ana", "Turno-Nocturno-2026".toCharArray()));
  }
}
