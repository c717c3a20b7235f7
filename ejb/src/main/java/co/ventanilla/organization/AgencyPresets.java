package co.ventanilla.organization;

import java.util.List;
import java.util.Locale;

/**
 * The agencies (sedes) each preset's organisation names in its own documents, created with the
 * preset ({@code ventanilla.preset}) and with the demo data, so the Sede filter and the matching of
 * intake's free text have a list from the first day.
 *
 * <ul>
 *   <li>{@code reservis}: Coop. Reservis CTA, política de atención y servicio al cliente:
 *       "domicilio principal en la ciudad de Bogotá D.C. ... y agencias en las ciudades de Cali -
 *       Medellín - Manizales y Pereira", with the address of each.
 *   <li>{@code deas}: DEAS Ltda., GO-PD-03 actividad 1: the suggestion boxes "ubicados en la
 *       oficina calle 127ª #53ª -45 oficina 1004 torre 2".
 *   <li>The other presets' documents name no sede: none is created.
 * </ul>
 */
public final class AgencyPresets {

  /** An agency as a document gives it. */
  public record Sede(String name, String city, String address) {}

  /** The agencies of Coop. Reservis CTA (also those of the demo data). */
  public static final List<Sede> RESERVIS =
      List.of(
          new Sede("Bogotá D.C.", "Bogotá", "Carrera 26 No. 74-16, barrio La Aurora"),
          new Sede("Medellín", "Medellín", "Carrera 80 No. 52B-34, barrio Los Colores"),
          new Sede("Cali", "Cali", "Avenida 5B Norte No. 23N-72, barrio Versalles"),
          new Sede("Pereira", "Pereira", "Calle 24 No. 15A-50, barrio Centenario"),
          new Sede("Manizales", "Manizales", "Calle 10C No. 28-33, barrio Castellana"));

  /** The office of DEAS Ltda. */
  public static final List<Sede> DEAS =
      List.of(new Sede("Oficina principal", null, "Calle 127A No. 53A-45, oficina 1004, torre 2"));

  private AgencyPresets() {}

  /** The agencies of the preset {@code presetId}; empty when its documents name none. */
  public static List<Sede> of(String presetId) {
    return switch (presetId == null ? "" : presetId.strip().toLowerCase(Locale.ROOT)) {
      case "reservis" -> RESERVIS;
      case "deas" -> DEAS;
      default -> List.of();
    };
  }
}
