package co.ventanilla.cases;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the petitioner asks for. The names are terms of art of Colombian law and of the seed
 * procedures, so they stay in Spanish.
 *
 * <ul>
 *   <li>Petición in general or particular interest, and its forms solicitud de información o
 *       documentos and consulta: Constitución Política art. 23; Ley 1755 de 2015 arts. 13–14.
 *   <li>Queja, reclamo, sugerencia, felicitación: definitions of seeds 002 (DEAS GO-PD-03 §3) and
 *       003 (COOTRAYAL §3).
 *   <li>Denuncia: report of a possible crime or rights violation (seed 002 §4, activity 2).
 *   <li>Consulta and reclamo de datos personales: the habeas-data requests of Ley 1581 de 2012,
 *       art. 14 (consulta: to know the personal data held) and art. 15 (reclamo: correction,
 *       update, deletion, revocation of the authorisation), with their own terms ({@code
 *       co.ventanilla.terms.TermLaw}); seed 001 §9.2 ("conocer, actualizar, rectificar y suprimir
 *       información") and seed 004 §5.2 (Ley 1266 de 2008 and Ley 1581 de 2012).
 * </ul>
 */
public enum PqrsType {
  PETICION("peticion", 'P'),
  PETICION_PARTICULAR("peticion_particular", 'P'),
  SOLICITUD_INFORMACION("solicitud_informacion", 'I'),
  CONSULTA("consulta", 'C'),
  QUEJA("queja", 'Q'),
  RECLAMO("reclamo", 'R'),
  SUGERENCIA("sugerencia", 'S'),
  FELICITACION("felicitacion", 'F'),
  DENUNCIA("denuncia", 'D'),
  // The paper form GO-RG-04 has no box for the data requests: no initial reads as them.
  CONSULTA_DATOS("consulta_datos", '-'),
  RECLAMO_DATOS("reclamo_datos", '-');

  private final String code;
  private final char initial;

  PqrsType(String code, char initial) {
    this.code = code;
    this.initial = initial;
  }

  /** The stable code used in the API, CSV files and the database, e.g. {@code queja}. */
  public String code() {
    return code;
  }

  /**
   * Reads a type as people write it: its code, its name with or without accents or spaces
   * ("Petición", "solicitud de información"), or the initial of the paper form (P, Q, R, S, F, D).
   * An initial P is the general petición.
   */
  public static Optional<PqrsType> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String key =
        Normalizer.normalize(text.trim(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[\\s-]+", "_");
    if (key.length() == 1) {
      char c = Character.toUpperCase(key.charAt(0));
      if (c == '-') {
        return Optional.empty();
      }
      return Arrays.stream(values()).filter(t -> t.initial == c).findFirst();
    }
    String normalized =
        switch (key) {
          case "solicitud_de_informacion", "solicitud_de_documentos", "solicitud_informacion" ->
              "solicitud_informacion";
          case "peticion_general", "peticion_interes_general", "peticion_de_interes_general" ->
              "peticion";
          case "peticion_interes_particular", "peticion_de_interes_particular" ->
              "peticion_particular";
          case "elogio", "agradecimiento", "felicitaciones" -> "felicitacion";
          case "consulta_de_datos", "consulta_de_datos_personales", "habeas_data" ->
              "consulta_datos";
          case "reclamo_de_datos", "reclamo_de_datos_personales" -> "reclamo_datos";
          default -> key;
        };
    return Arrays.stream(values()).filter(t -> t.code.equals(normalized)).findFirst();
  }
}
