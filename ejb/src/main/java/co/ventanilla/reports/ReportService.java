package co.ventanilla.reports;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.attachments.StoredContent;
import co.ventanilla.cases.CaseTexts;
import co.ventanilla.cases.outbox.OutboxMessage;
import co.ventanilla.staff.RoleCheck;
import co.ventanilla.staff.StaffRole;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The management reports: quarterly and semiannual (seed 003 §5.4: "informes parciales cada tres
 * meses" and "un informe estadístico semestral") and the monthly snapshot (seed 004: the PQRS
 * indicator recorded every month). A report is a PDF and an XLSX written from {@link
 * IndicatorService}'s figures, kept in the database with a {@link ReportRun}, and, when asked,
 * mailed through the outbox with both files attached to the configured recipients and the active
 * management and SIG accounts. Generating one on demand does not mail it unless asked.
 *
 * <p>Used by management, the quality office (Dirección SIG) and the administrator; the timer calls
 * without a caller.
 */
@Stateless
public class ReportService {

  /** Overdue cases listed in a report, the most overdue first. */
  public static final int OVERDUE_LISTED = 200;

  public static final String PDF = "application/pdf";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final Logger LOG = Logger.getLogger(ReportService.class.getName());

  /** Cases read per query for the workbook's case list (a test makes it small to page). */
  static int casePage = 5000;

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Inject IndicatorService indicators;
  @Inject Clock clock;
  @Inject ReportSettings settings;
  @Inject ReportScheduleService schedule;
  @Inject RoleCheck roles;
  @Inject @Any Instance<ReportSection> sectionBeans;

  private List<ReportSection> fixedSections;

  public ReportService() {}

  /** For use outside a container: the system's role check. */
  public ReportService(
      EntityManager em,
      IndicatorService indicators,
      Clock clock,
      ReportSettings settings,
      List<ReportSection> sections) {
    this.em = em;
    this.indicators = indicators;
    this.clock = clock;
    this.settings = settings;
    this.schedule = new ReportScheduleService(em, settings, clock);
    this.roles = RoleCheck.system();
    this.fixedSections = List.copyOf(sections);
  }

  /**
   * Generates the report of {@code period} now, stores it and, when {@code mail}, queues it in the
   * outbox for the recipients.
   *
   * @param actor who asked (the user name), recorded with the report
   * @throws co.ventanilla.staff.RoleRequired for a caller without a reading role
   */
  public ReportRun generate(ReportPeriod period, boolean mail, String actor) {
    requireFor(period.kind());
    return build(period, false, actor, mail);
  }

  /**
   * The reports generated, newest first, at most {@code max}; the data-protection officer (role
   * datos) sees only the RNBD reports of reclamos.
   */
  public List<ReportRun> runs(int max) {
    roles.require(StaffRole.GERENCIA, StaffRole.SIG, StaffRole.ADMIN, StaffRole.DATOS);
    if (!management()) {
      return em.createQuery(
              "SELECT r FROM ReportRun r WHERE r.kind = :k ORDER BY r.createdAt DESC, r.id DESC",
              ReportRun.class)
          .setParameter("k", ReportKind.RNBD)
          .setMaxResults(max)
          .getResultList();
    }
    return em.createNamedQuery(ReportRun.LATEST, ReportRun.class)
        .setMaxResults(max)
        .getResultList();
  }

  public Optional<ReportRun> run(long id) {
    roles.require(StaffRole.GERENCIA, StaffRole.SIG, StaffRole.ADMIN, StaffRole.DATOS);
    Optional<ReportRun> run = Optional.ofNullable(em.find(ReportRun.class, id));
    run.ifPresent(r -> requireFor(r.kind()));
    return run;
  }

  /** Whether the caller is management, SIG or the administrator (every report). */
  public boolean management() {
    return roles.has(StaffRole.GERENCIA, StaffRole.SIG, StaffRole.ADMIN);
  }

  /** The roles of a kind: every report to management; the RNBD one to the officer too. */
  private void requireFor(ReportKind kind) {
    if (kind == ReportKind.RNBD) {
      roles.require(StaffRole.GERENCIA, StaffRole.SIG, StaffRole.ADMIN, StaffRole.DATOS);
    } else {
      roles.require(StaffRole.GERENCIA, StaffRole.SIG, StaffRole.ADMIN);
    }
  }

  /**
   * Writes the PDF ({@code pdf} true) or XLSX of report {@code id} to {@code out}, a chunk at a
   * time.
   *
   * @return false when there is no such report or file
   */
  public boolean copy(long id, boolean pdf, OutputStream out) throws IOException {
    roles.require(StaffRole.GERENCIA, StaffRole.SIG, StaffRole.ADMIN, StaffRole.DATOS);
    ReportRun run = em.find(ReportRun.class, id);
    if (run == null) {
      return false;
    }
    requireFor(run.kind());
    Long contentId = pdf ? run.pdfContentId() : run.xlsxContentId();
    StoredContent content = contentId == null ? null : em.find(StoredContent.class, contentId);
    if (content == null) {
      return false;
    }
    new ContentStore(em).copy(content, out);
    return true;
  }

  /**
   * Who receives the mailed reports: the addresses of the schedule in force ({@link
   * ReportScheduleService}: the administrator's, or {@value ReportSettings#RECIPIENTS}) and the
   * emails of the active accounts with the management or SIG role, each once.
   */
  public List<String> recipients() {
    Set<String> to = new LinkedHashSet<>(schedule.current().recipients());
    @SuppressWarnings("unchecked")
    List<Object> staff =
        em.createNativeQuery(
                "SELECT DISTINCT u.email FROM staff_user u JOIN staff_user_role r ON r.user_id = u.id"
                    + " WHERE u.active = TRUE AND r.role IN ('GERENCIA', 'SIG')"
                    + " AND u.email IS NOT NULL AND u.email <> '' ORDER BY u.email")
            .getResultList();
    staff.forEach(e -> to.add(e.toString().strip()));
    return List.copyOf(to);
  }

  /**
   * Generates and stores the report of {@code period} (its kind must be set), and queues the mails
   * when {@code mail}. Runs in the caller's transaction: with the ledger's claim, all or nothing.
   * Public because the ledger calls it through the container (a package-private method of an EJB is
   * not a business method: the scheduled reports failed in the server with "Not a business
   * method"); it checks no role, as the system calls it — staff go through {@link #generate}.
   */
  public ReportRun build(ReportPeriod period, boolean scheduled, String actor, boolean mail) {
    if (period.kind() == ReportKind.RNBD) {
      return buildRnbd(period, scheduled, actor);
    }
    long started = System.nanoTime();
    LocalDateTime now = LocalDateTime.now(clock);
    ReportContent content = content(period, now);
    String kindTitle = kindTitle(period.kind());
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    ReportPdf.write(content, kindTitle, pdf);
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try {
      ReportWorkbook.write(content, consumer -> casesOf(period, consumer), xlsx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ContentStore store = new ContentStore(em);
    StoredContent pdfContent = store.store(PDF, pdf.toByteArray(), now);
    StoredContent xlsxContent = store.store(XLSX, xlsx.toByteArray(), now);
    long millis = (System.nanoTime() - started) / 1_000_000;
    ReportRun run =
        new ReportRun(period, scheduled, actor, now, millis, pdfContent.id(), xlsxContent.id());
    em.persist(run);
    if (period.kind() == ReportKind.MENSUAL) {
      snapshot(content.indicators(), now);
    }
    if (mail) {
      List<String> to = recipients();
      String subject = kindTitle + " de PQRS — " + period.code() + " — " + settings.company();
      String body = mailBody(content, kindTitle);
      for (String address : to) {
        OutboxMessage m =
            new OutboxMessage(address, subject, body, null, now, "Sin destinatario")
                .attach(run.baseName() + ".pdf", PDF, pdfContent.id())
                .attach(run.baseName() + ".xlsx", XLSX, xlsxContent.id());
        em.persist(m);
      }
      run.mailed(String.join(", ", to), now);
      if (to.isEmpty()) {
        LOG.warning(
            () ->
                "Report "
                    + period.code()
                    + " generated but nobody to mail it to: set "
                    + ReportSettings.RECIPIENTS
                    + " or give the management accounts an email");
      }
    }
    em.flush();
    LOG.info(
        () ->
            "Report "
                + period.kind().code()
                + " "
                + period.code()
                + " generated in "
                + millis
                + " ms by "
                + actor
                + (mail ? ", mailed" : ""));
    return run;
  }

  /**
   * The RNBD report of reclamos ({@link RnbdReport}): PDF and XLSX stored with its run, kept with
   * the reports; not mailed (the officer files it in the register).
   */
  private ReportRun buildRnbd(ReportPeriod period, boolean scheduled, String actor) {
    long started = System.nanoTime();
    LocalDateTime now = LocalDateTime.now(clock);
    RnbdReport.Counts counts = RnbdReport.count(em, period, now);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    RnbdReport.pdf(counts, settings.company(), pdf);
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try {
      RnbdReport.xlsx(counts, xlsx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ContentStore store = new ContentStore(em);
    StoredContent pdfContent = store.store(PDF, pdf.toByteArray(), now);
    StoredContent xlsxContent = store.store(XLSX, xlsx.toByteArray(), now);
    long millis = (System.nanoTime() - started) / 1_000_000;
    ReportRun run =
        new ReportRun(period, scheduled, actor, now, millis, pdfContent.id(), xlsxContent.id());
    em.persist(run);
    em.flush();
    LOG.info(
        () ->
            "RNBD report of reclamos "
                + period.code()
                + " generated: "
                + counts.total()
                + " reclamos, by "
                + actor);
    return run;
  }

  ReportContent content(ReportPeriod period, LocalDateTime now) {
    Indicators ind = indicators.indicators(period);
    List<IndicatorService.MonthFigures> months = indicators.byMonth(period);
    List<ReportContent.Section> sections = new ArrayList<>();
    for (ReportSection s : sections()) {
      sections.add(new ReportContent.Section(s.title(), s.tables(period, ind.previousPeriod())));
    }
    return new ReportContent(settings.company(), ind, months, overdue(ind.asOf()), sections, now);
  }

  private Iterable<ReportSection> sections() {
    if (fixedSections != null) {
      return fixedSections;
    }
    return sectionBeans == null ? List.of() : sectionBeans;
  }

  static String kindTitle(ReportKind kind) {
    return switch (kind) {
      case MENSUAL -> "Corte mensual de indicadores";
      case TRIMESTRAL -> "Informe trimestral";
      case SEMESTRAL -> "Informe estadístico semestral";
      case RNBD -> RnbdReport.title();
    };
  }

  private static String mailBody(ReportContent c, String kindTitle) {
    StringBuilder b = new StringBuilder();
    b.append("Buen día:\n\n")
        .append("Adjuntamos el ")
        .append(kindTitle.toLowerCase(java.util.Locale.ROOT))
        .append(" de PQRS de ")
        .append(c.company())
        .append(", ")
        .append(c.indicators().period().title())
        .append(", en PDF y en Excel.\n\n");
    for (String s : ReportPdf.summary(c)) {
      b.append("• ").append(s).append('\n');
    }
    b.append("\nEste mensaje fue generado automáticamente por Ventanilla.\n");
    return b.toString();
  }

  /*
   * Open at the end E of the day asOf, as three disjoint parts that each use an index (the same
   * reading as the indicators' overdue count): never answered nor closed; answered after E (and not
   * closed by then); closed after E without an answer. One condition with ORs read ~940,000 index
   * entries over 1,000,000 cases (4.4 s); the three parts, each cut to the list's length before
   * they are merged, 0.3 s.
   */
  private static final String OPEN_NEVER = "c.answered_at IS NULL AND c.closed_at IS NULL";
  private static final String OPEN_ANSWERED_AFTER =
      "c.answered_at >= ? AND (c.closed_at IS NULL OR c.closed_at >= ?)";
  private static final String OPEN_CLOSED_AFTER = "c.answered_at IS NULL AND c.closed_at >= ?";

  /** The most overdue cases of one part: parameters (part's), end, asOf, limit. */
  private static String overdueTop(String part) {
    return "(SELECT c.id, c.radicado, c.type, c.area_id, c.agency, c.responsible, c.received_at,"
        + " c.due_date FROM pqrs_case c WHERE "
        + part
        + " AND c.received_at < ? AND c.due_date < ? AND c.awaiting_information = FALSE"
        + " ORDER BY c.due_date, c.id LIMIT ?)";
  }

  private List<ReportContent.OverdueCase> overdue(LocalDate asOf) {
    LocalDateTime end = asOf.plusDays(1).atStartOfDay();
    List<ReportContent.OverdueCase> list = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT u.radicado, u.type, COALESCE(ar.name, ''), COALESCE(u.agency, ''),"
                + " COALESCE(u.responsible, ''), u.received_at, u.due_date,"
                + " (SELECT t.business_ordinal FROM report_calendar t WHERE t.day = ?)"
                + " - cd.business_ordinal FROM ("
                + overdueTop(OPEN_NEVER)
                + " UNION ALL "
                + overdueTop(OPEN_ANSWERED_AFTER)
                + " UNION ALL "
                + overdueTop(OPEN_CLOSED_AFTER)
                + ") u LEFT JOIN area ar ON ar.id = u.area_id"
                + " JOIN report_calendar cd ON cd.day = u.due_date"
                + " ORDER BY u.due_date, u.id LIMIT ?",
            asOf,
            end,
            asOf,
            OVERDUE_LISTED,
            end,
            end,
            end,
            asOf,
            OVERDUE_LISTED,
            end,
            end,
            asOf,
            OVERDUE_LISTED,
            OVERDUE_LISTED)) {
      list.add(
          new ReportContent.OverdueCase(
              (String) r[0],
              CaseTexts.spanish("type." + r[1]),
              Dimension.PROCESS.label((String) r[2]),
              Dimension.AGENCY.label((String) r[3]),
              (String) r[4],
              dateTime(r[5]).toLocalDate(),
              date(r[6]),
              r[7] == null ? 0 : ((Number) r[7]).intValue()));
    }
    return list;
  }

  /** The cases received in the period, oldest first, read a page at a time (keyset). */
  private void casesOf(ReportPeriod period, Consumer<Object[]> row) {
    LocalDateTime lastAt = period.from().atStartOfDay();
    // (received_at, id) > (lastAt, lastId); the first page takes every row of the first instant
    long lastId = 0;
    LocalDateTime end = period.to().plusDays(1).atStartOfDay();
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    while (true) {
      List<Object[]> page =
          rows(
              "SELECT c.id, c.radicado, c.type, c.channel, c.state, COALESCE(ar.name, ''),"
                  + " c.agency, c.severity_level, c.subject, c.received_at, c.due_date,"
                  + " c.answered_at, c.closed_at, c.escalation_level, c.satisfaction_score"
                  + " FROM pqrs_case c LEFT JOIN area ar ON ar.id = c.area_id"
                  + " WHERE c.received_at >= ? AND c.received_at < ?"
                  + " AND (c.received_at > ? OR c.id > ?)"
                  + " ORDER BY c.received_at, c.id LIMIT ?",
              lastAt, // the range starts at the last row read: each page reads only its rows
              end,
              lastAt,
              lastId,
              casePage);
      for (Object[] r : page) {
        row.accept(
            new Object[] {
              r[1],
              labels.computeIfAbsent("type." + r[2], k -> CaseTexts.spanish(k)),
              labels.computeIfAbsent("channel." + r[3], k -> CaseTexts.spanish(k)),
              labels.computeIfAbsent(
                  "state." + r[4],
                  k ->
                      CaseTexts.stateName(
                          co.ventanilla.cases.CaseState.valueOf((String) r[4]), CaseTexts.SPANISH)),
              r[5],
              r[6],
              r[7],
              r[8],
              dateTime(r[9]),
              date(r[10]),
              dateTime(r[11]),
              dateTime(r[12]),
              r[13],
              r[14]
            });
      }
      if (page.size() < casePage) {
        return;
      }
      Object[] last = page.get(page.size() - 1);
      lastId = ((Number) last[0]).longValue();
      lastAt = dateTime(last[9]);
    }
  }

  /** Stores the month's figures in {@code indicator_snapshot}, replacing an earlier snapshot. */
  private void snapshot(Indicators ind, LocalDateTime now) {
    String code = ind.period().code();
    em.createNativeQuery("DELETE FROM indicator_snapshot WHERE period_code = ?")
        .setParameter(1, code)
        .executeUpdate();
    insertSnapshot(code, "TOTAL", "", ind.total(), now);
    for (Dimension d : Dimension.values()) {
      for (IndicatorRow r : ind.by(d)) {
        insertSnapshot(code, d.name(), r.key(), r.current(), now);
      }
    }
  }

  private void insertSnapshot(String code, String dim, String item, Figures f, LocalDateTime now) {
    em.createNativeQuery(
            "INSERT INTO indicator_snapshot (period_code, dimension, item, received, answered,"
                + " answered_in_term, pct_in_term, mean_days, median_days, pct_first_level,"
                + " satisfaction_mean, satisfaction_high, ratings, overdue_open, improcedentes,"
                + " traslados, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)")
        .setParameter(1, code)
        .setParameter(2, dim)
        .setParameter(3, item.length() > 120 ? item.substring(0, 120) : item)
        .setParameter(4, f.received())
        .setParameter(5, f.answered())
        .setParameter(6, f.answeredInTerm())
        .setParameter(7, f.pctInTerm())
        .setParameter(8, f.meanDays())
        .setParameter(9, f.medianDays())
        .setParameter(10, f.pctFirstLevel())
        .setParameter(11, f.ratingMean())
        .setParameter(12, f.pctSatisfied())
        .setParameter(13, f.ratings())
        .setParameter(14, f.overdueOpen())
        .setParameter(15, f.improcedentes())
        .setParameter(16, f.traslados())
        .setParameter(17, now)
        .executeUpdate();
  }

  /**
   * The monthly snapshots as CSV (UTF-8 with BOM, {@code ;}): one line per month, dimension and
   * item, the figures as they were computed at the month's close.
   *
   * @param from first month code ({@code 2026-01}), inclusive
   * @param to last month code, inclusive
   */
  public String snapshotCsv(String from, String to) {
    roles.require(StaffRole.GERENCIA, StaffRole.SIG, StaffRole.ADMIN);
    StringBuilder csv =
        new StringBuilder(
            "\uFEFFperiodo;dimension;item;recibidos;respondidos;respondidosEnTermino;"
                + "porcentajeEnTermino;diasHabilesPromedio;diasHabilesMediana;"
                + "porcentajePrimerNivel;indiceSatisfaccion;porcentajeSatisfechos;calificaciones;"
                + "vencidosAbiertos;improcedentes;traslados;calculado\r\n");
    for (Object[] r :
        rows(
            "SELECT period_code, dimension, item, received, answered, answered_in_term,"
                + " pct_in_term, mean_days, median_days, pct_first_level, satisfaction_mean,"
                + " satisfaction_high, ratings, overdue_open, improcedentes, traslados, computed_at"
                + " FROM indicator_snapshot WHERE period_code BETWEEN ? AND ?"
                + " ORDER BY period_code, dimension, item",
            from,
            to)) {
      for (int i = 0; i < r.length; i++) {
        String v = r[i] == null ? "" : r[i].toString();
        if (v.contains(";") || v.contains("\"")) {
          v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        csv.append(i == 0 ? "" : ";").append(v);
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... params) {
    Query q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    List<?> raw = q.getResultList();
    List<Object[]> rows = new ArrayList<>(raw.size());
    for (Object o : raw) {
      rows.add(o instanceof Object[] a ? a : new Object[] {o});
    }
    return rows;
  }

  private static LocalDateTime dateTime(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    return (LocalDateTime) o;
  }

  private static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return (LocalDate) o;
  }
}
