package co.ventanilla.terms;

import java.util.List;
import java.util.Objects;

/**
 * A named, ready-made configuration of terms: the terms one of the seed organizations applies (see
 * {@link TermPresets} for each one and its source).
 *
 * @param id stable identifier used in configuration, e.g. {@code deas}
 * @param displayName Spanish name shown to users
 * @param description Spanish summary of the rule, citing its source
 * @param table the terms by type and severity level
 * @param escalationLevels the organization's escalation ladder, first level first; empty when its
 *     procedure defines none
 */
public record TermPreset(
    String id,
    String displayName,
    String description,
    TermTable table,
    List<String> escalationLevels) {

  public TermPreset {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(table, "table");
    escalationLevels = List.copyOf(escalationLevels);
  }
}
