package co.ventanilla.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.ventanilla.organization.Area;
import co.ventanilla.staff.StaffRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsersViewTest {

  private final List<Area> areas =
      List.of(
          Fixtures.area(1, "Talento Humano", "lider.th", true),
          Fixtures.area(2, "Compras", "lider.co", false),
          Fixtures.area(3, "Operaciones", "lider.op", true));

  @Test
  void aNewAccountIsOfferedOnlyTheActiveAreasByName() {
    assertEquals(List.of("Operaciones", "Talento Humano"), UsersView.areaChoices(areas, List.of()));
  }

  @Test
  void anInactiveAreaTheAccountWorksInStaysOfferedSoSavingDoesNotDropIt() {
    assertEquals(
        List.of("Compras", "Operaciones", "Talento Humano"),
        UsersView.areaChoices(areas, List.of("Compras")));
  }

  @Test
  void chosenAreaNamesBecomeTheirIdsAndUnknownNamesAreLeftOut() {
    assertEquals(
        Set.of(1L, 3L),
        UsersView.areaIds(areas, List.of("Operaciones", "Talento Humano", "Bodega")));
  }

  @Test
  void tickedRoleNamesBecomeRoles() {
    assertEquals(
        EnumSet.of(StaffRole.RESPONSABLE, StaffRole.ADMIN),
        UsersView.roles(List.of("ADMIN", "RESPONSABLE", "NO_SUCH_ROLE")));
  }
}
