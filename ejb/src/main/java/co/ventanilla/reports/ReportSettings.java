package co.ventanilla.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The reports' settings, from MicroProfile Config (an environment variable overrides each, e.g.
 * {@code VENTANILLA_REPORTS_RECIPIENTS}):
 *
 * <ul>
 *   <li>{@value #RECIPIENTS}: addresses, comma-separated, that receive the quarterly and semiannual
 *       reports besides the active management (gerencia) and SIG accounts with an email;
 *   <li>{@value #HOUR}: the hour (0–23, Colombian time) of the first business day after a period
 *       ends at which its report is generated and mailed (default 7);
 *   <li>{@value #LOOKBACK_MONTHS}: how far back, in months, the start-up catches up on reports that
 *       were never generated (default 12; never before the first case);
 *   <li>{@code ventanilla.company.name}: the company on the cover.
 * </ul>
 */
@ApplicationScoped
public class ReportSettings {

  public static final String RECIPIENTS = "ventanilla.reports.recipients";
  public static final String HOUR = "ventanilla.reports.hour";
  public static final String LOOKBACK_MONTHS = "ventanilla.reports.lookback-months";
  public static final String COMPANY = "ventanilla.company.name";

  private final Config config;

  public ReportSettings() {
    this(ConfigProvider.getConfig(ReportSettings.class.getClassLoader()));
  }

  public ReportSettings(Config config) {
    this.config = config;
  }

  /** Fixed settings, for use outside a container. */
  public static ReportSettings of(List<String> recipients, int hour, int lookbackMonths) {
    java.util.Map<String, String> values =
        java.util.Map.of(
            RECIPIENTS, String.join(",", recipients),
            HOUR, String.valueOf(hour),
            LOOKBACK_MONTHS, String.valueOf(lookbackMonths),
            COMPANY, "Seguridad Andina S.A.S.");
    return new ReportSettings(null) {
      @Override
      <T> java.util.Optional<T> value(String key, Class<T> type) {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
          return java.util.Optional.empty();
        }
        return java.util.Optional.of(type.cast(type == Integer.class ? Integer.valueOf(v) : v));
      }
    };
  }

  <T> java.util.Optional<T> value(String key, Class<T> type) {
    return config.getOptionalValue(key, type);
  }

  /** The configured addresses (without the staff accounts'). */
  public List<String> recipients() {
    return value(RECIPIENTS, String.class)
        .map(v -> Arrays.stream(v.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()))
        .map(s -> s.distinct().toList())
        .orElse(List.of());
  }

  public int hour() {
    int h = value(HOUR, Integer.class).orElse(7);
    return Math.max(0, Math.min(23, h));
  }

  public int lookbackMonths() {
    return Math.max(1, value(LOOKBACK_MONTHS, Integer.class).orElse(12));
  }

  public String company() {
    return value(COMPANY, String.class).orElse("Ventanilla");
  }
}
