package co.ventanilla.web.cases;

import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseQueryService;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.PqrsType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The inbox ({@code index.xhtml}): every case the user may see, most urgent first, a page at a
 * time. Each request runs one count and one page query, whatever the number of cases.
 */
@Named
@ViewScoped
public class CaseInboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseQueryService cases;

  private String text;
  private PqrsType type;
  private CaseState state;
  private final LazyDataModel<CaseSummary> model = new CasePage();

  public LazyDataModel<CaseSummary> getModel() {
    return model;
  }

  public PqrsType[] getTypes() {
    return PqrsType.values();
  }

  public CaseState[] getStates() {
    return CaseState.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public PqrsType getType() {
    return type;
  }

  public void setType(PqrsType type) {
    this.type = type;
  }

  public CaseState getState() {
    return state;
  }

  public void setState(CaseState state) {
    this.state = state;
  }

  private CaseFilter filter() {
    return new CaseFilter(text, type, state);
  }

  private class CasePage extends LazyDataModel<CaseSummary> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, cases.count(filter()));
    }

    @Override
    public List<CaseSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return cases.page(filter(), first, pageSize);
    }

    @Override
    public String getRowKey(CaseSummary row) {
      return row.radicado();
    }

    @Override
    public CaseSummary getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(c -> c.radicado().equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }
}
