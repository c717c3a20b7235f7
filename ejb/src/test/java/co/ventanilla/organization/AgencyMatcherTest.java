package co.ventanilla.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The free text of a petition's agency against the configured agencies (issue #18, item 5). */
class AgencyMatcherTest {

  private static final List<Agency> RESERVIS =
      AgencyPresets.RESERVIS.stream()
          .map(s -> new Agency(s.name(), s.city(), s.address()))
          .toList();

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "Medellín, Medellín",
    "medellin, Medellín",
    "MEDELLIN, Medellín",
    "Sede Medellín, Medellín",
    "agencia de manizales, Manizales",
    "Bogotá D.C., Bogotá D.C.",
    "bogota, Bogotá D.C.",
    "Bogota DC, Bogotá D.C.",
    "  Pereira  , Pereira",
    "cali, Cali"
  })
  void aNameOrCityMatchesWhateverItsAccentsAndCase(String received, String agency) {
    assertEquals(Optional.of(agency), AgencyMatcher.match(received, RESERVIS).map(Agency::name));
  }

  @ParameterizedTest(name = "«{0}» matches none")
  @ValueSource(strings = {"Barranquilla", "Puesto Unicentro", "Calima", "Medellín y Cali", "", " "})
  void anythingElseMatchesNoneAndReceptionChooses(String received) {
    assertTrue(AgencyMatcher.match(received, RESERVIS).isEmpty(), received);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cali"})
  void anInactiveAgencyIsNotMatched(String received) {
    Agency cali = new Agency("Cali", "Cali", null);
    cali.activate(false);
    assertTrue(AgencyMatcher.match(received, List.of(cali)).isEmpty());
  }
}
