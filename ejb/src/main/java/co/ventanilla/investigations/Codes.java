package co.ventanilla.investigations;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads the enum codes the API and screens send ({@code hurto}, {@code video_cctv}), any case, and
 * refuses an unknown one with a Spanish message naming the field.
 */
public final class Codes {

  private Codes() {}

  /**
   * The constant of {@code type} named {@code code}, or an {@link InvestigationRuleViolation} on
   * {@code field} with {@code key}; null for a blank code.
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String code, String field, String key) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String wanted = code.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(wanted))
        .findFirst()
        .orElseThrow(() -> InvestigationRuleViolation.field(field, key, code.strip()));
  }

  /** The code of {@code value} as the API writes it, e.g. {@code video_cctv}. */
  public static String code(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }
}
