package co.ventanilla.web.dashboard;

import co.ventanilla.cases.CaseDimension;
import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseSort;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.access.CaseDesk;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.AreaService;
import co.ventanilla.staff.Staff;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.terms.TermPolicy;
import co.ventanilla.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The home page ({@code index.xhtml}): the user's open cases, what is due in the next three
 * business days, what is overdue (and in which areas), and the cases received this month by type
 * and by channel. Every figure counts only the cases the user may see ({@link CaseDesk}); each
 * figure is one query.
 */
@Named
@RequestScoped
public class DashboardView {

  /** Chart colours, the same order in every chart. */
  private static final String[] COLOURS = {
    "#0b6aa2", "#2f855a", "#b7791f", "#c53030", "#6b46c1", "#319795", "#d53f8c", "#718096",
    "#975a16"
  };

  @Inject CaseDesk desk;
  @Inject AreaService areas;
  @Inject TermPolicy terms;
  @Inject Clock clock;

  private long mine;
  private long dueSoon;
  private long overdue;
  private long thisMonth;
  private List<CaseSummary> soonest;
  private String overdueByArea;
  private String monthByType;
  private String monthByChannel;
  private final List<Queue> queues = new ArrayList<>();

  /**
   * A work queue of the home page: what waits for the user's role, counted among the cases they may
   * see; {@code view} is the inbox's quick view that lists them.
   */
  public record Queue(String key, String view, long count) {}

  @PostConstruct
  void load() {
    Texts texts = Texts.of(FacesContext.getCurrentInstance());
    queues();
    LocalDate today = LocalDate.now(clock);
    LocalDate soon = terms.calendar().addBusinessDays(today, 3);
    CaseFilter open = CaseFilter.builder().scope(CaseFilter.Scope.OPEN).build();
    mine = desk.count(open.toBuilder().responsible(desk.me().userName()).build()).total();
    CaseFilter dueWindow = open.toBuilder().due(today, soon).build();
    dueSoon = desk.count(dueWindow).total();
    soonest = desk.page(dueWindow, CaseSort.MOST_URGENT, 0, 8, null);
    CaseFilter overdueCases = CaseFilter.builder().overdue(true).build();
    Map<String, Long> byArea = desk.countBy(overdueCases, CaseDimension.AREA);
    overdue = byArea.values().stream().mapToLong(Long::longValue).sum();
    CaseFilter month = CaseFilter.builder().received(today.withDayOfMonth(1), today).build();
    Map<String, Long> byType = desk.countBy(month, CaseDimension.TYPE);
    thisMonth = byType.values().stream().mapToLong(Long::longValue).sum();

    Map<String, String> areaNames =
        areas.areas().stream().collect(Collectors.toMap(a -> String.valueOf(a.id()), Area::name));
    overdueByArea =
        bar(
            byArea,
            k -> k == null ? texts.get("dashboard.noArea") : areaNames.getOrDefault(k, k),
            texts.get("dashboard.overdue"),
            true);
    monthByType = doughnut(byType, k -> texts.get("type." + k));
    monthByChannel =
        bar(
            desk.countBy(month, CaseDimension.CHANNEL),
            k -> texts.get("channel." + k),
            texts.get("dashboard.cases"),
            false);
  }

  /**
   * The role's queues (seed 002 §4, the MANEJO DE PQRS activities): reception classifies and
   * assigns what was filed (actividades 1–3) and, when there is any, chooses the agency of the
   * cases whose sede as received matched none of the configured ones; the process leader approves
   * the drafted answers (actividad 6), the responsable and the leader send the approved ones
   * (actividad 7), and everyone who works cases watches those waiting for the petitioner (Ley 1755
   * de 2015, art. 17). The Dirección SIG and the administrator see them all; gerencia reads and has
   * no queue.
   */
  private void queues() {
    Staff me = desk.me();
    boolean all = me.has(StaffRole.SIG) || me.has(StaffRole.ADMIN);
    boolean leader = me.has(StaffRole.LIDER);
    boolean worker = me.has(StaffRole.RESPONSABLE);
    if (all || me.has(StaffRole.RECEPCION)) {
      queue("classify", "por-clasificar", CaseFilter.builder().state(CaseState.RADICADO));
      // Only when there is any: an organisation without agencies never has one.
      long unconfirmed =
          desk.count(
                  CaseFilter.builder()
                      .scope(CaseFilter.Scope.OPEN)
                      .agency(CaseFilter.UNCONFIRMED_AGENCY)
                      .build())
              .total();
      if (unconfirmed > 0) {
        queues.add(new Queue("agency", "sede-por-confirmar", unconfirmed));
      }
    }
    if (all || leader) {
      queue("approve", "por-aprobar", CaseFilter.builder().state(CaseState.RESPUESTA_PROYECTADA));
    }
    if (all || leader || worker) {
      queue("send", "por-enviar", CaseFilter.builder().state(CaseState.RESPUESTA_APROBADA));
    }
    if (all || leader || worker || me.has(StaffRole.RECEPCION)) {
      queue(
          "waiting",
          "esperando",
          CaseFilter.builder().scope(CaseFilter.Scope.OPEN).awaitingInformation(true));
    }
  }

  private void queue(String key, String view, CaseFilter.Builder filter) {
    queues.add(new Queue(key, view, desk.count(filter.build()).total()));
  }

  /** A Chart.js bar chart of {@code counts}, largest first. */
  private static String bar(
      Map<String, Long> counts, Function<String, String> label, String series, boolean horizontal) {
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", data(counts, label, series))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("indexAxis", horizontal ? "y" : "x")
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(horizontal ? "x" : "y", wholeNumbers())
                        .add(horizontal ? "y" : "x", Json.createObjectBuilder()))
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false))))
        .build()
        .toString();
  }

  /** A Chart.js doughnut of {@code counts}, largest first. */
  private static String doughnut(Map<String, Long> counts, Function<String, String> label) {
    return Json.createObjectBuilder()
        .add("type", "doughnut")
        .add("data", data(counts, label, null))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "right"))))
        .build()
        .toString();
  }

  /** Labels and one dataset, largest count first, each bar or slice in its colour. */
  private static jakarta.json.JsonObjectBuilder data(
      Map<String, Long> counts, Function<String, String> label, String series) {
    List<Map.Entry<String, Long>> rows = sorted(counts);
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (int i = 0; i < rows.size(); i++) {
      labels.add(label.apply(rows.get(i).getKey()));
      data.add(rows.get(i).getValue());
      colours.add(COLOURS[i % COLOURS.length]);
    }
    jakarta.json.JsonObjectBuilder dataset =
        Json.createObjectBuilder().add("data", data).add("backgroundColor", colours);
    if (series != null) {
      dataset.add("label", series);
    }
    return Json.createObjectBuilder()
        .add("labels", labels)
        .add("datasets", Json.createArrayBuilder().add(dataset));
  }

  /** An axis of counts: from zero, whole numbers only. */
  private static jakarta.json.JsonObjectBuilder wholeNumbers() {
    return Json.createObjectBuilder()
        .add("beginAtZero", true)
        .add("ticks", Json.createObjectBuilder().add("precision", 0));
  }

  private static List<Map.Entry<String, Long>> sorted(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
    rows.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
    return rows;
  }

  public List<Queue> getQueues() {
    return queues;
  }

  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public long getMine() {
    return mine;
  }

  public long getDueSoon() {
    return dueSoon;
  }

  public long getOverdue() {
    return overdue;
  }

  public long getThisMonth() {
    return thisMonth;
  }

  public List<CaseSummary> getSoonest() {
    return soonest;
  }

  public String getOverdueByArea() {
    return overdueByArea;
  }

  public String getMonthByType() {
    return monthByType;
  }

  public String getMonthByChannel() {
    return monthByChannel;
  }
}
