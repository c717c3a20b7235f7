package co.ventanilla.web.admin;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.organization.OrganizationSettingsService;
import co.ventanilla.organization.OrganizationSettingsService.Snapshot;
import co.ventanilla.organization.TermOverride;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.terms.TermPreset;
import co.ventanilla.terms.TermPresets;
import co.ventanilla.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Terms and preset ({@code admin/terminos.xhtml}): the preset in force (one of the five seed
 * procedures or the bare law) and whether Saturday is a business day, with a form to choose
 * another; then the term of each PQRS type and each severity level as it applies to new cases, each
 * editable and resettable to the preset. {@link OrganizationSettingsService} refuses any term
 * beyond the law (Ley 1755 de 2015, art. 14), and the refusal is shown as it comes. Cases already
 * filed keep their term.
 */
@Named
@ViewScoped
public class TermsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrganizationSettingsService settings;
  @Inject CurrentStaff staff;

  private TermPreset preset;
  private boolean saturdayBusinessDay;
  private List<TermRows.TypeTerm> types = List.of();
  private List<TermRows.LevelTerm> levels = List.of();

  private String presetId;
  private boolean saturday;

  private TermOverride.Kind kind;
  private String key;
  private Integer days;
  private boolean noTerm;

  @PostConstruct
  void load() {
    Snapshot now = settings.current();
    preset = TermPresets.byId(now.presetId()).orElse(TermPresets.LEY_1755);
    saturdayBusinessDay = now.saturdayBusinessDay();
    types = TermRows.types(preset, now);
    levels = TermRows.levels(preset, now);
    presetId = preset.id();
    saturday = saturdayBusinessDay;
  }

  /** Applies the preset and Saturday rule of the form to cases filed from now on. */
  public void applyPreset() {
    try {
      settings.choosePreset(presetId, saturday, staff.get().userName());
      load();
      Feedback.done("adm.terms.presetChosen", preset.displayName());
    } catch (CaseRuleViolation e) {
      Feedback.refused(e);
    }
  }

  /** Opens the dialog of the term of PQRS type {@code typeName}. */
  public void startType(String typeName) {
    kind = TermOverride.Kind.TYPE;
    key = typeName;
    days = types.stream().filter(t -> t.type().name().equals(typeName)).findFirst().get().days();
    noTerm = false;
  }

  /** Opens the dialog of the term of severity level {@code level}. */
  public void startLevel(int level) {
    kind = TermOverride.Kind.LEVEL;
    key = String.valueOf(level);
    days = levels.get(level - 1).days();
    noTerm = days == null;
  }

  /** Stores the term of the dialog as the organization's own. */
  public void saveTerm() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (days == null && !(isLevel() && noTerm)) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              Texts.of(faces, "adm").get("adm.terms.daysRequired"),
              null));
      faces.validationFailed();
      return;
    }
    String actor = staff.get().userName();
    try {
      if (isLevel()) {
        settings.setLevelTerm(Integer.parseInt(key), noTerm ? null : days, actor);
      } else {
        settings.setTypeTerm(PqrsType.valueOf(key), days, actor);
      }
    } catch (CaseRuleViolation e) {
      Feedback.refusedInDialog(e);
      return;
    }
    load();
    Feedback.done("adm.terms.saved", getSubject());
  }

  /** Goes back to the preset's term for PQRS type {@code typeName}. */
  public void resetType(String typeName) {
    reset(TermOverride.Kind.TYPE, typeName);
  }

  /** Goes back to the preset's term (or its lack of one) for severity level {@code level}. */
  public void resetLevel(int level) {
    reset(TermOverride.Kind.LEVEL, String.valueOf(level));
  }

  private void reset(TermOverride.Kind what, String termKey) {
    kind = what;
    key = termKey;
    try {
      settings.resetTerm(kind, key, staff.get().userName());
    } catch (CaseRuleViolation e) {
      Feedback.refused(e);
      return;
    }
    load();
    Feedback.done("adm.terms.reset", getSubject());
  }

  /** What the dialog or the last action is about, in the user's language: a type or a level. */
  public String getSubject() {
    if (key == null) {
      return "";
    }
    Texts msg = Texts.of(FacesContext.getCurrentInstance());
    return msg.get(isLevel() ? "level." + key : "type." + key);
  }

  public boolean isLevel() {
    return kind == TermOverride.Kind.LEVEL;
  }

  /** The most days the dialog's term may have: the law's for a type, 30 for a level. */
  public int getMaxDays() {
    if (isLevel()) {
      return TermRows.LEVEL_MAX;
    }
    return types.stream()
        .filter(t -> t.type().name().equals(key))
        .mapToInt(TermRows.TypeTerm::legalDays)
        .findFirst()
        .orElse(0);
  }

  public List<TermPreset> getPresets() {
    return TermPresets.all();
  }

  /** The preset picked in the form (not yet applied), for its description. */
  public TermPreset getPicked() {
    return TermPresets.byId(presetId).orElse(preset);
  }

  public TermPreset getPreset() {
    return preset;
  }

  public boolean isSaturdayBusinessDay() {
    return saturdayBusinessDay;
  }

  public List<TermRows.TypeTerm> getTypes() {
    return types;
  }

  public List<TermRows.LevelTerm> getLevels() {
    return levels;
  }

  public String getPresetId() {
    return presetId;
  }

  public void setPresetId(String presetId) {
    this.presetId = presetId;
  }

  public boolean isSaturday() {
    return saturday;
  }

  public void setSaturday(boolean saturday) {
    this.saturday = saturday;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  public boolean isNoTerm() {
    return noTerm;
  }

  public void setNoTerm(boolean noTerm) {
    this.noTerm = noTerm;
  }
}
