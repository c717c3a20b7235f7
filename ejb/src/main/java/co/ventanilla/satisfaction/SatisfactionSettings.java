package co.ventanilla.satisfaction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The satisfaction settings, from MicroProfile Config (an environment variable overrides each, e.g.
 * {@code VENTANILLA_RATING_CHANGE_DAYS}):
 *
 * <ul>
 *   <li>{@value #RATING_SECRET}: the key that signs rating and survey links (HMAC-SHA256). Unset,
 *       one is generated at the first use and kept in the database ({@code satisfaction_secret});
 *       never in the repository;
 *   <li>{@value #RATING_LINK_DAYS}: days after the answer during which the rating links work
 *       (default 30);
 *   <li>{@value #RATING_CHANGE_DAYS}: days after the first rating during which the petitioner may
 *       change it through the same link (default 5); then the link is refused;
 *   <li>{@value #RATING_REMINDER_DAYS}: days after the answer without a rating after which one
 *       reminder is mailed (default 5; 0 turns reminders off);
 *   <li>{@value #SURVEY_ANSWER_DAYS}: days a survey campaign takes answers (default 30);
 *   <li>{@value #SURVEY_REMINDER_DAYS}: days after opening when the contacts who have not answered
 *       get one reminder (default 10);
 *   <li>{@value #SURVEY_RECIPIENTS}: extra addresses that receive the results when a campaign
 *       closes, besides the process leaders and the SIG accounts.
 * </ul>
 */
@ApplicationScoped
public class SatisfactionSettings {

  public static final String RATING_SECRET = "ventanilla.rating.secret";
  public static final String RATING_LINK_DAYS = "ventanilla.rating.link-days";
  public static final String RATING_CHANGE_DAYS = "ventanilla.rating.change-days";
  public static final String RATING_REMINDER_DAYS = "ventanilla.rating.reminder-days";
  public static final String SURVEY_ANSWER_DAYS = "ventanilla.survey.answer-days";
  public static final String SURVEY_REMINDER_DAYS = "ventanilla.survey.reminder-days";
  public static final String SURVEY_RECIPIENTS = "ventanilla.survey.recipients";
  public static final String PUBLIC_URL = "ventanilla.public-url";

  private final Config config;
  private final Map<String, String> fixed;

  public SatisfactionSettings() {
    this.config = ConfigProvider.getConfig(SatisfactionSettings.class.getClassLoader());
    this.fixed = null;
  }

  private SatisfactionSettings(Map<String, String> fixed) {
    this.config = null;
    this.fixed = fixed;
  }

  /** Fixed settings, for use outside a container. */
  public static SatisfactionSettings of(Map<String, String> values) {
    return new SatisfactionSettings(values);
  }

  Optional<String> value(String key) {
    Optional<String> v =
        fixed != null
            ? Optional.ofNullable(fixed.get(key))
            : config.getOptionalValue(key, String.class);
    return v.map(String::strip).filter(s -> !s.isEmpty());
  }

  private int days(String key, int fallback) {
    try {
      return Math.max(0, value(key).map(Integer::parseInt).orElse(fallback));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  public Optional<String> secret() {
    return value(RATING_SECRET);
  }

  public int linkDays() {
    return Math.max(1, days(RATING_LINK_DAYS, 30));
  }

  public int changeDays() {
    return days(RATING_CHANGE_DAYS, 5);
  }

  public int reminderDays() {
    return days(RATING_REMINDER_DAYS, 5);
  }

  public int surveyAnswerDays() {
    return Math.max(1, days(SURVEY_ANSWER_DAYS, 30));
  }

  public int surveyReminderDays() {
    return days(SURVEY_REMINDER_DAYS, 10);
  }

  public java.util.List<String> surveyRecipients() {
    return value(SURVEY_RECIPIENTS)
        .map(v -> java.util.Arrays.stream(v.split("[,;]")).map(String::strip))
        .map(s -> s.filter(x -> !x.isEmpty()).distinct().toList())
        .orElse(java.util.List.of());
  }

  /** The public address, ending in "/", base of every link in mails. */
  public String publicUrl() {
    String base = value(PUBLIC_URL).orElse("http://localhost:8080/");
    return base.endsWith("/") ? base : base + "/";
  }
}
