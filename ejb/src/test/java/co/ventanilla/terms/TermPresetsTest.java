package co.ventanilla.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.PqrsType;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermPresetsTest {

  @ParameterizedTest
  @CsvSource({
    // preset, type, days
    "ley-1755, PETICION, 15",
    "ley-1755, SOLICITUD_INFORMACION, 10",
    "ley-1755, CONSULTA, 30",
    "ley-1755, QUEJA, 15",
    "reservis, PETICION, 15",
    "reservis, SOLICITUD_INFORMACION, 10",
    "reservis, CONSULTA, 30",
    "reservis, RECLAMO, 15",
    "coproservicios, PETICION, 15",
    "coproservicios, CONSULTA, 30",
    "coproservicios, QUEJA, 15",
    "deas, QUEJA, 10",
    "deas, RECLAMO, 10",
    "deas, PETICION, 15",
    "deas, SOLICITUD_INFORMACION, 10",
    "deas, CONSULTA, 30",
    "deas, SUGERENCIA, 15",
    "cootrayal, PETICION, 15",
    "cootrayal, PETICION_PARTICULAR, 15",
    "cootrayal, CONSULTA, 15",
    "cootrayal, SOLICITUD_INFORMACION, 10",
    "cootrayal, QUEJA, 5",
    "cootrayal, RECLAMO, 5",
    "cootrayal, SUGERENCIA, 15",
    "cootrayal, FELICITACION, 15",
    "cootrayal, DENUNCIA, 15",
    "alliance, PETICION, 15",
    "alliance, CONSULTA, 15",
    "alliance, QUEJA, 15",
    "alliance, RECLAMO, 15",
    "alliance, SUGERENCIA, 15",
    "alliance, FELICITACION, 15",
    "alliance, DENUNCIA, 15",
    "alliance, SOLICITUD_INFORMACION, 10"
  })
  void presetsCarryTheTermsOfTheirSeed(String id, PqrsType type, int days) {
    // when
    TermTable table = TermPresets.byId(id).orElseThrow().table();

    // then
    assertEquals(OptionalInt.of(days), table.typeTerm(type));
  }

  @Test
  void deasCarriesTheLevelTableOfSeed002() {
    TermTable deas = TermPresets.DEAS.table();

    assertEquals(OptionalInt.of(2), deas.levelTerm(1));
    assertEquals(OptionalInt.of(3), deas.levelTerm(2));
    assertEquals(OptionalInt.of(8), deas.levelTerm(3));
    assertEquals(OptionalInt.empty(), deas.levelTerm(4));
    assertEquals(OptionalInt.of(2), deas.termFor(PqrsType.QUEJA, 1));
    assertEquals(OptionalInt.of(8), deas.termFor(PqrsType.RECLAMO, 3));
    assertEquals(OptionalInt.of(10), deas.termFor(PqrsType.QUEJA, 4));
  }

  @Test
  void onlyDeasHasSeverityLevels() {
    for (TermPreset preset : TermPresets.all()) {
      if (preset != TermPresets.DEAS) {
        for (int level = 1; level <= TermTable.MAX_LEVEL; level++) {
          assertEquals(OptionalInt.empty(), preset.table().levelTerm(level), preset.id());
        }
      }
    }
  }

  @Test
  void coproserviciosEscalatesInFourLevels() {
    assertEquals(
        List.of(
            "Servicio al cliente",
            "Coordinador del área",
            "Gerencia de operaciones",
            "Gerencia general"),
        TermPresets.COPROSERVICIOS.escalationLevels());
  }

  @Test
  void noPresetGivesMoreDaysThanTheLaw() {
    TermTable legal = TermTable.legalDefaults();
    for (TermPreset preset : TermPresets.all()) {
      for (PqrsType type : PqrsType.values()) {
        int days = preset.table().typeTerm(type).orElseThrow();
        assertTrue(
            days <= legal.typeTerm(type).orElseThrow(), preset.id() + " " + type + " " + days);
      }
    }
  }

  @Test
  void presetsAreFoundByIdIgnoringCaseAndBlanks() {
    assertEquals(Optional.of(TermPresets.COOTRAYAL), TermPresets.byId(" Cootrayal "));
    assertEquals(Optional.of(TermPresets.LEY_1755), TermPresets.byId("ley-1755"));
    assertEquals(Optional.empty(), TermPresets.byId("unknown"));
    assertEquals(Optional.empty(), TermPresets.byId(null));
  }

  @Test
  void thereAreSixPresetsWithUniqueIdsAndSpanishDescriptionsCitingTheirSource() {
    List<TermPreset> all = TermPresets.all();
    Set<String> ids = all.stream().map(TermPreset::id).collect(Collectors.toSet());

    assertEquals(
        Set.of("ley-1755", "reservis", "coproservicios", "deas", "cootrayal", "alliance"), ids);
    assertEquals(6, all.size());
    for (TermPreset preset : all) {
      // the organisation's own document (its name or code) or the law, never "seed"
      assertTrue(
          java.util.regex.Pattern.compile("Política|GO-PD-03|PR-CA10-2|PRO-SIG-10|Ley 1755")
              .matcher(preset.description())
              .find(),
          preset.id());
      assertTrue(
          !preset.description().toLowerCase(java.util.Locale.ROOT).contains("seed"), preset.id());
      assertTrue(!preset.displayName().isBlank(), preset.id());
    }
  }
}
