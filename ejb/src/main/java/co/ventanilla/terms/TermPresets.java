package co.ventanilla.terms;

import static co.ventanilla.cases.PqrsType.CONSULTA;
import static co.ventanilla.cases.PqrsType.DENUNCIA;
import static co.ventanilla.cases.PqrsType.FELICITACION;
import static co.ventanilla.cases.PqrsType.PETICION;
import static co.ventanilla.cases.PqrsType.PETICION_PARTICULAR;
import static co.ventanilla.cases.PqrsType.QUEJA;
import static co.ventanilla.cases.PqrsType.RECLAMO;
import static co.ventanilla.cases.PqrsType.SUGERENCIA;

import java.util.List;
import java.util.Optional;

/**
 * The terms of the five seed organizations, plus the bare legal terms, as named presets.
 *
 * <p>The law is a ceiling: a preset never gives more days than Ley 1755 de 2015, art. 14 allows. So
 * where a seed states one term for "all PQRS" or "peticiones", the requests for documents or
 * information (solicitud de información) keep the legal 10 days; that is also "15 días hábiles o
 * menos" (seed 004). Types a seed does not mention keep their legal term; so every preset keeps the
 * terms of the personal-data requests, Ley 1581 de 2012 arts. 14 (consulta, 10) and 15 (reclamo,
 * 15).
 *
 * <ul>
 *   <li>{@code ley-1755}: Ley 1755 de 2015, art. 14 (15 / 10 / 30 business days).
 *   <li>{@code reservis}: seed 000 (Coop. Reservis CTA, política de atención): answers "de
 *       conformidad con el artículo 23 de la CP, ley 1755 de 2015": the legal terms.
 *   <li>{@code coproservicios}: seed 001 (Coproservicios S.A.S., política §7.2): the legal terms
 *       and a four-level escalation (servicio al cliente → coordinador del área → gerencia de
 *       operaciones → gerencia general); the policy states no days per level.
 *   <li>{@code deas}: seed 002 (DEAS Ltda., GO-PD-03 v02): quejas and reclamos answered "dentro de
 *       los diez días hábiles siguientes a la presentación" (activity 7) and the tabla MANEJO DE
 *       PQRS levels 1 → 2, 2 → 3, 3 → 8 days, 4 set by the committee.
 *   <li>{@code cootrayal}: seed 003 (Cootrayal, PR-CA10-2 §5.1): peticiones 15 business days (a
 *       consulta is a petición, so 15), quejas and reclamos 5, sugerencias and agradecimientos 15.
 *   <li>{@code alliance}: seed 004 (Alliance Risk &amp; Protection Ltda., PRO-SIG-10 v3 §5.1): "15
 *       días hábiles o menos" for every PQRS.
 * </ul>
 */
public final class TermPresets {

  public static final TermPreset LEY_1755 =
      new TermPreset(
          "ley-1755",
          "Ley 1755 de 2015",
          "Términos legales del derecho de petición (Ley 1755 de 2015, art. 14): peticiones,"
              + " quejas, reclamos, sugerencias, felicitaciones y denuncias 15 días hábiles;"
              + " solicitudes de documentos o información 10; consultas 30. Consultas de datos"
              + " personales 10 y reclamos de datos personales 15 (Ley 1581 de 2012, arts. 14 y 15).",
          TermTable.legalDefaults(),
          List.of());

  public static final TermPreset RESERVIS =
      new TermPreset(
          "reservis",
          "Coop. Reservis CTA",
          "Política de atención y servicio al cliente: PQRS atendidas de conformidad con"
              + " el art. 23 de la Constitución y la Ley 1755 de 2015; términos legales.",
          TermTable.legalDefaults(),
          List.of());

  public static final TermPreset COPROSERVICIOS =
      new TermPreset(
          "coproservicios",
          "Coproservicios S.A.S.",
          "Política de relación con copropietarios y clientes, §7.2: términos legales y"
              + " escalamiento en cuatro niveles, del servicio al cliente a la gerencia general.",
          TermTable.legalDefaults(),
          List.of(
              "Servicio al cliente",
              "Coordinador del área",
              "Gerencia de operaciones",
              "Gerencia general"));

  public static final TermPreset DEAS =
      new TermPreset(
          "deas",
          "DEAS Ltda.",
          "GO-PD-03, actividad 7 y tabla MANEJO DE PQRS: quejas y reclamos 10 días"
              + " hábiles; nivel 1 queja menor 2 días, nivel 2 queja de servicio 3, nivel 3 queja"
              + " mayor 8, nivel 4 novedad grave según el comité; demás tipos, términos legales.",
          TermTable.legalDefaults().withTypes(10, QUEJA, RECLAMO).withSeverityLevelDefaults(),
          List.of());

  public static final TermPreset COOTRAYAL =
      new TermPreset(
          "cootrayal",
          "Cootrayal",
          "PR-CA10-2, §5.1: peticiones en interés general o particular (y consultas) 15"
              + " días hábiles, quejas y reclamos 5, sugerencias y agradecimientos 15; solicitudes"
              + " de información, tope legal de 10.",
          TermTable.legalDefaults()
              .withTypes(15, PETICION, PETICION_PARTICULAR, CONSULTA, SUGERENCIA, FELICITACION)
              .withTypes(5, QUEJA, RECLAMO),
          List.of());

  public static final TermPreset ALLIANCE =
      new TermPreset(
          "alliance",
          "Alliance Risk & Protection Ltda.",
          "PRO-SIG-10, §5.1: 15 días hábiles o menos para toda PQRS; solicitudes de"
              + " información, tope legal de 10.",
          TermTable.legalDefaults()
              .withTypes(
                  15,
                  PETICION,
                  PETICION_PARTICULAR,
                  CONSULTA,
                  QUEJA,
                  RECLAMO,
                  SUGERENCIA,
                  FELICITACION,
                  DENUNCIA),
          List.of());

  private static final List<TermPreset> ALL =
      List.of(LEY_1755, RESERVIS, COPROSERVICIOS, DEAS, COOTRAYAL, ALLIANCE);

  private TermPresets() {}

  /** Every preset, the legal one first. */
  public static List<TermPreset> all() {
    return ALL;
  }

  /** The preset with identifier {@code id} (case-insensitive, surrounding blanks ignored). */
  public static Optional<TermPreset> byId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String key = id.strip();
    return ALL.stream().filter(p -> p.id().equalsIgnoreCase(key)).findFirst();
  }
}
