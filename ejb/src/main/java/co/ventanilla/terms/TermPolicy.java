package co.ventanilla.terms;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.calendar.ColombianHolidays;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.config.ConfigKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organization's term rules in force: the business calendar (Colombian holidays, Saturday
 * optionally a business day) and the term table of the chosen preset ({@code ventanilla.preset},
 * default {@code ley-1755}: Ley 1755 de 2015 art. 14).
 *
 * <p>A new case's legal due date is its term in business days counted from the business day after
 * receipt (art. 14: "dentro de los quince (15) días siguientes a su recepción"). A type or level
 * with no term (a level-4 novelty, set by the committee) gets no due date at filing.
 */
@ApplicationScoped
public class TermPolicy {

  private static final Logger LOG = Logger.getLogger(TermPolicy.class.getName());

  @Inject
  @ConfigProperty(name = ConfigKeys.TERM_PRESET, defaultValue = "ley-1755")
  String presetId;

  @Inject
  @ConfigProperty(name = ConfigKeys.SATURDAY_BUSINESS_DAY, defaultValue = "false")
  boolean saturdayIsBusinessDay;

  private TermPreset preset;
  private BusinessCalendar calendar;

  public TermPolicy() {}

  /** For use outside a container. */
  public TermPolicy(TermPreset preset, BusinessCalendar calendar) {
    this.preset = preset;
    this.calendar = calendar;
  }

  @PostConstruct
  void load() {
    preset =
        TermPresets.byId(presetId)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Unknown "
                            + ConfigKeys.TERM_PRESET
                            + " '"
                            + presetId
                            + "'; valid: "
                            + TermPresets.all().stream().map(TermPreset::id).toList()));
    calendar = new BusinessCalendar(ColombianHolidays.shared(), saturdayIsBusinessDay);
    LOG.info(
        () ->
            "Term rules: preset "
                + preset.id()
                + (saturdayIsBusinessDay ? ", Saturday is a business day" : ""));
  }

  public TermPreset preset() {
    return preset;
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  /** The term in business days of a case of this type and level, when the preset gives one. */
  public OptionalInt termDays(PqrsType type, Integer level) {
    return preset.table().termFor(type, level);
  }
}
