package co.ventanilla.cases;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How people type a radicado they read on a printed constancia or hear by phone: the one rule that
 * the inbox search and the public status page share. A whole radicado whose dashes were lost
 * ({@code 2026000037}, {@code PQRS2026000037}; the line of a printed constancia often breaks at the
 * dash) is rebuilt as the radicados it may be: the number, the number with the letters typed, and
 * the number with the configured prefix ({@code ventanilla.radicado.prefix}).
 */
public final class Radicados {

  /** Letters (the prefix), the year, six digits, the dashes optional. */
  private static final Pattern WHOLE = Pattern.compile("(?i)([a-z]*)-?((?:19|20)\\d{2})-?(\\d{6})");

  private Radicados() {}

  /**
   * The radicados {@code compact} (spaces and dots already removed) may be, number first; empty
   * when it is not a whole radicado.
   */
  public static List<String> rebuilt(String compact, String prefix) {
    Matcher m = WHOLE.matcher(compact);
    if (!m.matches()) {
      return List.of();
    }
    String number = m.group(2) + "-" + m.group(3);
    Set<String> radicados = new LinkedHashSet<>();
    radicados.add(number);
    if (!m.group(1).isEmpty()) {
      radicados.add(m.group(1).toUpperCase(Locale.ROOT) + "-" + number);
    }
    if (prefix != null && !prefix.isBlank()) {
      radicados.add(prefix + number);
    }
    return List.copyOf(radicados);
  }

  /** Whether {@code compact} is a whole radicado typed with letters before the year. */
  public static boolean lettered(String compact) {
    Matcher m = WHOLE.matcher(compact);
    return m.matches() && !m.group(1).isEmpty();
  }

  /** {@code ventanilla.radicado.prefix}, when a configuration is at hand (none in plain tests). */
  public static String configuredPrefix() {
    try {
      return org.eclipse.microprofile.config.ConfigProvider.getConfig()
          .getOptionalValue(co.ventanilla.config.ConfigKeys.RADICADO_PREFIX, String.class)
          .orElse("");
    } catch (RuntimeException | LinkageError noConfiguration) {
      return "";
    }
  }
}
