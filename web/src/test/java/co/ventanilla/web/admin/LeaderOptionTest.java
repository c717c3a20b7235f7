package co.ventanilla.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.ventanilla.staff.StaffRole;
import co.ventanilla.staff.StaffUser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeaderOptionTest {

  private final StaffUser carlos = Fixtures.user("lider.op", "Carlos Pérez", StaffRole.LIDER);
  private final StaffUser sofia = Fixtures.user("sig", "Sofía SIG", StaffRole.SIG);
  private final StaffUser ana = Fixtures.user("ana.op", "Ana Operaciones", StaffRole.RESPONSABLE);
  private final StaffUser gone = Fixtures.user("lider.viejo", "Antiguo Líder", StaffRole.LIDER);

  {
    gone.update(gone.fullName(), gone.email(), gone.roles(), Set.of(), false, false);
  }

  @Test
  void activeLeadersAndTheSigOfficeAreOfferedByName() {
    List<LeaderOption> options = LeaderOption.choices(List.of(sofia, ana, gone, carlos), null);

    assertEquals(List.of("lider.op", "sig"), options.stream().map(LeaderOption::userName).toList());
    assertEquals("Carlos Pérez (lider.op)", options.get(0).label());
    assertEquals("lider.op@empresa.example", options.get(0).email());
  }

  @Test
  void theCurrentLeaderStaysFirstEvenWhenNoLongerQualified() {
    List<LeaderOption> options = LeaderOption.choices(List.of(carlos, gone), "lider.viejo");

    assertEquals(
        List.of("lider.viejo", "lider.op"), options.stream().map(LeaderOption::userName).toList());
    assertEquals("Antiguo Líder (lider.viejo)", options.get(0).label());
  }

  @Test
  void aCurrentLeaderWithoutAnAccountIsShownByUserName() {
    List<LeaderOption> options = LeaderOption.choices(List.of(sofia), "jefe.antiguo");

    assertEquals(
        List.of("jefe.antiguo", "sig"), options.stream().map(LeaderOption::userName).toList());
    assertEquals("jefe.antiguo", options.get(0).label());
  }
}
