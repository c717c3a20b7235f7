package co.ventanilla.improvement;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis of causes of an ACPM (seed 002 GO-PD-03 §4 actividad 10: "se analizan las causas"):
 * the five whys, the root cause they reach, and an Ishikawa diagram by the 6M categories — método,
 * mano de obra, máquina, material, medición, medio ambiente. Every part may be empty.
 */
public record Analysis(
    List<String> whys,
    String rootCause,
    String method,
    String manpower,
    String machine,
    String material,
    String measurement,
    String environment)
    implements Serializable {

  public Analysis {
    List<String> five = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      five.add(whys != null && i < whys.size() ? clean(whys.get(i)) : null);
    }
    whys = java.util.Collections.unmodifiableList(five);
    rootCause = clean(rootCause);
    method = clean(method);
    manpower = clean(manpower);
    machine = clean(machine);
    material = clean(material);
    measurement = clean(measurement);
    environment = clean(environment);
  }

  public static Analysis empty() {
    return new Analysis(List.of(), null, null, null, null, null, null, null);
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The 6M categories with their text, in the order of the diagram, only those filled. */
  public List<String[]> ishikawa() {
    List<String[]> out = new ArrayList<>();
    String[][] all = {
      {"metodo", method},
      {"mano_de_obra", manpower},
      {"maquina", machine},
      {"material", material},
      {"medicion", measurement},
      {"medio_ambiente", environment}
    };
    for (String[] pair : all) {
      if (pair[1] != null) {
        out.add(pair);
      }
    }
    return out;
  }
}
