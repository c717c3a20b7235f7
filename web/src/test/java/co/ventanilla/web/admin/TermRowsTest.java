package co.ventanilla.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.PqrsType;
import co.ventanilla.organization.OrganizationSettingsService.Snapshot;
import co.ventanilla.terms.TermPresets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TermRowsTest {

  private static Snapshot settings(Map<PqrsType, Integer> types, Map<Integer, Integer> levels) {
    Map<PqrsType, Integer> t = new EnumMap<>(PqrsType.class);
    t.putAll(types);
    return new Snapshot("deas", false, t, new TreeMap<>(levels));
  }

  @Test
  void everyTypeShowsThePresetTheLawAndWhetherTheTermIsOwn() {
    // given DEAS (seed 002): quejas 10; the organization set reclamos to 5
    List<TermRows.TypeTerm> rows =
        TermRows.types(TermPresets.DEAS, settings(Map.of(PqrsType.RECLAMO, 5), Map.of()));

    assertEquals(PqrsType.values().length, rows.size());
    TermRows.TypeTerm queja = rows.get(PqrsType.QUEJA.ordinal());
    assertEquals(10, queja.days());
    assertEquals(10, queja.presetDays());
    assertEquals(15, queja.legalDays());
    assertFalse(queja.overridden());
    TermRows.TypeTerm reclamo = rows.get(PqrsType.RECLAMO.ordinal());
    assertEquals(5, reclamo.days());
    assertEquals(10, reclamo.presetDays());
    assertTrue(reclamo.overridden());
    assertEquals(10, rows.get(PqrsType.SOLICITUD_INFORMACION.ordinal()).legalDays());
    assertEquals(30, rows.get(PqrsType.CONSULTA.ordinal()).legalDays());
  }

  @Test
  void aLevelMayHaveNoTermInThePresetOrByTheOrganizationsChoice() {
    // given DEAS levels 2, 3, 8 and none; the organization gave level 4 twenty days and
    // took level 1's away
    Map<Integer, Integer> own = new TreeMap<>();
    own.put(4, 20);
    own.put(1, null);

    List<TermRows.LevelTerm> rows = TermRows.levels(TermPresets.DEAS, settings(Map.of(), own));

    assertEquals(List.of(1, 2, 3, 4), rows.stream().map(TermRows.LevelTerm::level).toList());
    assertTrue(rows.get(0).noTerm());
    assertTrue(rows.get(0).overridden());
    assertEquals(2, rows.get(0).presetDays());
    assertEquals(3, rows.get(1).days());
    assertFalse(rows.get(1).overridden());
    assertNull(rows.get(3).presetDays());
    assertEquals(20, rows.get(3).days());
    assertEquals(30, rows.get(3).maxDays());
  }

  @Test
  void theBareLawHasNoLevelTerms() {
    assertTrue(
        TermRows.levels(TermPresets.LEY_1755, settings(Map.of(), Map.of())).stream()
            .allMatch(l -> l.noTerm() && !l.overridden()));
  }
}
