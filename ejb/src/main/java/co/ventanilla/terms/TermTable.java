package co.ventanilla.terms;

import co.ventanilla.cases.PqrsType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * How many business days a case has to be answered, by PQRS type and by severity level.
 *
 * <p>Business rules:
 *
 * <ul>
 *   <li>Legal defaults, Ley 1755 de 2015, art. 14: every petición is answered within 15 business
 *       days after its receipt (this covers peticiones in general or particular interest, quejas,
 *       reclamos, sugerencias, felicitaciones and denuncias); requests for documents or information
 *       within 10; consultas within 30. The law has no severity levels: {@link #legalDefaults()}
 *       has none.
 *   <li>Personal-data requests, Ley 1581 de 2012: a consulta within 10 business days (art. 14), a
 *       reclamo within 15 (art. 15).
 *   <li>Severity levels, seed 002 (DEAS GO-PD-03), tabla MANEJO DE PQRS: level 1 queja menor 1–2
 *       days, 2 queja de servicio 2–3, 3 queja mayor 3–8, 4 novedad grave "depende de la
 *       complejidad" (set by the committee). {@link #withSeverityLevelDefaults()} takes the upper
 *       bound of each range (2, 3, 8) and leaves level 4 empty.
 *   <li>When a case has both a type term and a level term, the stricter (smaller) applies. An empty
 *       level term (level 4) does not lift the type term: a novedad grave is still a petición with
 *       its legal term.
 * </ul>
 *
 * <p>Immutable; the {@code with...} methods return modified copies.
 */
public final class TermTable {

  /** The highest severity level (seed 002: 4, novedad grave). */
  public static final int MAX_LEVEL = 4;

  private final Map<PqrsType, Integer> byType;
  private final Map<Integer, Integer> byLevel;

  private TermTable(Map<PqrsType, Integer> byType, Map<Integer, Integer> byLevel) {
    this.byType = Collections.unmodifiableMap(byType);
    this.byLevel = Collections.unmodifiableMap(byLevel);
  }

  /**
   * The terms of Ley 1755 de 2015, art. 14, and of the personal-data requests of Ley 1581 de 2012
   * (consulta 10 business days, art. 14; reclamo 15, art. 15), without severity levels.
   */
  public static TermTable legalDefaults() {
    Map<PqrsType, Integer> byType = new EnumMap<>(PqrsType.class);
    for (PqrsType type : PqrsType.values()) {
      byType.put(type, 15);
    }
    byType.put(PqrsType.SOLICITUD_INFORMACION, 10);
    byType.put(PqrsType.CONSULTA, 30);
    byType.put(PqrsType.CONSULTA_DATOS, 10); // Ley 1581 de 2012, art. 14
    byType.put(PqrsType.RECLAMO_DATOS, 15); // Ley 1581 de 2012, art. 15
    return new TermTable(byType, new TreeMap<>());
  }

  /**
   * A copy with the level terms of seed 002 (DEAS GO-PD-03, tabla MANEJO DE PQRS), upper bound of
   * each range: level 1 → 2, 2 → 3, 3 → 8 business days; level 4 left to the committee (empty).
   */
  public TermTable withSeverityLevelDefaults() {
    return withLevel(1, 2).withLevel(2, 3).withLevel(3, 8).withoutLevel(4);
  }

  /** A copy in which {@code type} gets {@code days} business days. */
  public TermTable withType(PqrsType type, int days) {
    Objects.requireNonNull(type, "type");
    requirePositive(days);
    Map<PqrsType, Integer> copy = copyOfTypes();
    copy.put(type, days);
    return new TermTable(copy, new TreeMap<>(byLevel));
  }

  /** A copy in which every one of {@code types} gets {@code days} business days. */
  public TermTable withTypes(int days, PqrsType... types) {
    TermTable table = this;
    for (PqrsType type : types) {
      table = table.withType(type, days);
    }
    return table;
  }

  /** A copy in which severity {@code level} (1–4) gets {@code days} business days. */
  public TermTable withLevel(int level, int days) {
    requireLevel(level);
    requirePositive(days);
    Map<Integer, Integer> copy = new TreeMap<>(byLevel);
    copy.put(level, days);
    return new TermTable(copyOfTypes(), copy);
  }

  /** A copy in which severity {@code level} (1–4) has no term of its own. */
  public TermTable withoutLevel(int level) {
    requireLevel(level);
    Map<Integer, Integer> copy = new TreeMap<>(byLevel);
    copy.remove(level);
    return new TermTable(copyOfTypes(), copy);
  }

  /** The term of {@code type}, if configured. */
  public OptionalInt typeTerm(PqrsType type) {
    Integer days = byType.get(Objects.requireNonNull(type, "type"));
    return days == null ? OptionalInt.empty() : OptionalInt.of(days);
  }

  /** The term of severity {@code level} (1–4), if configured. */
  public OptionalInt levelTerm(int level) {
    requireLevel(level);
    Integer days = byLevel.get(level);
    return days == null ? OptionalInt.empty() : OptionalInt.of(days);
  }

  /**
   * The term of a case of {@code type} and severity {@code levelOrNull} (null when the case has no
   * level): the smaller of the type term and the level term, whichever are configured; empty only
   * when neither is.
   */
  public OptionalInt termFor(PqrsType type, Integer levelOrNull) {
    OptionalInt typeTerm = typeTerm(type);
    OptionalInt levelTerm = levelOrNull == null ? OptionalInt.empty() : levelTerm(levelOrNull);
    if (typeTerm.isPresent() && levelTerm.isPresent()) {
      return OptionalInt.of(Math.min(typeTerm.getAsInt(), levelTerm.getAsInt()));
    }
    return typeTerm.isPresent() ? typeTerm : levelTerm;
  }

  private Map<PqrsType, Integer> copyOfTypes() {
    Map<PqrsType, Integer> copy = new EnumMap<>(PqrsType.class);
    copy.putAll(byType);
    return copy;
  }

  private static void requireLevel(int level) {
    if (level < 1 || level > MAX_LEVEL) {
      throw new IllegalArgumentException(
          "Severity level must be between 1 and " + MAX_LEVEL + ": " + level);
    }
  }

  private static void requirePositive(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("A term must be at least one business day: " + days);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermTable other
        && byType.equals(other.byType)
        && byLevel.equals(other.byLevel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(byType, byLevel);
  }

  @Override
  public String toString() {
    return "TermTable[byType=" + byType + ", byLevel=" + byLevel + "]";
  }
}
