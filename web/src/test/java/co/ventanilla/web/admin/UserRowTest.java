package co.ventanilla.web.admin;

import static co.ventanilla.web.admin.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.staff.LockoutPolicy;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.staff.StaffUser;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserRowTest {

  private final StaffUser ana =
      Fixtures.user(
          "ana.gomez",
          "Ana Gómez",
          Set.of(
              Fixtures.area(2, "Talento Humano", "lider.th", true),
              Fixtures.area(1, "Operaciones", "lider.op", true)),
          EnumSet.of(StaffRole.LIDER, StaffRole.RECEPCION));

  @Test
  void rolesFollowTheEnumAndAreasAreSortedByName() {
    UserRow row = UserRow.of(ana, NOW);

    assertEquals(List.of(StaffRole.RECEPCION, StaffRole.LIDER), row.roles());
    assertEquals(List.of("Operaciones", "Talento Humano"), row.areas());
    assertEquals("Operaciones, Talento Humano", row.areasText());
    assertTrue(row.mustChangePassword());
  }

  @Test
  void theLockShowsOnlyWhileItLasts() {
    // given: the lock-out policy locks after two failures for 15 minutes
    LockoutPolicy policy = new LockoutPolicy(2, Duration.ofMinutes(15));
    ana.loginFailed(NOW, policy);
    ana.loginFailed(NOW, policy);

    // then
    assertTrue(UserRow.of(ana, NOW.plusMinutes(14)).locked());
    assertEquals(NOW.plusMinutes(15), UserRow.of(ana, NOW.plusMinutes(14)).lockedUntil());
    assertFalse(UserRow.of(ana, NOW.plusMinutes(15)).locked());
    assertNull(UserRow.of(ana, NOW.plusMinutes(16)).lockedUntil());
  }

  @Test
  void theSearchIgnoresCaseAndAccentsAndLooksAtNameEmailAndAreas() {
    UserRow row = UserRow.of(ana, NOW);

    assertTrue(row.matches("GOMEZ"));
    assertTrue(row.matches(" ana.g "));
    assertTrue(row.matches("@empresa.example"));
    assertTrue(row.matches("talento"));
    assertTrue(row.matches(""));
    assertTrue(row.matches(null));
    assertFalse(row.matches("rojas"));
  }
}
