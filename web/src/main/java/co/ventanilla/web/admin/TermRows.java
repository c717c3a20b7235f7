package co.ventanilla.web.admin;

import co.ventanilla.cases.PqrsType;
import co.ventanilla.organization.OrganizationSettingsService.Snapshot;
import co.ventanilla.terms.TermPreset;
import co.ventanilla.terms.TermTable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The terms in force as the terms screen shows them: the preset's term, the organization's own
 * where it set one, and the ceiling. A type's ceiling is the law's (Ley 1755 de 2015, art. 14: 15
 * business days, 10 for documents and information, 30 for consultas); a level's is 30 days, and a
 * level may have no term (set case by case, e.g. a level-4 novelty by the committee, seed 002).
 * Built the way {@code TermPolicy} applies the stored overrides to the preset.
 */
final class TermRows {

  private static final TermTable LAW = TermTable.legalDefaults();

  /** The longest term a level may have ({@code OrganizationSettingsService.setLevelTerm}). */
  static final int LEVEL_MAX = 30;

  private TermRows() {}

  /** One row per PQRS type, in the order of {@link PqrsType}. */
  static List<TypeTerm> types(TermPreset preset, Snapshot settings) {
    List<TypeTerm> rows = new ArrayList<>();
    for (PqrsType type : PqrsType.values()) {
      int legal = LAW.typeTerm(type).orElse(15);
      int fromPreset = preset.table().typeTerm(type).orElse(legal);
      Integer own = settings.typeTerms().get(type);
      rows.add(new TypeTerm(type, fromPreset, legal, own == null ? fromPreset : own, own != null));
    }
    return rows;
  }

  /** One row per severity level, 1 to {@link TermTable#MAX_LEVEL}. */
  static List<LevelTerm> levels(TermPreset preset, Snapshot settings) {
    List<LevelTerm> rows = new ArrayList<>();
    for (int level = 1; level <= TermTable.MAX_LEVEL; level++) {
      OptionalInt inPreset = preset.table().levelTerm(level);
      Integer fromPreset = inPreset.isPresent() ? inPreset.getAsInt() : null;
      boolean own = settings.levelTerms().containsKey(level);
      Integer days = own ? settings.levelTerms().get(level) : fromPreset;
      rows.add(new LevelTerm(level, fromPreset, days, own));
    }
    return rows;
  }

  /** A type's term: the preset's, the law's ceiling, the one in force, and whether it is own. */
  public record TypeTerm(PqrsType type, int presetDays, int legalDays, int days, boolean overridden)
      implements Serializable {}

  /** A level's term; {@code days} and {@code presetDays} null mean no term. */
  public record LevelTerm(int level, Integer presetDays, Integer days, boolean overridden)
      implements Serializable {

    public boolean noTerm() {
      return days == null;
    }

    public int maxDays() {
      return LEVEL_MAX;
    }
  }
}
