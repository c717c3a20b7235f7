package co.ventanilla.terms;

import co.ventanilla.calendar.BusinessCalendar;
import co.ventanilla.calendar.ColombianHolidays;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.organization.OrganizationSettingsService;
import co.ventanilla.organization.OrganizationSettingsService.Snapshot;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * The term rules in force: the business calendar (Colombian holidays, Saturday optionally a
 * business day) and the term table of the organization's preset with its own changes, as stored by
 * {@link OrganizationSettingsService} (chosen at first start from {@code ventanilla.preset},
 * default {@code ley-1755}: Ley 1755 de 2015 art. 14).
 *
 * <p>A new case's term is counted from the business day after receipt (art. 14: "dentro de los
 * quince (15) días siguientes a su recepción"). A type or level with no term (a level-4 novelty,
 * set by the committee) gets no due date at filing. Kept in memory and reloaded after a change.
 */
@ApplicationScoped
public class TermPolicy {

  private static final Logger LOG = Logger.getLogger(TermPolicy.class.getName());

  @EJB OrganizationSettingsService settings;

  private volatile Rules rules;
  private boolean fixed;

  public TermPolicy() {}

  /** Rules read from {@code settings}, for use outside a container. */
  public TermPolicy(OrganizationSettingsService settings) {
    this.settings = settings;
  }

  /** Fixed rules, for use outside a container. */
  public TermPolicy(TermPreset preset, BusinessCalendar calendar) {
    this.rules = new Rules(preset, preset.table(), calendar);
    this.fixed = true;
  }

  public TermPreset preset() {
    return rules().preset();
  }

  /** The preset's table with the organization's own terms applied. */
  public TermTable table() {
    return rules().table();
  }

  public BusinessCalendar calendar() {
    return rules().calendar();
  }

  /** The term in business days of a case of this type and level, when there is one. */
  public OptionalInt termDays(PqrsType type, Integer level) {
    return table().termFor(type, level);
  }

  /** Forgets the rules in memory; the next use reads them again. */
  public void invalidate() {
    if (!fixed) {
      rules = null;
    }
  }

  private Rules rules() {
    Rules r = rules;
    if (r == null) {
      r = load(settings.current());
      rules = r;
    }
    return r;
  }

  static Rules load(Snapshot s) {
    TermPreset preset = TermPresets.byId(s.presetId()).orElse(TermPresets.LEY_1755);
    TermTable table = preset.table();
    for (Map.Entry<PqrsType, Integer> e : s.typeTerms().entrySet()) {
      table = table.withType(e.getKey(), e.getValue());
    }
    for (Map.Entry<Integer, Integer> e : s.levelTerms().entrySet()) {
      table =
          e.getValue() == null
              ? table.withoutLevel(e.getKey())
              : table.withLevel(e.getKey(), e.getValue());
    }
    BusinessCalendar calendar =
        new BusinessCalendar(ColombianHolidays.shared(), s.saturdayBusinessDay());
    int overrides = s.typeTerms().size() + s.levelTerms().size();
    LOG.info(
        () ->
            "Term rules: preset "
                + preset.id()
                + (overrides > 0 ? ", " + overrides + " own terms" : "")
                + (s.saturdayBusinessDay() ? ", Saturday is a business day" : ""));
    return new Rules(preset, table, calendar);
  }

  record Rules(TermPreset preset, TermTable table, BusinessCalendar calendar) {}
}
