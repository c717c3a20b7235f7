package co.ventanilla.web.reports;

import co.ventanilla.reports.Dimension;
import co.ventanilla.reports.Figures;
import co.ventanilla.reports.IndicatorRow;
import co.ventanilla.reports.IndicatorService;
import co.ventanilla.reports.Indicators;
import co.ventanilla.reports.ReportCalendar;
import co.ventanilla.reports.ReportKind;
import co.ventanilla.reports.ReportPeriod;
import co.ventanilla.reports.ReportRun;
import co.ventanilla.reports.ReportSchedule;
import co.ventanilla.reports.ReportScheduleInvalid;
import co.ventanilla.reports.ReportScheduleService;
import co.ventanilla.reports.ReportService;
import co.ventanilla.staff.CurrentStaff;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.terms.TermPolicy;
import co.ventanilla.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The reports screen (informes.xhtml): the indicators of a chosen period beside the period before
 * (charts and tables), the reports generated with their files, generating one on demand (mailed
 * only when asked), and the recipients and schedule in force. Gerencia, SIG and admin (web.xml; the
 * services check again).
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String NOW = "#0b3d5c";
  private static final String BEFORE = "#96b4c8";

  @Inject transient IndicatorService indicators;
  @Inject transient ReportService reports;
  @Inject transient ReportScheduleService schedules;
  @Inject transient TermPolicy terms;
  @Inject transient CurrentStaff staff;
  @Inject transient Clock clock;

  private ReportKind kind = ReportKind.TRIMESTRAL;
  private String code;
  private boolean mail;
  private transient Indicators shown;
  private transient List<ReportRun> runs;
  private ReportSchedule schedule;
  private String recipientsText;
  private int hour;
  private int lookbackMonths;

  @PostConstruct
  void init() {
    if (!reports.management()) {
      kind = ReportKind.RNBD; // the data-protection officer: the RNBD report of reclamos only
    }
    code = ReportPeriod.containing(kind, LocalDate.now(clock)).previous().code();
    show();
    loadSchedule(schedules.current());
  }

  private void loadSchedule(ReportSchedule s) {
    schedule = s;
    recipientsText = String.join("\n", s.recipients());
    hour = s.hour();
    lookbackMonths = s.lookbackMonths();
  }

  /** Whether the caller may change the schedule (administrators). */
  public boolean isScheduleEditable() {
    return staff.get().has(StaffRole.ADMIN);
  }

  /** Saves the administrator's recipients, hour and look-back. */
  public void saveSchedule() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Texts texts = Texts.of(faces, "rep");
    try {
      loadSchedule(
          schedules.save(
              ReportScheduleService.split(recipientsText),
              hour,
              lookbackMonths,
              staff.get().userName()));
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("rep.schedule.saved"), null));
    } catch (ReportScheduleInvalid e) {
      String field =
          switch (e.field()) {
            case "hora" -> "reports:scheduleHour";
            case "mesesAtras" -> "reports:scheduleLookback";
            default -> "reports:scheduleRecipients";
          };
      faces.addMessage(
          field,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              texts.format(e.key(), e.value() == null ? "" : e.value()),
              null));
      faces.validationFailed();
    }
  }

  /** Goes back to the configured schedule. */
  public void resetSchedule() {
    loadSchedule(schedules.reset(staff.get().userName()));
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO, Texts.of(faces, "rep").get("rep.schedule.reset"), null));
  }

  public ReportSchedule getSchedule() {
    return schedule;
  }

  public String getRecipientsText() {
    return recipientsText;
  }

  public void setRecipientsText(String recipientsText) {
    this.recipientsText = recipientsText;
  }

  public void setHour(int hour) {
    this.hour = hour;
  }

  public void setLookbackMonths(int lookbackMonths) {
    this.lookbackMonths = lookbackMonths;
  }

  /**
   * Shows the indicators of the chosen period (to management; the RNBD report has no indicators).
   */
  public void show() {
    ReportPeriod period = period();
    shown = null;
    if (period != null && kind != ReportKind.RNBD && reports.management()) {
      shown = indicators.indicators(period);
    }
  }

  /** The kind changed: proposes its last finished period. */
  public void kindChanged() {
    code = ReportPeriod.containing(kind, LocalDate.now(clock)).previous().code();
    show();
  }

  /** Generates the report of the chosen period; mails it only when asked. */
  public void generate() {
    ReportPeriod period = period();
    if (period == null) {
      return;
    }
    ReportRun run = reports.generate(period, mail, staff.get().userName());
    runs = null;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            Texts.of(faces, "rep")
                .format(
                    run.mailedAt() != null ? "rep.generated.mailed" : "rep.generated",
                    run.periodCode()),
            null));
  }

  private ReportPeriod period() {
    var period = ReportPeriod.parse(kind, code);
    if (period.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          "reports:code",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              Texts.of(faces, "rep").get("api.period." + kind.code()),
              null));
      faces.validationFailed();
      return null;
    }
    return period.get();
  }

  public List<ReportRun> getRuns() {
    if (runs == null) {
      runs = reports.runs(100);
    }
    return runs;
  }

  public Indicators getShown() {
    return shown;
  }

  public List<Dimension> getDimensions() {
    return Arrays.asList(Dimension.values());
  }

  public List<IndicatorRow> rows(Dimension d) {
    return shown == null ? List.of() : shown.by(d);
  }

  /** A Chart.js bar chart: received per slice of {@code d}, this period and the one before. */
  public String chart(Dimension d) {
    if (shown == null) {
      return "{}";
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder now = Json.createArrayBuilder();
    JsonArrayBuilder before = Json.createArrayBuilder();
    for (IndicatorRow r : shown.by(d)) {
      labels.add(r.label());
      now.add(r.current().received());
      before.add(r.previous().received());
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(dataset(shown.period().code(), now, NOW))
                        .add(dataset(shown.previousPeriod().code(), before, BEFORE))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  private static jakarta.json.JsonObjectBuilder dataset(
      String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  /** The figures of the period and the one before as table rows: name key, now, before. */
  public List<String[]> getTotals() {
    if (shown == null) {
      return List.of();
    }
    Figures f = shown.total();
    Figures p = shown.previousTotal();
    return List.of(
        row("received", f.received(), p.received()),
        row("answered", f.answered(), p.answered()),
        row("inTerm", f.answeredInTerm(), p.answeredInTerm()),
        row("pctInTerm", f.pctInTerm(), p.pctInTerm()),
        row("meanDays", f.meanDays(), p.meanDays()),
        row("medianDays", f.medianDays(), p.medianDays()),
        row("pctFirstLevel", f.pctFirstLevel(), p.pctFirstLevel()),
        row("satisfaction", f.ratingMean(), p.ratingMean()),
        row("pctSatisfied", f.pctSatisfied(), p.pctSatisfied()),
        row("ratings", f.ratings(), p.ratings()),
        row("overdue", f.overdueOpen(), p.overdueOpen()),
        row("improcedentes", f.improcedentes(), p.improcedentes()),
        row("traslados", f.traslados(), p.traslados()));
  }

  private static String[] row(String key, Object now, Object before) {
    return new String[] {key, value(now), value(before)};
  }

  /** A figure as shown: whole numbers as they are, decimals with one digit, none as a dash. */
  public static String value(Object v) {
    if (v == null) {
      return "—";
    }
    if (v instanceof Double d) {
      return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
    return v.toString();
  }

  public List<String> getRecipients() {
    return reports.recipients();
  }

  public int getHour() {
    return hour;
  }

  public int getLookbackMonths() {
    return lookbackMonths;
  }

  /** When the next quarterly and semiannual reports are due (Colombian time). */
  public LocalDateTime nextDue(ReportKind k) {
    ReportCalendar calendar = new ReportCalendar(terms.calendar(), schedule.hour());
    return calendar.dueAt(ReportPeriod.containing(k, LocalDate.now(clock)));
  }

  /** The kinds the caller may generate: all to management, the RNBD one to the officer. */
  public List<ReportKind> getKinds() {
    return reports.management() ? Arrays.asList(ReportKind.values()) : List.of(ReportKind.RNBD);
  }

  /** Whether the caller reads the indicators and every report (not only the RNBD one). */
  public boolean isManagement() {
    return reports.management();
  }

  public ReportKind getKind() {
    return kind;
  }

  public void setKind(ReportKind kind) {
    this.kind = kind;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isMail() {
    return mail;
  }

  public void setMail(boolean mail) {
    this.mail = mail;
  }
}
