package co.ventanilla.web.cases;

import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseSort;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.InboxCount;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.access.CaseDesk;
import co.ventanilla.documents.CaseListWorkbook;
import co.ventanilla.organization.Agency;
import co.ventanilla.organization.AgencyService;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.AreaService;
import co.ventanilla.terms.TermPolicy;
import co.ventanilla.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * The inbox ({@code casos/bandeja.xhtml}): the cases the user may see, open ones and most urgent
 * first by default, narrowed by type, state, channel, area, agency, level, due window and text, a
 * page at a time. Each page is one count and one page query ({@link CaseDesk}), whatever the number
 * of cases; counts stop at {@link InboxCount#CAP}. The filtered list exports to Excel.
 */
@Named
@ViewScoped
public class CaseInboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Quick windows of the due date. */
  public enum Due {
    ANY,
    OVERDUE,
    TODAY,
    NEXT_3,
    THIS_WEEK,
    RANGE
  }

  @Inject CaseDesk desk;
  @Inject AreaService areaService;
  @Inject AgencyService agencyService;
  @Inject TermPolicy terms;
  @Inject Clock clock;
  @Inject InboxMemory memory;

  /** The columns of {@code bandeja.xhtml} in their order, as the column toggler numbers them. */
  static final List<String> COLUMNS =
      List.of(
          "colRadicado",
          "colType",
          "colSubject",
          "colChannel",
          "colAgency",
          "colArea",
          "colResponsible",
          "colLevel",
          "colState",
          "colReceived",
          "colDue");

  /** The columns hidden until their owner shows them. */
  private static final Set<String> HIDDEN_BY_DEFAULT =
      Set.of("colChannel", "colAgency", "colResponsible");

  private String view;
  private String text;
  private CaseFilter.Scope scope = CaseFilter.Scope.OPEN;
  private PqrsType type;
  private CaseState state;
  private Channel channel;
  private Long areaId;
  private String agency;
  private Integer level;
  private boolean mine;
  private Due due = Due.ANY;
  private LocalDate dueFrom;
  private LocalDate dueTo;
  private boolean waiting;
  private InboxCount lastCount;
  private CaseSort lastSort = CaseSort.MOST_URGENT;
  private List<Area> areas;
  private List<Agency> agencies;
  private final LazyDataModel<CaseSummary> model = new CasePage();

  @PostConstruct
  void init() {
    areas = areaService.areas().stream().filter(Area::active).toList();
    agencies = agencyService.active();
    memory.filters().ifPresent(this::restore);
  }

  private void restore(InboxMemory.Filters f) {
    text = f.text();
    scope = f.scope();
    type = f.type();
    state = f.state();
    channel = f.channel();
    areaId = f.areaId();
    agency = f.agency();
    level = f.level();
    mine = f.mine();
    due = f.due();
    dueFrom = f.dueFrom();
    dueTo = f.dueTo();
    waiting = f.waiting();
  }

  private InboxMemory.Filters snapshot() {
    return new InboxMemory.Filters(
        text, scope, type, state, channel, areaId, agency, level, mine, due, dueFrom, dueTo,
        waiting);
  }

  /** The first row of the page shown: where its owner left the inbox in this session. */
  public int getFirst() {
    return memory.first();
  }

  /** Rows per page, as its owner last chose. */
  public int getRows() {
    return memory.rows();
  }

  /** Whether column {@code id} of the table is shown. */
  public boolean shows(String id) {
    return memory.shows(id, !HIDDEN_BY_DEFAULT.contains(id));
  }

  /** Remembers a column shown or hidden with the column toggler. */
  public void onToggle(org.primefaces.event.ToggleEvent event) {
    if (event.getData() instanceof Integer index && index >= 0 && index < COLUMNS.size()) {
      memory.toggle(
          COLUMNS.get(index), event.getVisibility() == org.primefaces.model.Visibility.VISIBLE);
    }
  }

  /**
   * Applies the quick view named in the address ({@code ?vista=}): {@code mios} (my cases), {@code
   * vencidos}, {@code hoy}, {@code proximos}, {@code todos}, and the work queues of the home page:
   * {@code por-clasificar} (radicados not yet classified and assigned, oldest first), {@code
   * por-aprobar} (answers drafted), {@code por-enviar} (answers approved), {@code esperando} (the
   * petitioner's information, art. 17), {@code sede-por-confirmar} (the agency received matched
   * none of the configured ones: reception chooses it).
   */
  public void applyView() {
    if (view == null) {
      return;
    }
    clear();
    switch (view) {
      case "mios" -> mine = true;
      case "vencidos" -> due = Due.OVERDUE;
      case "hoy" -> due = Due.TODAY;
      case "proximos" -> due = Due.NEXT_3;
      case "todos" -> scope = CaseFilter.Scope.ALL;
      case "por-clasificar" -> state = CaseState.RADICADO;
      case "por-aprobar" -> state = CaseState.RESPUESTA_PROYECTADA;
      case "por-enviar" -> state = CaseState.RESPUESTA_APROBADA;
      case "esperando" -> waiting = true;
      case "sede-por-confirmar" -> agency = CaseFilter.UNCONFIRMED_AGENCY;
      default -> {
        // unknown views show the default inbox
      }
    }
  }

  /** Clears every filter: the open cases, most urgent first. */
  public void clear() {
    memory.forget();
    text = null;
    scope = CaseFilter.Scope.OPEN;
    type = null;
    state = null;
    channel = null;
    areaId = null;
    agency = null;
    level = null;
    mine = false;
    due = Due.ANY;
    dueFrom = null;
    dueTo = null;
    waiting = false;
  }

  /** The filter of the screen's fields, in the caller's terms. */
  CaseFilter filter() {
    LocalDate today = today();
    CaseFilter.Builder b =
        CaseFilter.builder()
            .text(text)
            .scope(scope)
            .type(type)
            .state(state)
            .channel(channel)
            .areaId(areaId)
            .agency(agency)
            .level(level)
            .responsible(mine ? desk.me().userName() : null)
            .awaitingInformation(waiting);
    switch (due) {
      case OVERDUE -> b.overdue(true);
      case TODAY -> b.due(today, today);
      case NEXT_3 -> b.due(today, terms.calendar().addBusinessDays(today, 3));
      case THIS_WEEK -> b.due(today, today.with(DayOfWeek.SUNDAY));
      case RANGE -> b.due(dueFrom, dueTo);
      default -> {
        // any due date
      }
    }
    return b.build();
  }

  /** Today in Colombian time, for the badges. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** "More than 10,000" when the count stopped at its cap. */
  public boolean isCapped() {
    return lastCount != null && lastCount.capped();
  }

  /** The filtered list as an Excel workbook (at most {@link InboxCount#CAP} rows). */
  public StreamedContent getExport() {
    CaseFilter filter = filter();
    CaseSort sort = lastSort;
    java.util.Locale locale = Texts.of(FacesContext.getCurrentInstance()).locale();
    String name = "casos-" + today().format(DateTimeFormatter.ofPattern("yyyyMMdd")) + ".xlsx";
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(CaseListWorkbook.MEDIA_TYPE)
        .writer(
            out -> {
              try {
                desk.exportWorkbook(filter, sort, locale, out);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .build();
  }

  private class CasePage extends LazyDataModel<CaseSummary> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      lastCount = desk.count(filter());
      return (int) lastCount.total();
    }

    @Override
    public List<CaseSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      lastSort = sort(sortBy);
      int shown = memory.remember(snapshot(), first, pageSize);
      if (shown != first) {
        // other filters: back to their first page, paginator included
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null
            && faces.getViewRoot().findComponent("inbox:cases")
                instanceof org.primefaces.component.datatable.DataTable table) {
          table.setFirst(shown);
        }
      }
      return desk.page(filter(), lastSort, shown, pageSize, lastCount);
    }

    private CaseSort sort(Map<String, SortMeta> sortBy) {
      if (sortBy == null || sortBy.isEmpty()) {
        return CaseSort.MOST_URGENT;
      }
      SortMeta meta = sortBy.values().iterator().next();
      boolean ascending = meta.getOrder() != SortOrder.DESCENDING;
      CaseSort.Field field =
          switch (meta.getField()) {
            case "receivedAt" -> CaseSort.Field.RECEIVED_AT;
            case "radicado" -> CaseSort.Field.RADICADO;
            default -> CaseSort.Field.DUE_DATE;
          };
      return new CaseSort(field, ascending);
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

  // ---------------------------------------------------------------------------------------------
  // Options and fields
  // ---------------------------------------------------------------------------------------------

  public LazyDataModel<CaseSummary> getModel() {
    return model;
  }

  public PqrsType[] getTypes() {
    return PqrsType.values();
  }

  public CaseState[] getStates() {
    return CaseState.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public CaseFilter.Scope[] getScopes() {
    return CaseFilter.Scope.values();
  }

  public Due[] getDues() {
    return Due.values();
  }

  public List<Area> getAreas() {
    return areas;
  }

  public List<Agency> getAgencies() {
    return agencies;
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public CaseFilter.Scope getScope() {
    return scope;
  }

  public void setScope(CaseFilter.Scope scope) {
    this.scope = scope == null ? CaseFilter.Scope.OPEN : scope;
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

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }

  public Due getDue() {
    return due;
  }

  public void setDue(Due due) {
    this.due = due == null ? Due.ANY : due;
  }

  public LocalDate getDueFrom() {
    return dueFrom;
  }

  public void setDueFrom(LocalDate dueFrom) {
    this.dueFrom = dueFrom;
  }

  /** Whether only the cases waiting for the petitioner's information are listed. */
  public boolean isWaiting() {
    return waiting;
  }

  public void setWaiting(boolean waiting) {
    this.waiting = waiting;
  }

  public LocalDate getDueTo() {
    return dueTo;
  }

  public void setDueTo(LocalDate dueTo) {
    this.dueTo = dueTo;
  }
}
