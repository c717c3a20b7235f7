package co.ventanilla.reports;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * When the reports go out and to whom, as in force: the administrator's choice when one was saved
 * ({@code changedBy} and {@code changedAt} say who and when), otherwise the configuration ({@value
 * ReportSettings#RECIPIENTS}, {@value ReportSettings#HOUR}, {@value
 * ReportSettings#LOOKBACK_MONTHS}).
 *
 * @param recipients the addresses that receive the reports besides the management and SIG accounts
 * @param hour the hour (0–23, Colombian time) of the first business day after a period ends
 * @param lookbackMonths how far back the start-up catches up on missing reports
 * @param changedBy the administrator who saved it; {@code null} when the configuration decides
 * @param changedAt when it was saved; {@code null} when the configuration decides
 */
public record ReportSchedule(
    List<String> recipients,
    int hour,
    int lookbackMonths,
    String changedBy,
    LocalDateTime changedAt)
    implements Serializable {

  /** The highest look-back an administrator may set (five years). */
  public static final int MAX_LOOKBACK = 60;

  public ReportSchedule {
    recipients = List.copyOf(recipients);
  }

  /** The schedule of the configuration. */
  public static ReportSchedule of(ReportSettings settings) {
    return new ReportSchedule(
        settings.recipients(), settings.hour(), settings.lookbackMonths(), null, null);
  }

  /** Whether the configuration decides (nobody saved a schedule). */
  public boolean fromConfiguration() {
    return changedBy == null;
  }
}
