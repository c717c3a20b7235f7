package co.ventanilla.web.cases;

import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the inbox looked like when its owner last left it, for the rest of the session: the filters,
 * the page, the page size and the columns hidden or shown. Opening a case and coming back (the
 * menu, the browser's back button, the link of the workspace) finds the inbox as it was, as in the
 * agent views of Zammad and Znuny; a quick view from the dashboard ({@code ?vista=}) and "Limpiar
 * filtros" start again from the defaults.
 */
@SessionScoped
public class InboxMemory implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The filters of the inbox's fields. */
  public record Filters(
      String text,
      CaseFilter.Scope scope,
      PqrsType type,
      CaseState state,
      Channel channel,
      Long areaId,
      String agency,
      Integer level,
      boolean mine,
      CaseInboxView.Due due,
      LocalDate dueFrom,
      LocalDate dueTo,
      boolean waiting)
      implements Serializable {}

  private Filters filters;
  private int first;
  private int rows = 25;
  private boolean startOver;
  private final Set<String> shown = new HashSet<>();
  private final Set<String> hidden = new HashSet<>();

  /** The filters last used, if the inbox was opened in this session. */
  public Optional<Filters> filters() {
    return Optional.ofNullable(filters);
  }

  /**
   * Remembers the page about to be shown.
   *
   * @return the first row to show: {@code first}, or 0 when the filters changed (other filters
   *     start on their first page)
   */
  int remember(Filters filters, int first, int rows) {
    boolean other = startOver || (this.filters != null && !filters.equals(this.filters));
    int shown = other ? 0 : Math.max(0, first);
    startOver = false;
    this.filters = filters;
    this.first = shown;
    this.rows = rows > 0 ? rows : this.rows;
    return shown;
  }

  /**
   * Forgets the filters and the page: the next page shown is the first (the columns and the page
   * size stay as their owner chose them).
   */
  void forget() {
    filters = null;
    first = 0;
    startOver = true;
  }

  int first() {
    return first;
  }

  int rows() {
    return rows;
  }

  /**
   * Whether column {@code id} is shown: as its owner last toggled it, else {@code byDefault}.
   *
   * @param id the column's id in {@code bandeja.xhtml} ({@code colChannel}, ...)
   */
  boolean shows(String id, boolean byDefault) {
    if (shown.contains(id)) {
      return true;
    }
    return !hidden.contains(id) && byDefault;
  }

  void toggle(String id, boolean visible) {
    (visible ? shown : hidden).add(id);
    (visible ? hidden : shown).remove(id);
  }
}
