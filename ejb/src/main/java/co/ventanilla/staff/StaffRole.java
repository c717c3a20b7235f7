package co.ventanilla.staff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person does in the PQRS procedure (DOMAIN.md, "Who uses it"). The lower-case {@link
 * #roleName()} is the Jakarta Security group and role, e.g. {@code lider}.
 *
 * <ul>
 *   <li>{@link #RECEPCION}: analista de operaciones / recepción; registers phone, in-person and
 *       suggestion-box submissions, classifies and assigns (seed 002 §4 activities 1–3).
 *   <li>{@link #RESPONSABLE}: the colaborador in an area who analyses, investigates and drafts the
 *       answer (seed 002 §4 activity 4).
 *   <li>{@link #LIDER}: líder de proceso, approves the answers of the area (seed 004 §3).
 *   <li>{@link #SIG}: Dirección SIG / calidad, owns the whole flow, approves any answer, closes
 *       cases, measures (seed 003 §4, seed 004 §3).
 *   <li>{@link #COMITE}: member of an investigation committee (seed 002 §4 activity 2: Operaciones,
 *       SIG, Gestión Humana, Gerencia).
 *   <li>{@link #GERENCIA}: management; reads cases and receives the reports (seed 003 §5.3).
 *   <li>{@link #ADMIN}: IT; users, areas, agencies and settings.
 *   <li>{@link #DATOS}: the data-protection officer, who attends the titulares' requests: finds,
 *       exports, rectifies and anonymises a person's data (seed 001 §9.2: "Designamos responsables
 *       para atender solicitudes relacionadas con datos personales"; Ley 1581 de 2012, art. 17
 *       literal j and art. 18). The Dirección SIG holds this capability too, by default.
 * </ul>
 */
public enum StaffRole {
  RECEPCION,
  RESPONSABLE,
  LIDER,
  SIG,
  COMITE,
  GERENCIA,
  ADMIN,
  DATOS;

  /** The group and role name of the container, e.g. {@code recepcion}. */
  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role whose {@link #roleName()} or constant name is {@code name}, ignoring case. */
  public static Optional<StaffRole> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip();
    return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(wanted)).findFirst();
  }
}
