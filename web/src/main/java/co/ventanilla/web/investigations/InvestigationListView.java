package co.ventanilla.web.investigations;

import co.ventanilla.investigations.InvestigationService;
import co.ventanilla.investigations.InvestigationStatus;
import co.ventanilla.investigations.InvestigationSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The list of investigations ({@code investigaciones/lista.xhtml}, and the committee's home): the
 * user's own (all of them for the Dirección SIG and the administrator), with a filter for the open
 * ones and those with overdue tasks.
 */
@Named
@ViewScoped
public class InvestigationListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InvestigationService investigations;

  private List<InvestigationSummary> all = List.of();
  private String show = "abiertas";

  @PostConstruct
  void load() {
    all = investigations.mine();
  }

  /**
   * The rows of the filter: {@code abiertas}, {@code vencidas} (overdue tasks) or {@code todas}.
   */
  public List<InvestigationSummary> getRows() {
    return switch (show) {
      case "todas" -> all;
      case "vencidas" -> all.stream().filter(s -> s.overdueTasks() > 0).toList();
      default -> all.stream().filter(s -> s.status() == InvestigationStatus.ABIERTA).toList();
    };
  }

  public long getOpenCount() {
    return all.stream().filter(s -> s.status() == InvestigationStatus.ABIERTA).count();
  }

  public long getOverdueCount() {
    return all.stream().filter(s -> s.overdueTasks() > 0).count();
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }

  public String getShow() {
    return show;
  }

  public void setShow(String show) {
    this.show = show == null ? "abiertas" : show;
  }
}
