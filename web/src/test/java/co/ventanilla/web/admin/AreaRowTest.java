package co.ventanilla.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.staff.StaffRole;
import co.ventanilla.staff.StaffUser;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AreaRowTest {

  private final StaffUser carlos = Fixtures.user("lider.op", "Carlos Pérez", StaffRole.LIDER);

  @Test
  void theLeaderIsShownWithTheNameOfTheirAccount() {
    AreaRow row =
        AreaRow.of(Fixtures.area(1, "Operaciones", "Lider.Op", true), Map.of("lider.op", carlos));

    assertEquals("Carlos Pérez", row.leaderName());
    assertFalse(row.leaderMissing());
    assertEquals("Lider.Op@empresa.example", row.leaderEmail());
  }

  @Test
  void aLeaderWithoutAnActiveAccountIsFlagged() {
    AreaRow none = AreaRow.of(Fixtures.area(1, "Compras", "nadie", true), Map.of());
    carlos.update(carlos.fullName(), null, carlos.roles(), java.util.Set.of(), false, false);
    AreaRow inactive =
        AreaRow.of(Fixtures.area(2, "Operaciones", "lider.op", true), Map.of("lider.op", carlos));

    assertNull(none.leaderName());
    assertTrue(none.leaderMissing());
    assertEquals("Carlos Pérez", inactive.leaderName());
    assertTrue(inactive.leaderMissing());
  }
}
