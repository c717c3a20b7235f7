package co.ventanilla.cases.persistence;

import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseSort;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.CaseVisibility;
import co.ventanilla.cases.InboxCount;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.cases.access.CasePermissions;
import co.ventanilla.staff.Staff;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.testing.JpaTestSupport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Benchmark harness, not a test (the name matches neither {@code *Test} nor {@code *IT}, so {@code
 * mvn verify} never runs it). It checks the inbox's requirement: <b>a filtered page over 1,000,000
 * cases in under 150 ms at the server</b>, where a request is what the inbox does for one screen:
 * the count ({@link JpaCaseRepository#count}) and then a page of 25 ({@link
 * JpaCaseRepository#page}) with that count as {@code known}.
 *
 * <p>What it does:
 *
 * <ol>
 *   <li>Creates a fresh schema {@code vt_bench_<time>_<hex>} on the server of {@code DB_URL}
 *       through {@link JpaTestSupport} (Flyway: exactly the application's schema), dropped when the
 *       JVM exits ({@code KEEP_TEST_DB=true} keeps it for EXPLAIN by hand).
 *   <li>Generates N cases (default 1,000,000) with plain JDBC, multi-row {@code INSERT}s of 1,000
 *       rows, in one connection: three years of intake, about 8% open (most of them recent, a
 *       backlog of old ones), every type and channel, 8 areas, 120 responsables, 15 agencies, about
 *       1% protected cases with 1–3 people named on each, subjects from templates over some
 *       hundreds of words and petitioners from about 300 first names and 500 surnames, all from a
 *       fixed seed and relative to today (the same data every run of a day). The secondary indexes
 *       of {@code pqrs_case} (B-tree and FULLTEXT, but the one the area foreign key needs) are
 *       dropped before the load and added back after it, which was 1.6 times faster than loading
 *       into them at 200,000 cases (22.6 s against 35.3 s) and gains as the table grows ({@code
 *       -Dbench.loadWithIndexes=true} loads into them, to compare); the harness checks that the
 *       indexes afterwards are exactly those of the migrations. It prints how long the load and the
 *       index builds took, then runs {@code ANALYZE TABLE}.
 *   <li>Runs a set of inbox requests for six readers whose visibility is built by {@link
 *       CasePermissions#visibility} (SIG, recepción, a responsable of one area, a líder of one
 *       area, the comité, an investigator named on protected cases), with the filters of the inbox
 *       (default inbox, type, area, agency, responsible, overdue, due window, a state, the
 *       unfiltered list, radicado prefix, document number, one and two words, a petitioner's name,
 *       page 2, a deep page, sort by reception). Every request runs once as a warm-up, then {@code
 *       -Dbench.runs} (default 20) times. Each run is timed as the server does it: a new
 *       EclipseLink {@link EntityManager}, a transaction, count, page, commit, close; what is timed
 *       is the JVM's wall clock around all of that (so JDBC round trips and the mapping of rows are
 *       in it, the network and JSF rendering are not).
 *   <li>Prints, per request: rows matched (the count; {@code 10000+} when capped), median, p95
 *       (nearest rank) and max of count+page, the medians of count and page alone, and the ratio
 *       median / 150 ms; then the EXPLAIN of the count and page queries of the slowest requests.
 * </ol>
 *
 * <p>Machine facts (cores seen by the JVM, MariaDB version, {@code innodb_buffer_pool_size}) are
 * printed first, and the load average before and after timing: the figures mean something only with
 * them. On a machine shared with other builds, p95 and max move most; run again when the load
 * average was above the number of cores.
 *
 * <p>How to run it (build through the reactor, never {@code mvn install}):
 *
 * <pre>
 * # in the repository root
 * mvn -q test-compile dependency:build-classpath -pl ejb -am -Dspotless.check.skip=true \
 *     -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * DB_URL=jdbc:mariadb://127.0.0.1:3306/ DB_USER=root DB_PASSWORD= java -Xmx1g \
 *     -cp ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/test.classpath) \
 *     co.ventanilla.cases.persistence.InboxBenchmark 1000000
 * </pre>
 *
 * Options (system properties): {@code -Dbench.runs=20} timed runs per request; {@code
 * -Dbench.only=REGEX} only the requests whose "reader / request" label matches; {@code
 * -Dbench.explain=5} how many of the slowest requests get their EXPLAIN printed; {@code
 * -Dbench.loadWithIndexes=true} load into the indexes instead of building them afterwards.
 *
 * <p>To measure again on the same data (after a change of an index or of {@link InboxSql}) without
 * generating it again: run once with {@code KEEP_TEST_DB=true}, then with {@code
 * DB_NAME=vt_bench_...} (the schema printed): the harness then uses that schema as it is, after
 * Flyway has applied any new migration to it. Drop the schema by hand when done.
 */
public final class InboxBenchmark {

  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final long TARGET_MS = 150;
  static final int PAGE = 25;

  private InboxBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    int runs = Integer.getInteger("bench.runs", 20);
    int explain = Integer.getInteger("bench.explain", 5);
    Pattern only = Pattern.compile(System.getProperty("bench.only", ".*"));
    boolean loadWithIndexes = Boolean.getBoolean("bench.loadWithIndexes");
    if (System.getProperty("db.namePrefix") == null && System.getenv("DB_NAME_PREFIX") == null) {
      System.setProperty("db.namePrefix", "vt_bench_");
    }
    LocalDate today = LocalDate.now(BOGOTA);

    EntityManagerFactory emf = JpaTestSupport.entityManagerFactory(); // migrates
    DataSource ds = JpaTestSupport.dataSource();
    printMachine(ds);

    Data data = new Data(n, today, 20_260_316L);
    if (System.getProperty("db.name") != null || System.getenv("DB_NAME") != null) {
      data.reuse(ds);
    } else {
      data.load(ds, loadWithIndexes);
    }

    List<Request> requests = requests(data, today);
    requests.removeIf(r -> !only.matcher(r.label()).find());
    System.out.printf(
        "%nRequests: %d, each warmed up once, then timed %d times (count + page of %d, a new"
            + " EntityManager and transaction per run)%n",
        requests.size(), runs, PAGE);
    for (Request r : requests) {
      r.run(emf, today); // warm-up
    }
    System.out.println("Load average before timing: " + loadAverage());
    List<Result> results = new ArrayList<>();
    printHeader();
    for (Request r : requests) {
      Result result = r.measure(emf, today, runs);
      printRow(result);
      results.add(result);
    }
    printSummary(results);
    System.out.println("Load average after timing: " + loadAverage());

    List<Result> slowest =
        results.stream().sorted(Comparator.comparingDouble(Result::median).reversed()).toList();
    for (Result r : slowest.subList(0, Math.min(explain, slowest.size()))) {
      explain(ds, r, today);
    }
    System.exit(0);
  }

  // ----------------------------------------------------------------------------------------------
  // Machine
  // ----------------------------------------------------------------------------------------------

  /**
   * The machine's load average (1, 5, 15 minutes), where Linux tells it: above the number of cores,
   * something else competed for the CPU while timing and the figures are high.
   */
  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void printMachine(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT VERSION(), @@innodb_buffer_pool_size, @@innodb_ft_min_token_size,"
                    + " @@sort_buffer_size, DATABASE()")) {
      rs.next();
      System.out.printf(
          "Machine: %d cores seen by the JVM, Java %s, heap max %d MiB%n",
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"),
          Runtime.getRuntime().maxMemory() >> 20);
      System.out.printf(
          "MariaDB %s, innodb_buffer_pool_size %d MiB, innodb_ft_min_token_size %d,"
              + " sort_buffer_size %d KiB, schema %s%n",
          rs.getString(1), rs.getLong(2) >> 20, rs.getInt(3), rs.getLong(4) >> 10, rs.getString(5));
    }
  }

  // ----------------------------------------------------------------------------------------------
  // Readers and requests
  // ----------------------------------------------------------------------------------------------

  /** A person reading the inbox: their visibility and whether they may see petitioners. */
  record Reader(String name, Staff staff, Long ownArea) {
    CaseVisibility visibility() {
      return CasePermissions.visibility(staff);
    }

    boolean withPetitioner() {
      return CasePermissions.seesPetitioner(staff, false, false);
    }
  }

  private static Staff staff(String user, Set<StaffRole> roles, Set<Long> areas, Set<Long> led) {
    return new Staff(user, user, user + "@example.co", roles, areas, led);
  }

  static List<Reader> readers(Data data) {
    return List.of(
        new Reader(
            "sig", staff("sig.calidad", EnumSet.of(StaffRole.SIG), Set.of(), Set.of()), null),
        new Reader(
            "recepcion",
            staff("recepcion.1", EnumSet.of(StaffRole.RECEPCION), Set.of(), Set.of()),
            null),
        new Reader(
            "responsable a1",
            staff(
                data.busiestResponsible(1),
                EnumSet.of(StaffRole.RESPONSABLE),
                Set.of(1L),
                Set.of()),
            1L),
        new Reader(
            "lider a2", staff("lider.a2", EnumSet.of(StaffRole.LIDER), Set.of(), Set.of(2L)), 2L),
        new Reader(
            "comite", staff("comite.1", EnumSet.of(StaffRole.COMITE), Set.of(), Set.of()), null),
        new Reader(
            "investigador",
            staff(Data.INVESTIGATOR, EnumSet.of(StaffRole.RESPONSABLE), Set.of(), Set.of()),
            null));
  }

  /** One screen of the inbox: a filter, a sort and a page, for one reader. */
  record Request(Reader reader, String name, CaseFilter filter, CaseSort sort, int first) {

    String label() {
      return reader.name() + " / " + name;
    }

    /** Count then page, as the inbox does, on a new EntityManager in a transaction. */
    Timing run(EntityManagerFactory emf, LocalDate today) {
      long start = System.nanoTime();
      EntityManager em = emf.createEntityManager();
      try {
        em.getTransaction().begin();
        JpaCaseRepository repo = new JpaCaseRepository(em);
        CaseVisibility v = reader.visibility();
        boolean p = reader.withPetitioner();
        InboxCount count = repo.count(filter, v, today, p);
        long counted = System.nanoTime();
        List<CaseSummary> page = repo.page(filter, v, today, p, sort, first, PAGE, count);
        em.getTransaction().commit();
        long end = System.nanoTime();
        return new Timing(count, page.size(), counted - start, end - counted, end - start);
      } finally {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        em.close();
      }
    }

    Result measure(EntityManagerFactory emf, LocalDate today, int runs) {
      List<Timing> timings = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        timings.add(run(emf, today));
      }
      return new Result(this, timings);
    }
  }

  record Timing(InboxCount count, int rows, long countNanos, long pageNanos, long totalNanos) {}

  record Result(Request request, List<Timing> timings) {
    double median() {
      return percentile(timings.stream().mapToLong(Timing::totalNanos).toArray(), 50);
    }

    double p95() {
      return percentile(timings.stream().mapToLong(Timing::totalNanos).toArray(), 95);
    }

    double max() {
      return timings.stream().mapToLong(Timing::totalNanos).max().orElse(0) / 1e6;
    }

    double countMedian() {
      return percentile(timings.stream().mapToLong(Timing::countNanos).toArray(), 50);
    }

    double pageMedian() {
      return percentile(timings.stream().mapToLong(Timing::pageNanos).toArray(), 50);
    }
  }

  /** Nearest-rank percentile in ms (the median of an even number of runs: the mean of the two). */
  static double percentile(long[] nanos, int p) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    if (p == 50 && s.length % 2 == 0) {
      return (s[s.length / 2 - 1] + s[s.length / 2]) / 2e6;
    }
    int rank = (int) Math.ceil(p / 100.0 * s.length);
    return s[Math.max(0, rank - 1)] / 1e6;
  }

  static List<Request> requests(Data data, LocalDate today) {
    List<Request> requests = new ArrayList<>();
    CaseSort urgent = CaseSort.MOST_URGENT;
    CaseFilter open = CaseFilter.builder().scope(CaseFilter.Scope.OPEN).build();
    for (Reader r : readers(data)) {
      long area = r.ownArea() == null ? 3L : r.ownArea();
      String responsible = data.busiestResponsible((int) area);
      add(requests, r, "inbox (open, by due date)", open, urgent, 0);
      add(
          requests,
          r,
          "open + type QUEJA",
          open.toBuilder().type(PqrsType.QUEJA).build(),
          urgent,
          0);
      add(requests, r, "open + area " + area, open.toBuilder().areaId(area).build(), urgent, 0);
      add(
          requests,
          r,
          "open + agency",
          open.toBuilder().agency(Data.AGENCIES[4]).build(),
          urgent,
          0);
      add(
          requests,
          r,
          "open + responsible",
          open.toBuilder().responsible(responsible).build(),
          urgent,
          0);
      add(requests, r, "overdue", open.toBuilder().overdue(true).build(), urgent, 0);
      add(
          requests,
          r,
          "due today..+3 days",
          open.toBuilder().due(today, today.plusDays(3)).build(),
          urgent,
          0);
      add(
          requests,
          r,
          "state EN_TRAMITE",
          CaseFilter.builder().state(CaseState.EN_TRAMITE).build(),
          urgent,
          0);
      add(requests, r, "all, no filter", CaseFilter.ALL, urgent, 0);
      add(requests, r, "all + radicado prefix", text(data.radicadoPrefix()), urgent, 0);
      add(requests, r, "all + document number", text(data.sampleDocument()), urgent, 0);
      add(requests, r, "all + one word", text(Data.ONE_WORD), urgent, 0);
      add(requests, r, "all + common word", text(Data.COMMON_WORD), urgent, 0);
      add(requests, r, "all + two words", text(Data.TWO_WORDS), urgent, 0);
      add(requests, r, "all + full name", text(data.sampleName()), urgent, 0);
      add(requests, r, "inbox page 2", open, urgent, PAGE);
      add(requests, r, "inbox offset 5000", open, urgent, 5_000);
      add(
          requests,
          r,
          "inbox by received desc",
          open,
          new CaseSort(CaseSort.Field.RECEIVED_AT, false),
          0);
    }
    return requests;
  }

  private static CaseFilter text(String text) {
    return CaseFilter.builder().text(text).build();
  }

  private static void add(
      List<Request> requests, Reader r, String name, CaseFilter f, CaseSort sort, int first) {
    requests.add(new Request(r, name, f, sort, first));
  }

  // ----------------------------------------------------------------------------------------------
  // Output
  // ----------------------------------------------------------------------------------------------

  private static void printHeader() {
    System.out.printf(
        "%n%-16s %-28s %8s %8s %8s %8s %8s %8s %7s%n",
        "reader", "request", "rows", "median", "p95", "max", "count", "page", "/150ms");
  }

  /** One line of the table, printed as soon as the request is measured. */
  private static void printRow(Result r) {
    InboxCount count = r.timings().get(0).count();
    String rows = count.capped() ? InboxCount.CAP + "+" : String.valueOf(count.total());
    double ratio = r.median() / TARGET_MS;
    System.out.printf(
        Locale.ROOT,
        "%-16s %-28s %8s %8.1f %8.1f %8.1f %8.1f %8.1f %7.2f%s%n",
        r.request().reader().name(),
        r.request().name(),
        rows,
        r.median(),
        r.p95(),
        r.max(),
        r.countMedian(),
        r.pageMedian(),
        ratio,
        ratio >= 1 ? "  OVER" : "");
  }

  private static void printSummary(List<Result> results) {
    long over = results.stream().filter(r -> r.median() >= TARGET_MS).count();
    double worst = results.stream().mapToDouble(Result::median).max().orElse(0);
    System.out.printf(
        Locale.ROOT,
        "%nms, wall clock in the JVM; count and page are the medians of each query alone."
            + " %d of %d requests at or over %d ms (median); slowest median %.1f ms = %.2f × %d"
            + " ms%n",
        over,
        results.size(),
        TARGET_MS,
        worst,
        worst / TARGET_MS,
        TARGET_MS);
  }

  private static void explain(DataSource ds, Result r, LocalDate today) throws SQLException {
    Request q = r.request();
    InboxSql sql =
        new InboxSql(q.filter(), q.reader().visibility(), today, q.reader().withPetitioner());
    InboxCount known = r.timings().get(0).count();
    System.out.printf(Locale.ROOT, "%n== EXPLAIN %s (median %.1f ms)%n", q.label(), r.median());
    explainOne(ds, "count", sql.count());
    explainOne(ds, "page", sql.page(q.sort(), q.first(), PAGE, known));
  }

  private static void explainOne(DataSource ds, String what, InboxSql.Sql sql) throws SQLException {
    System.out.println("-- " + what + ": " + inline(sql));
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql.text())) {
      bind(ps, sql.params());
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          StringBuilder line = new StringBuilder("   ");
          for (int i = 1; i <= md.getColumnCount(); i++) {
            String v = rs.getString(i);
            if (v != null && !"id".equals(md.getColumnLabel(i))) {
              line.append(' ').append(md.getColumnLabel(i)).append('=').append(v);
            } else if (v != null) {
              line.append(' ').append(v);
            }
          }
          System.out.println(line);
        }
      }
    }
  }

  /** The statement with its parameters written in, for reading and for the mysql client. */
  static String inline(InboxSql.Sql sql) {
    StringBuilder out = new StringBuilder();
    int p = 0;
    for (char ch : sql.text().toCharArray()) {
      if (ch == '?' && p < sql.params().size()) {
        Object v = sql.params().get(p++);
        out.append(v instanceof Number ? v.toString() : "'" + v + "'");
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
  }

  // ----------------------------------------------------------------------------------------------
  // The data
  // ----------------------------------------------------------------------------------------------

  /** The generated cases: their distributions, and the JDBC load. */
  static final class Data {

    static final String INVESTIGATOR = "investigador.1";
    static final String ONE_WORD = "ascensor";
    static final String COMMON_WORD = "solicitud";
    static final String TWO_WORDS = "ruido parqueadero";

    static final String[] AREAS = {
      "Servicio al Cliente",
      "Operaciones",
      "Facturación y Cartera",
      "Talento Humano",
      "Mantenimiento",
      "Seguridad",
      "Jurídica",
      "Tecnología"
    };
    static final double[] AREA_WEIGHTS = {22, 18, 15, 12, 11, 9, 7, 6};
    static final int RESPONSABLES_PER_AREA = 15;

    static final String[] AGENCIES = {
      "Bogotá - Chapinero",
      "Bogotá - Suba",
      "Medellín - El Poblado",
      "Cali - Granada",
      "Barranquilla - Centro",
      "Bucaramanga - Cabecera",
      "Cartagena - Bocagrande",
      "Pereira - Circunvalar",
      "Manizales - Cable",
      "Ibagué - Centro",
      "Villavicencio - Barzal",
      "Pasto - Centro",
      "Cúcuta - Caobos",
      "Santa Marta - Rodadero",
      "Neiva - Altico"
    };

    // Subjects: templates and the words they are made of (Spanish, as petitioners write).
    static final String[] PROBLEMS =
        split(
            "Demora en la atención|Cobro indebido|Mal trato del personal|Falta de aseo|Daño"
                + " eléctrico|Fuga de agua|Ruido excesivo|Corte del servicio sin aviso|Olores"
                + " desagradables|Filtración en el techo|Puerta averiada|Iluminación"
                + " deficiente|Robo de pertenencias|Acoso verbal|Fila demasiado larga|Turnos"
                + " mal asignados|Información contradictoria|Trámite sin respuesta|Pérdida de"
                + " documentos|Error en la factura|Cobro doble|Atención grosera|Horario no"
                + " cumplido|Falta de señalización|Piso resbaloso|Humedad en las paredes|Plagas"
                + " de roedores|Presencia de cucarachas|Aire acondicionado dañado|Calefacción"
                + " apagada|Sillas rotas|Vidrios quebrados|Basuras acumuladas|Malos olores del"
                + " alcantarillado|Inundación|Escaleras sin baranda|Cámaras fuera de"
                + " servicio|Vigilante ausente|Parqueo indebido|Vehículos mal estacionados|Venta"
                + " informal|Consumo de cigarrillo|Mascotas sin correa|Desorden general|Falta"
                + " de personal|Cierre anticipado|Sistema caído|Datáfono sin"
                + " funcionamiento|Cajero sin efectivo|Wifi intermitente|Baja presión de"
                + " agua|Ascensor detenido|Goteras|Grietas en el muro|Pintura deteriorada|Reja"
                + " oxidada|Cerradura dañada|Extintor vencido|Botiquín incompleto|Salida de"
                + " emergencia bloqueada");
    static final String[] PLACES =
        split(
            "la portería|el parqueadero|la recepción|los baños|la cafetería|el ascensor|la"
                + " sala de espera|el pasillo principal|la entrada norte|la entrada sur|el"
                + " segundo piso|el tercer piso|el sótano|la terraza|el auditorio|la"
                + " biblioteca|el gimnasio|la piscina|la zona de juegos|el jardín|la oficina de"
                + " caja|la ventanilla cinco|el punto de pago|la zona de carga|la bodega|el"
                + " consultorio|la sala de juntas|el comedor|la capilla|el salón"
                + " comunal|la cancha|el kiosco|la rampa de acceso|la escalera de emergencia|el"
                + " cuarto de basuras|la guardería|la enfermería|el archivo|la"
                + " fotocopiadora|el centro de cómputo|la zona verde|el paradero|la plazoleta|la"
                + " torre administrativa|el bloque de aulas|el laboratorio|la farmacia|la"
                + " sala de urgencias|el área de vacunación|la taquilla");
    static final String[] SITES =
        split(
            "la sede Chapinero|la sede Suba|la sede El Poblado|la sede Granada|la sede"
                + " Centro|la sede Cabecera|la sede Bocagrande|la sede Circunvalar|la sede"
                + " Cable|la sede Barzal|la sede Caobos|la sede Rodadero|la sede Altico|la"
                + " oficina principal|la regional norte|la regional sur|la regional"
                + " occidente|la planta de producción|el centro de distribución|el punto de"
                + " atención Kennedy|el punto de atención Usaquén|el punto de atención"
                + " Engativá|el punto de atención Bosa|el punto de atención Belén|el punto de"
                + " atención Envigado|el punto de atención Itagüí|el punto de atención"
                + " Soacha|el punto de atención Chía|el punto de atención Zipaquirá|el punto de"
                + " atención Floridablanca|el punto de atención Palmira|el punto de atención"
                + " Tuluá|el punto de atención Dosquebradas|el punto de atención Sincelejo|el"
                + " punto de atención Montería|el punto de atención Valledupar|el punto de"
                + " atención Riohacha|el punto de atención Tunja|el punto de atención"
                + " Sogamoso|el punto de atención Duitama");
    static final String[] DOCUMENTS =
        split(
            "certificado laboral|copia del contrato|paz y salvo|historia clínica|extracto de"
                + " pagos|certificado de retenciones|copia de la factura|constancia de"
                + " afiliación|certificado de tradición|copia del acta|reporte de"
                + " incapacidades|desprendibles de nómina|certificado de estudios|copia de la"
                + " póliza|relación de aportes|estado de cuenta|certificado de"
                + " existencia|copia de la grabación|informe técnico|concepto jurídico|copia"
                + " del expediente|certificado de ingresos|constancia de asistencia|copia del"
                + " reglamento|listado de tarifas|plan de pagos|cronograma de"
                + " mantenimiento|certificado de garantía|copia del peritaje|copia de la"
                + " resolución");
    static final String[] PERIODS =
        split(
            "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|el"
                + " primer semestre|el segundo semestre|el año anterior|los últimos tres"
                + " meses|la vigencia actual");
    static final String[] PURPOSES =
        split(
            "trámite bancario|proceso judicial|solicitud de pensión|crédito de vivienda|trámite"
                + " de visa|declaración de renta|licitación pública|inscripción"
                + " universitaria|reclamación ante la EPS|proceso de sucesión|auditoría"
                + " interna|cambio de empleo|subsidio de vivienda|demanda laboral|caja de"
                + " compensación");
    static final String[] TOPICS =
        split(
            "tarifas vigentes|horarios de atención|requisitos de afiliación|proceso de"
                + " reclamación|cambio de titular|traslado de cuenta|renovación del"
                + " contrato|cancelación del servicio|descuentos para pensionados|subsidios"
                + " disponibles|puntos de pago autorizados|plazos de respuesta|tratamiento de"
                + " datos personales|derecho de petición|convocatorias laborales|programas de"
                + " capacitación|beneficios para asociados|política de devoluciones|garantía"
                + " de productos|cobertura del seguro|intereses de mora|acuerdos de"
                + " pago|portabilidad del número|reposición de tarjeta|activación de la"
                + " cuenta|recuperación de contraseña|uso de la aplicación|agendamiento de"
                + " citas|entrega de medicamentos|autorización de servicios|reembolso de"
                + " gastos|procedimiento de quejas|normas de convivencia|uso de zonas"
                + " comunes|reciclaje de residuos|seguridad del sector|obras en la vía|cortes"
                + " programados|lectura del medidor|estratificación");
    static final String[] CHARGES =
        split(
            "cargo no autorizado|cuota de manejo|reconexión|intereses de mora|consumo"
                + " estimado|seguro no solicitado|multa injustificada|recargo por"
                + " retraso|servicio no prestado|comisión bancaria|valor de la"
                + " instalación|visita técnica|cobro de cartera|impuesto mal"
                + " liquidado|cuota extraordinaria|tarifa diferencial|ajuste de"
                + " facturación|descuento no aplicado|saldo a favor no devuelto|pago no"
                + " reflejado");
    static final String[] SERVICES =
        split(
            "energía|acueducto|gas natural|internet|telefonía|televisión|aseo|administración|parqueadero|transporte|salud|educación|crédito|ahorro|seguros|arriendo|vigilancia|mensajería|alimentación|mantenimiento");
    static final String[] STAFF_ROLES =
        split(
            "la funcionaria|el funcionario|la asesora|el asesor|el vigilante|la"
                + " recepcionista|el conductor|la enfermera|el médico|el técnico|la"
                + " coordinadora|el coordinador|la cajera|el cajero|el operario|la"
                + " auxiliar|el auxiliar|la docente|el docente|la gerente");
    static final String[] QUALITIES =
        split(
            "su amabilidad|la rapidez en la atención|su paciencia|la solución oportuna|su"
                + " profesionalismo|la claridad de la información|su compromiso|el buen"
                + " trato|su honestidad al devolver un objeto perdido|la calidez humana|el"
                + " acompañamiento durante el trámite|su disposición|la puntualidad|el"
                + " orden del lugar|la excelente orientación");
    static final String[] IMPROVEMENTS =
        split(
            "instalar más bancas|ampliar el horario|poner un dispensador de agua|mejorar la"
                + " señalización|habilitar pagos en línea|crear una línea de"
                + " WhatsApp|contratar más personal|instalar un bebedero|cambiar los"
                + " bombillos|pintar las paredes|instalar rampas|poner música"
                + " ambiental|ofrecer turnos virtuales|arreglar el techo|sembrar"
                + " árboles|poner canecas de reciclaje|mejorar la ventilación|instalar cámaras"
                + " adicionales|organizar jornadas de integración|publicar las tarifas");
    static final String[] CONDUCTS =
        split(
            "presunto soborno|uso indebido de recursos|acoso laboral|acoso sexual|amenazas a"
                + " un usuario|falsificación de documentos|cobros irregulares|conflicto de"
                + " intereses|hurto de elementos|discriminación|consumo de alcohol en"
                + " servicio|manipulación de turnos|filtración de información|abuso de"
                + " autoridad|favorecimiento a terceros");
    static final String[] DETAILS =
        split(
            "Solicito que se tomen las medidas necesarias.|Ya había reportado esta situación"
                + " sin obtener respuesta.|Adjunto fotografías como soporte.|La situación se"
                + " repite todas las semanas.|Espero una pronta solución.|Me atendieron en"
                + " horas de la mañana.|Sucedió el fin de semana pasado.|Varios vecinos están"
                + " de acuerdo con esta petición.|Requiero la información para un trámite"
                + " bancario.|Agradezco la atención prestada.|Pido que me contacten por correo"
                + " electrónico.|Es la tercera vez que ocurre.|No me dieron número de"
                + " radicado en su momento.|Me comuniqué por teléfono y no contestaron.");

    static final String[] FIRST_NAMES =
        words(
            "María Ana Luz Carmen Rosa Martha Gloria Claudia Sandra Patricia Diana Paola Andrea"
                + " Carolina Natalia Laura Daniela Valentina Camila Juliana Alejandra Catalina"
                + " Mónica Adriana Liliana Marcela Ángela Paula Lorena Johana Yolanda Beatriz"
                + " Esperanza Blanca Teresa Isabel Elena Lucía Sofía Mariana Gabriela Isabella"
                + " Sara Manuela Antonia Luisa Fernanda Verónica Viviana Yesenia Yaneth Nubia"
                + " Amparo Cecilia Stella Inés Margarita Olga Pilar Rocío Silvia Sonia Susana"
                + " Tatiana Ximena Yamile Zulma Alba Alicia Amelia Aura Aurora Bertha Consuelo"
                + " Dora Edith Elsa Emilia Estela Eugenia Fabiola Flor Graciela Helena Irene"
                + " Jimena Josefina Judith Karen Katherine Leidy Lina Lida Magdalena Maribel"
                + " Maritza Mercedes Miriam Nancy Nelly Nidia Noemí Norma Piedad Ruth Abigail"
                + " Adela Adelaida Agustina Alexandra Amanda Antonella Ariadna Astrid Azucena"
                + " Bárbara Brenda Carla Celeste Clara Cristina Dayana Débora Delia Dolores"
                + " Elisa Elizabeth Emma Erika Estefanía Eva Francy Gina Heidy Ingrid Jacqueline"
                + " Janeth Jennifer Jessica Juana Julia Kelly Leonor Lilia Lucero Luna Mabel"
                + " Marisol Matilde Melissa Milena Nathalia Nora Paulina Perla Raquel Rebeca"
                + " Regina Salomé Shirley Tania Vanessa Victoria Violeta Wendy Xiomara Yadira"
                + " Yuliana Zoraida Deisy Lizeth Yurani Marleny Rubiela Gladys Ofelia Leticia"
                + " Lourdes Maira Mayerly Nataly Olivia Renata Zharick José Luis Carlos Juan"
                + " Jorge Andrés Diego Javier Fernando Alejandro Ricardo Eduardo Sergio Óscar"
                + " Mauricio Fabio Hernán Álvaro Jaime Gustavo Hugo Mario Pedro Pablo Manuel"
                + " Miguel Rafael Raúl Roberto Rodrigo Santiago Sebastián Mateo Samuel Nicolás"
                + " Daniel David Felipe Gabriel Camilo Cristian Esteban Julián Iván Édgar Germán"
                + " Gilberto Guillermo Héctor Humberto Ignacio Jairo Jesús Joaquín Leonardo"
                + " Lorenzo Marco Martín Nelson Orlando Rubén Saúl Tomás Víctor Wilson William"
                + " Yesid Alberto Alfonso Alirio Antonio Armando Arturo Benjamín Bernardo César"
                + " Ciro Darío Elkin Emilio Enrique Ernesto Evaristo Francisco Gerardo Gonzalo"
                + " Horacio Isaac Ismael Jhon Jonathan Kevin León Libardo Marlon Milton"
                + " Norberto Octavio Omar Ramiro Reinaldo Rigoberto Rolando Salvador Simón"
                + " Teodoro Ulises Vicente Wilmer Yamid Zacarías Abel Adolfo Agustín Aníbal"
                + " Bayron Brayan Dairo Deiby Duván Edwin Efraín Eliécer Emerson Fredy Giovanny"
                + " Harold Henry Jefferson John Jhonatan Leandro Luciano Maximiliano Emmanuel"
                + " Thiago Jerónimo Matías Emiliano Joel Elías Aarón Axel Ángel Bruno Dylan Ian"
                + " Iker");
    static final String[] SURNAMES =
        words(
            "Rodríguez Gómez González Martínez García López Hernández Sánchez Ramírez Pérez"
                + " Díaz Muñoz Rojas Moreno Jiménez Vargas Castro Gutiérrez Álvarez Romero"
                + " Suárez Torres Ortiz Ruiz Herrera Castillo Valencia Quintero Restrepo Giraldo"
                + " Mejía Ospina Cárdenas Salazar Parra Medina Aguirre Guerrero Cruz Reyes"
                + " Morales Ramos Flórez Vásquez Acosta Mendoza Cortés Molina Rivera Patiño"
                + " Arias Marín Osorio Sierra Cano Zapata Londoño Duque Montoya Henao Velásquez"
                + " Orozco Pineda Carvajal Bedoya Gallego Franco Arango Vélez Betancur Cardona"
                + " Correa Echeverry Escobar Hoyos Jaramillo Lopera Mesa Naranjo Ochoa Posada"
                + " Quiceno Rendón Rincón Salas Tobón Uribe Villa Zuluaga Agudelo Alzate"
                + " Bermúdez Botero Buitrago Cadavid Castaño Córdoba Chaparro Delgado Espinosa"
                + " Fajardo Forero Galeano Gaviria Hurtado Ibarra Lozano Luna Mora Montes Niño"
                + " Núñez Ortega Pacheco Peña Pinzón Prieto Quiroga Rueda Sáenz Silva Soto Tapia"
                + " Téllez Trujillo Urrego Vallejo Vega Zambrano Ávila Barrera Beltrán Benavides"
                + " Blanco Bravo Bustos Caicedo Camacho Campos Carrillo Casas Cifuentes"
                + " Contreras Cuéllar Daza Durán Estrada Figueroa Fonseca Fuentes Gil Guzmán"
                + " Hidalgo Lara León Manrique Mantilla Martín Méndez Mercado Montero Murillo"
                + " Navarro Nieto Ordóñez Pardo Paredes Pastrana Pulido Quintana Riaño Robayo"
                + " Rosas Rubio Salcedo Santos Sarmiento Serrano Solano Tovar Useche Valbuena"
                + " Valderrama Vanegas Vera Villamil Villegas Zárate Abril Acevedo Aguilar"
                + " Alarcón Alonso Amaya Andrade Angulo Arboleda Arenas Arévalo Ariza Arrieta"
                + " Avendaño Ayala Baquero Barbosa Barón Barragán Barreto Becerra Bello Benítez"
                + " Bernal Bolaños Bonilla Borja Bueno Burgos Caballero Calderón Calle Camargo"
                + " Cañón Carmona Carrascal Carrasco Casallas Castellanos Ceballos Celis Cepeda"
                + " Chacón Chávez Cogollo Colmenares Cuervo Cubillos Cuesta Dávila Diez"
                + " Domínguez Escalante Escudero Espitia Farfán Ferrer Fierro Gaitán Galindo"
                + " Gallo Gamboa Garzón Gálvez Godoy Gordillo Granados Guarín Guevara Guerra Guío"
                + " Herrán Higuera Hinestroza Huertas Ibáñez Jaimes Lagos Lancheros Lemus Leal"
                + " Lizarazo Loaiza Lozada Lugo Macías Madrid Maldonado Malagón Manjarrés Mariño"
                + " Márquez Mateus Maya Medrano Melo Mena Meneses Millán Miranda Monroy Monsalve"
                + " Montaño Montenegro Mosquera Moya Mujica Munévar Nova Novoa Obando Olarte"
                + " Olaya Orjuela Ortegón Otálora Pabón Padilla Palacios Palma Páez Peláez"
                + " Perdomo Piedrahíta Pimiento Plata Polanco Polo Porras Puentes Puerta Quevedo"
                + " Quiñones Rangel Rey Rico Riveros Roa Robles Rocha Rodas Roldán Rosero"
                + " Saavedra Saldarriaga Salgado Sanabria Sandoval Santamaría Santana Sepúlveda"
                + " Sossa Sotelo Suaza Tamayo Tello Tirado Toledo Toro Triana Umaña Urbano Urrea"
                + " Valdés Valero Vaca Velandia Velasco Vidal Villalba Villamizar Villarreal"
                + " Yepes Zamora Zea Zuleta Acero Albarracín Almanza Alvarado Amado Anaya Aponte"
                + " Aranda Aristizábal Arroyo Atehortúa Bastidas Bautista Berrío Blandón"
                + " Bohórquez Buendía Bustamante Cabrera Calvo Cardozo Carreño Castañeda Chaves"
                + " Clavijo Corredor Cortázar Coy Cristancho Cuadros Cuartas Chica Dueñas"
                + " Echeverri Erazo Espejo Fandiño Feria Ferro Florián Galvis Garcés Guáqueta"
                + " Gualdrón Guapacha Guarnizo Herazo Holguín Jurado Largo Linares Llanos Lobo"
                + " Lucumí Mahecha Marulanda Mayorga Mendieta Mojica Montealegre Moncada"
                + " Mondragón Moscoso Narváez Neira Noguera Ocampo Oquendo Orrego Ossa Oviedo"
                + " Pava Pedraza Pachón Quiroz Realpe Rengifo Rentería Ríos Rivas Romaña Rondón"
                + " Sabogal Salamanca Achury Aldana Almeida Amórtegui Ardila Arteaga Ballesteros"
                + " Bejarano Boada Cárcamo Castrillón Cely Cifuentes Córdoba Cortina Cubides"
                + " Donado Duarte Escorcia Gamarra Gnecco Guete Insignares Jácome Lacouture"
                + " Lemaitre Manotas Mestre Nader Ospino Pertuz Pumarejo Quessep Racero Saad"
                + " Sierra Taboada Vives Zúñiga Buelvas Cantillo Charris Fontalvo Jinete Mendoza"
                + " Orozco Padilla Polo Rada Salcedo Torregrosa Viloria Visbal Zabaleta");

    static final String[] DOMAINS = {
      "gmail.com",
      "hotmail.com",
      "outlook.com",
      "yahoo.es",
      "yahoo.com",
      "une.net.co",
      "etb.net.co",
      "live.com",
      "icloud.com",
      "correo.co"
    };

    int n;
    final LocalDate today;
    final long seed;
    private final Map<Integer, String> busiest = new TreeMap<>();
    private String sampleName;
    private String sampleDocument;

    Data(int n, LocalDate today, long seed) {
      this.n = n;
      this.today = today;
      this.seed = seed;
    }

    static String[] split(String s) {
      return s.split("\\|");
    }

    static String[] words(String s) {
      return new LinkedHashSet<>(Arrays.asList(s.trim().split("\\s+"))).toArray(String[]::new);
    }

    static String responsible(int area, int k) {
      return String.format("resp.a%d.%02d", area, k);
    }

    String busiestResponsible(int area) {
      return busiest.getOrDefault(area, responsible(area, 1));
    }

    /** A radicado prefix of last year that matches 100 radicados. */
    String radicadoPrefix() {
      return (today.getYear() - 1) + "-0001";
    }

    String sampleName() {
      return sampleName;
    }

    String sampleDocument() {
      return sampleDocument;
    }

    // Weighted choice ----------------------------------------------------------------------------

    /** Picks an index by weight. */
    static final class Weights {
      private final double[] cumulative;

      Weights(double... weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
          sum += weights[i];
          cumulative[i] = sum;
        }
        for (int i = 0; i < weights.length; i++) {
          cumulative[i] /= sum;
        }
      }

      /** Weights 1/(rank + offset): a few values common, a long tail of rare ones. */
      static Weights zipf(int size, double offset) {
        double[] w = new double[size];
        for (int i = 0; i < size; i++) {
          w[i] = 1.0 / (i + offset);
        }
        return new Weights(w);
      }

      int pick(Random r) {
        int i = Arrays.binarySearch(cumulative, r.nextDouble());
        return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
      }

      <T> T pick(Random r, T[] values) {
        return values[pick(r)];
      }
    }

    // The load ------------------------------------------------------------------------------------

    private static final String COLUMNS =
        "id, version, radicado, tracking_code, type, channel, state, petitioner_names,"
            + " petitioner_document_type, petitioner_document_number, petitioner_email,"
            + " petitioner_phone, petitioner_address, anonymous, agency, subject, description,"
            + " received_at, due_date, severity_level, immediate_attention, protected_case,"
            + " term_days, awaiting_information, area_id, responsible, escalation_level,"
            + " traslado_authority, answered_at, closed_at, petitioner_accepted,"
            + " satisfaction_score";
    private static final int COLUMN_COUNT = COLUMNS.split(",").length;
    private static final int ROWS_PER_INSERT = 1_000;

    void load(DataSource ds, boolean withIndexes) throws SQLException {
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
          s.execute("SET SESSION unique_checks = 0");
          s.execute("SET SESSION foreign_key_checks = 0");
        }
        Set<String> indexesBefore = indexes(c);
        long t0 = System.nanoTime();
        List<String[]> dropped = withIndexes ? List.of() : dropSecondaryIndexes(c);
        long t1 = System.nanoTime();
        referenceData(c);
        Counts counts = cases(c);
        long t2 = System.nanoTime();
        rebuild(c, dropped);
        long t3 = System.nanoTime();
        try (Statement s = c.createStatement()) {
          s.execute("ANALYZE TABLE pqrs_case, case_member, area");
        }
        long t4 = System.nanoTime();
        Set<String> indexesAfter = indexes(c);
        if (!indexesAfter.equals(indexesBefore)) {
          throw new IllegalStateException(
              "The indexes after the load differ from the migrations': before "
                  + indexesBefore
                  + ", after "
                  + indexesAfter);
        }
        System.out.printf(
            Locale.ROOT,
            "%nGenerated %,d cases (%,d open = %.1f%%, %,d protected with %,d case_member rows)"
                + " received %s..%s%n",
            n,
            counts.open,
            100.0 * counts.open / n,
            counts.protectedCases,
            counts.members,
            today.minusYears(3),
            today);
        System.out.printf(
            Locale.ROOT,
            "Load: %s; drop indexes %.1f s, insert %.1f s (%,.0f rows/s), build %d indexes"
                + " %.1f s, ANALYZE %.1f s; total %.1f s%n",
            withIndexes
                ? "into the migrations' indexes (-Dbench.loadWithIndexes=true)"
                : "secondary indexes dropped, then built again",
            (t1 - t0) / 1e9,
            (t2 - t1) / 1e9,
            n / ((t2 - t1) / 1e9),
            dropped.size(),
            (t3 - t2) / 1e9,
            (t4 - t3) / 1e9,
            (t4 - t0) / 1e9);
        System.out.printf(
            Locale.ROOT,
            "  of the insert: %.1f s in the database (binding and executing the INSERTs, in a"
                + " second thread while the next rows are generated)%n",
            counts.insertNanos / 1e9);
        System.out.printf(
            "Vocabulary: %d first names, %d surnames, %d words of 3+ letters in a sample of one"
                + " subject in 50%n",
            FIRST_NAMES.length, SURNAMES.length, counts.vocabulary);
        System.out.println("Indexes of pqrs_case (as after the migrations): " + indexesAfter);
        printDistribution(c);
      }
    }

    /**
     * Takes the cases already in the schema ({@code DB_NAME}: a schema this harness generated and
     * kept with {@code KEEP_TEST_DB=true}), finding the samples the generation chose.
     */
    void reuse(DataSource ds) throws SQLException {
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pqrs_case")) {
          rs.next();
          n = rs.getInt(1);
        }
        try (ResultSet rs =
            s.executeQuery(
                "SELECT petitioner_names, petitioner_document_number FROM pqrs_case"
                    + " WHERE id >= "
                    + (n / 2)
                    + " AND petitioner_names IS NOT NULL ORDER BY id LIMIT 1")) {
          rs.next();
          sampleName = rs.getString(1);
          sampleDocument = rs.getString(2);
        }
        try (ResultSet rs =
            s.executeQuery(
                "SELECT area_id, responsible, COUNT(*) AS n FROM pqrs_case"
                    + " WHERE state NOT IN ('CERRADO', 'IMPROCEDENTE', 'TRASLADADO', 'DESISTIDO')"
                    + " AND responsible IS NOT NULL GROUP BY area_id, responsible"
                    + " ORDER BY area_id, n DESC, responsible")) {
          while (rs.next()) {
            busiest.putIfAbsent(rs.getInt(1), rs.getString(2));
          }
        }
        System.out.printf(
            "%nReusing the %,d cases of schema %s (not generated again)%n", n, c.getCatalog());
        System.out.println("Indexes of pqrs_case: " + indexes(c));
        printDistribution(c);
      }
    }

    /** Every index of pqrs_case as "name(kind unique: columns)". */
    private static Set<String> indexes(Connection c) throws SQLException {
      Map<String, String> byName = new TreeMap<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT index_name, index_type, non_unique,"
                      + " GROUP_CONCAT(column_name ORDER BY seq_in_index)"
                      + " FROM information_schema.statistics"
                      + " WHERE table_schema = DATABASE() AND table_name = 'pqrs_case'"
                      + " GROUP BY index_name, index_type, non_unique")) {
        while (rs.next()) {
          byName.put(
              rs.getString(1),
              rs.getString(1)
                  + "("
                  + rs.getString(2)
                  + (rs.getInt(3) == 0 ? " unique" : "")
                  + ": "
                  + rs.getString(4)
                  + ")");
        }
      }
      return new LinkedHashSet<>(byName.values());
    }

    /**
     * Drops the secondary indexes of pqrs_case but the primary key, the unique radicado and the
     * index the area foreign key needs; returns {name, type, columns} of each.
     */
    private static List<String[]> dropSecondaryIndexes(Connection c) throws SQLException {
      List<String[]> dropped = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT index_name, index_type,"
                      + " GROUP_CONCAT(column_name ORDER BY seq_in_index SEPARATOR ', ')"
                      + " FROM information_schema.statistics"
                      + " WHERE table_schema = DATABASE() AND table_name = 'pqrs_case'"
                      + " AND non_unique = 1 AND index_name <> 'ix_pqrs_case_area_state'"
                      + " GROUP BY index_name, index_type ORDER BY index_name")) {
        while (rs.next()) {
          dropped.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
      if (!dropped.isEmpty()) {
        List<String> drops = new ArrayList<>();
        for (String[] ix : dropped) {
          drops.add("DROP INDEX " + ix[0]);
        }
        try (Statement s = c.createStatement()) {
          s.execute("ALTER TABLE pqrs_case " + String.join(", ", drops));
        }
      }
      return dropped;
    }

    /** B-tree indexes in one ALTER (one scan of the table), then each FULLTEXT index alone. */
    private static void rebuild(Connection c, List<String[]> dropped) throws SQLException {
      List<String> btree = new ArrayList<>();
      List<String> fulltext = new ArrayList<>();
      for (String[] ix : dropped) {
        if ("FULLTEXT".equals(ix[1])) {
          fulltext.add("ADD FULLTEXT INDEX " + ix[0] + " (" + ix[2] + ")");
        } else {
          btree.add("ADD INDEX " + ix[0] + " (" + ix[2] + ")");
        }
      }
      try (Statement s = c.createStatement()) {
        if (!btree.isEmpty()) {
          long t = System.nanoTime();
          s.execute("ALTER TABLE pqrs_case " + String.join(", ", btree));
          System.out.printf(
              Locale.ROOT,
              "  %d B-tree indexes in %.1f s%n",
              btree.size(),
              (System.nanoTime() - t) / 1e9);
        }
        for (String ft : fulltext) {
          long t = System.nanoTime();
          s.execute("ALTER TABLE pqrs_case " + ft);
          System.out.printf(Locale.ROOT, "  %s in %.1f s%n", ft, (System.nanoTime() - t) / 1e9);
        }
      }
    }

    private void referenceData(Connection c) throws SQLException {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO area (id, version, name, leader, leader_email, active)"
                  + " VALUES (?, 0, ?, ?, ?, TRUE)")) {
        for (int i = 0; i < AREAS.length; i++) {
          ps.setLong(1, i + 1);
          ps.setString(2, AREAS[i]);
          ps.setString(3, "lider.a" + (i + 1));
          ps.setString(4, "lider.a" + (i + 1) + "@example.co");
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO agency (id, version, name, city, active) VALUES (?, 0, ?, ?, TRUE)")) {
        for (int i = 0; i < AGENCIES.length; i++) {
          ps.setLong(1, i + 1);
          ps.setString(2, AGENCIES[i]);
          ps.setString(3, AGENCIES[i].substring(0, AGENCIES[i].indexOf(" - ")));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.execute("UPDATE id_generator SET next_value = " + AREAS.length + " WHERE name = 'area'");
        s.execute(
            "UPDATE id_generator SET next_value = " + AGENCIES.length + " WHERE name = 'agency'");
      }
      c.commit();
    }

    static final class Counts {
      long open;
      long protectedCases;
      long members;
      int vocabulary;
      volatile long insertNanos;
    }

    private static final CaseState[] OPEN_STATES = {
      CaseState.RADICADO,
      CaseState.ASIGNADO,
      CaseState.EN_TRAMITE,
      CaseState.EN_INVESTIGACION,
      CaseState.RESPUESTA_PROYECTADA,
      CaseState.RESPUESTA_APROBADA,
      CaseState.RESPONDIDO
    };
    private static final Weights OPEN_WEIGHTS = new Weights(8, 14, 36, 8, 10, 7, 17);
    private static final Weights FRESH_WEIGHTS = new Weights(50, 30, 20, 0, 0, 0, 0);
    private static final CaseState[] FINAL_STATES = {
      CaseState.CERRADO, CaseState.IMPROCEDENTE, CaseState.TRASLADADO, CaseState.DESISTIDO
    };
    private static final Weights FINAL_WEIGHTS = new Weights(88, 5, 4, 3);
    private static final PqrsType[] TYPES = PqrsType.values();
    // PETICION, PARTICULAR, SOLICITUD_INFORMACION, CONSULTA, QUEJA, RECLAMO, SUGERENCIA,
    // FELICITACION, DENUNCIA
    private static final Weights TYPE_WEIGHTS = new Weights(25, 8, 10, 7, 20, 18, 6, 4, 2);
    private static final co.ventanilla.cases.Channel[] CHANNELS =
        co.ventanilla.cases.Channel.values();
    // EMAIL, WEB, SUGGESTION_BOX, PHONE, IN_PERSON, COORDINATOR_VISIT, LETTER
    private static final Weights CHANNEL_WEIGHTS = new Weights(35, 30, 8, 12, 8, 3, 4);
    private static final Weights SEVERITY = new Weights(25, 35, 25, 11, 4); // null, 1..4
    private static final Weights ESCALATION = new Weights(85, 10, 4, 1);
    private static final String[] DOC_TYPES = {"CC", "CE", "NIT", "TI", "PA"};
    private static final Weights DOC_WEIGHTS = new Weights(85, 5, 5, 2, 3);
    private static final int INVESTIGATORS = 20;

    /** Generates and inserts the cases and their members; returns what it made. */
    private Counts cases(Connection c) throws SQLException {
      Random r = new Random(seed);
      Weights areaW = new Weights(AREA_WEIGHTS);
      Weights respW = Weights.zipf(RESPONSABLES_PER_AREA, 2);
      Weights agencyW = Weights.zipf(AGENCIES.length, 1.5);
      Weights firstW = Weights.zipf(FIRST_NAMES.length, 8);
      Weights surnameW = Weights.zipf(SURNAMES.length, 6);
      Weights problemW = Weights.zipf(PROBLEMS.length, 5);
      Weights placeW = Weights.zipf(PLACES.length, 5);
      Weights siteW = Weights.zipf(SITES.length, 4);
      Weights investigatorW = Weights.zipf(INVESTIGATORS, 1);
      Map<String, Integer> perResponsible = new LinkedHashMap<>();
      Set<String> vocabulary = new java.util.HashSet<>();

      Counts counts = new Counts();
      LocalDateTime start = today.minusYears(3).atTime(7, 0);
      LocalDateTime now = LocalDateTime.now(BOGOTA);
      long spanSeconds = ChronoUnit.SECONDS.between(start, now);
      String[][] responsibles = new String[AREAS.length + 1][RESPONSABLES_PER_AREA + 1];
      for (int a = 1; a <= AREAS.length; a++) {
        for (int k = 1; k <= RESPONSABLES_PER_AREA; k++) {
          responsibles[a][k] = responsible(a, k);
        }
      }
      Map<Integer, Long> radicadoByYear = new TreeMap<>();
      String[][] recentPetitioners = new String[512][];
      long memberId = 0;

      String caseInsert =
          "INSERT INTO pqrs_case ("
              + COLUMNS
              + ") VALUES "
              + rowMarks(COLUMN_COUNT, ROWS_PER_INSERT);
      List<Object> params = new ArrayList<>(COLUMN_COUNT * ROWS_PER_INSERT);
      List<Object[]> members = new ArrayList<>();
      int rowsInStatement = 0;
      int statementsInTx = 0;
      java.util.concurrent.ExecutorService writer =
          java.util.concurrent.Executors.newSingleThreadExecutor();
      java.util.concurrent.Future<?> pending = null;

      try (PreparedStatement full = c.prepareStatement(caseInsert)) {
        for (int i = 1; i <= n; i++) {
          LocalDateTime received =
              start.plusSeconds((long) ((i - 1 + r.nextDouble()) * spanSeconds / n));
          long ageDays = ChronoUnit.DAYS.between(received.toLocalDate(), today);
          double pOpen = ageDays <= 20 ? 0.9 : ageDays <= 60 ? 0.5 : ageDays <= 180 ? 0.15 : 0.03;
          boolean isOpen = r.nextDouble() < pOpen;
          CaseState state =
              isOpen
                  ? OPEN_STATES[(ageDays <= 2 ? FRESH_WEIGHTS : OPEN_WEIGHTS).pick(r)]
                  : FINAL_STATES[FINAL_WEIGHTS.pick(r)];
          PqrsType type = TYPES[TYPE_WEIGHTS.pick(r)];
          co.ventanilla.cases.Channel channel = CHANNELS[CHANNEL_WEIGHTS.pick(r)];
          int year = received.getYear();
          long number = radicadoByYear.merge(year, 1L, Long::sum);
          String digits = Long.toString(number);
          String radicado = year + "-" + "000000".substring(digits.length()) + digits;

          // Petitioner: anonymous sometimes, a returning one sometimes.
          boolean anonymous = r.nextDouble() < 0.08;
          String[] p = null;
          if (!anonymous) {
            int slot = r.nextInt(recentPetitioners.length);
            if (recentPetitioners[slot] != null && r.nextDouble() < 0.1) {
              p = recentPetitioners[slot];
            } else {
              p = petitioner(r, firstW, surnameW);
              recentPetitioners[slot] = p;
            }
          }

          // Assignment.
          Long areaId = null;
          String responsible = null;
          boolean unassigned =
              state == CaseState.RADICADO
                  || ((state == CaseState.IMPROCEDENTE || state == CaseState.TRASLADADO)
                      && r.nextBoolean());
          if (!unassigned) {
            int area = areaW.pick(r) + 1;
            areaId = (long) area;
            responsible = responsibles[area][respW.pick(r) + 1];
            if (isOpen) {
              perResponsible.merge(responsible, 1, Integer::sum);
            }
          }
          String agency = r.nextDouble() < 0.03 ? null : agencyW.pick(r, AGENCIES);

          int sev = SEVERITY.pick(r);
          Integer severity = sev == 0 ? null : sev;
          if (type == PqrsType.DENUNCIA && severity != null && r.nextBoolean()) {
            severity = 4;
          }
          boolean isProtected =
              type == PqrsType.DENUNCIA ? r.nextDouble() < 0.4 : r.nextDouble() < 0.003;
          int termDays =
              switch (type) {
                case SOLICITUD_INFORMACION -> 10;
                case CONSULTA -> 30;
                default -> 15;
              };
          LocalDate due = plusBusinessDays(received.toLocalDate(), termDays);
          if (r.nextDouble() < 0.03) {
            due = plusBusinessDays(due, termDays); // extended (ampliación)
          }
          boolean awaiting =
              isOpen
                  && state != CaseState.RESPONDIDO
                  && state.ordinal() <= CaseState.EN_INVESTIGACION.ordinal()
                  && r.nextDouble() < 0.06;
          int escalation = ESCALATION.pick(r) + 1;

          LocalDateTime answered = null;
          LocalDateTime closed = null;
          Boolean accepted = null;
          Integer satisfaction = null;
          if (state == CaseState.RESPONDIDO || !isOpen) {
            answered = received.plusDays(1 + r.nextInt(termDays + 5)).plusMinutes(r.nextInt(600));
            if (answered.isAfter(now)) {
              answered = now.minusHours(1);
            }
          }
          if (!isOpen) {
            closed = answered.plusDays(r.nextInt(10)).plusMinutes(r.nextInt(300));
            if (state == CaseState.CERRADO && r.nextDouble() < 0.4) {
              accepted = r.nextDouble() < 0.85;
              satisfaction = 1 + Math.min(4, (int) Math.abs(r.nextGaussian() * 1.2 + 3.5));
            }
          }

          String subject = subject(r, type, problemW, placeW, siteW, p);
          if (i % 50 == 0) {
            for (String w : subject.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
              if (w.length() >= 3) {
                vocabulary.add(w);
              }
            }
          }
          String description =
              subject
                  + ". "
                  + DETAILS[r.nextInt(DETAILS.length)]
                  + " "
                  + DETAILS[r.nextInt(DETAILS.length)];

          if (i >= n / 2 && sampleName == null && p != null) {
            sampleName = p[0];
            sampleDocument = p[2];
          }
          params.add((long) i);
          params.add(0L);
          params.add(radicado);
          params.add(trackingCode(r));
          params.add(type.name());
          params.add(channel.name());
          params.add(state.name());
          params.add(p == null ? null : p[0]);
          params.add(p == null ? null : p[1]);
          params.add(p == null ? null : p[2]);
          params.add(p == null ? null : p[3]);
          params.add(p == null ? null : p[4]);
          params.add(p == null ? null : p[5]);
          params.add(anonymous);
          params.add(agency);
          params.add(subject);
          params.add(description);
          params.add(received);
          params.add(due);
          params.add(severity);
          params.add(severity != null && severity == 4);
          params.add(isProtected);
          params.add(termDays);
          params.add(awaiting);
          params.add(areaId);
          params.add(responsible);
          params.add(escalation);
          params.add(
              state == CaseState.TRASLADADO ? "Superintendencia de Industria y Comercio" : null);
          params.add(answered);
          params.add(closed);
          params.add(accepted);
          params.add(satisfaction);

          if (isOpen) {
            counts.open++;
          }
          if (isProtected) {
            counts.protectedCases++;
            Set<String> named = new LinkedHashSet<>();
            int howMany = 1 + r.nextInt(3);
            if (responsible != null) {
              named.add(responsible);
            }
            while (named.size() < howMany) {
              named.add("investigador." + (investigatorW.pick(r) + 1));
            }
            for (String user : named) {
              members.add(new Object[] {++memberId, (long) i, user, received.plusHours(2)});
            }
          }

          if (++rowsInStatement == ROWS_PER_INSERT) {
            // The database inserts one statement while this thread generates the next.
            await(pending);
            List<Object> filled = params;
            boolean commit = ++statementsInTx % 20 == 0;
            pending =
                writer.submit(
                    () -> {
                      long t = System.nanoTime();
                      bind(full, filled);
                      full.executeUpdate();
                      if (commit) {
                        c.commit();
                      }
                      counts.insertNanos += System.nanoTime() - t;
                      return null;
                    });
            params = new ArrayList<>(COLUMN_COUNT * ROWS_PER_INSERT);
            rowsInStatement = 0;
          }
        }
        await(pending);
      } finally {
        writer.shutdown();
      }
      if (rowsInStatement > 0) {
        try (PreparedStatement rest =
            c.prepareStatement(
                "INSERT INTO pqrs_case ("
                    + COLUMNS
                    + ") VALUES "
                    + rowMarks(COLUMN_COUNT, rowsInStatement))) {
          bind(rest, params);
          rest.executeUpdate();
        }
      }
      c.commit();
      counts.members = members.size();
      counts.vocabulary = vocabulary.size();
      insertMembers(c, members);

      try (Statement s = c.createStatement()) {
        s.execute("UPDATE id_generator SET next_value = " + n + " WHERE name = 'pqrs_case'");
        s.execute(
            "UPDATE id_generator SET next_value = " + memberId + " WHERE name = 'case_member'");
        for (Map.Entry<Integer, Long> e : radicadoByYear.entrySet()) {
          s.execute(
              "INSERT INTO radicado_counter (year, last_value) VALUES ("
                  + e.getKey()
                  + ", "
                  + e.getValue()
                  + ")");
        }
      }
      c.commit();
      for (int area = 1; area <= AREAS.length; area++) {
        int a = area;
        perResponsible.entrySet().stream()
            .filter(e -> e.getKey().startsWith("resp.a" + a + "."))
            .max(Map.Entry.comparingByValue())
            .ifPresent(e -> busiest.put(a, e.getKey()));
      }
      return counts;
    }

    private static void await(java.util.concurrent.Future<?> pending) throws SQLException {
      if (pending == null) {
        return;
      }
      try {
        pending.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof SQLException sql) {
          throw sql;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    private static void insertMembers(Connection c, List<Object[]> members) throws SQLException {
      int per = 1_000;
      for (int from = 0; from < members.size(); from += per) {
        List<Object[]> chunk = members.subList(from, Math.min(members.size(), from + per));
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO case_member (id, case_id, user_name, reason, added_by, added_at)"
                    + " VALUES "
                    + rowMarks(6, chunk.size()))) {
          List<Object> params = new ArrayList<>();
          for (Object[] m : chunk) {
            params.add(m[0]);
            params.add(m[1]);
            params.add(m[2]);
            params.add(((String) m[2]).startsWith("resp.") ? "RESPONSIBLE" : "INVESTIGATOR");
            params.add("sig.calidad");
            params.add(m[3]);
          }
          bind(ps, params);
          ps.executeUpdate();
        }
      }
      c.commit();
    }

    private static String rowMarks(int columns, int rows) {
      String row = "(" + InboxSql.marks(columns) + ")";
      return String.join(", ", java.util.Collections.nCopies(rows, row));
    }

    /** {names, document type, document number, email, phone, address}. */
    private static String[] petitioner(Random r, Weights firstW, Weights surnameW) {
      String first = firstW.pick(r, FIRST_NAMES);
      if (r.nextDouble() < 0.5) {
        String second = firstW.pick(r, FIRST_NAMES);
        if (!second.equals(first)) {
          first = first + " " + second;
        }
      }
      String s1 = surnameW.pick(r, SURNAMES);
      String s2 = surnameW.pick(r, SURNAMES);
      String names = first + " " + s1 + " " + s2;
      String docType = DOC_TYPES[DOC_WEIGHTS.pick(r)];
      String doc =
          switch (docType) {
            case "NIT" -> String.valueOf(800_000_000L + r.nextInt(200_000_000));
            case "TI" -> String.valueOf(1_000_000_000L + r.nextInt(100_000_000));
            case "PA" -> "AB" + (100_000 + r.nextInt(900_000));
            default -> String.valueOf(10_000_000L + (long) (r.nextDouble() * 1_190_000_000L));
          };
      String email =
          r.nextDouble() < 0.15
              ? null
              : ASCII.computeIfAbsent(first.split(" ")[0] + "." + s1, InboxBenchmark.Data::ascii)
                  + (r.nextInt(10_000))
                  + "@"
                  + DOMAINS[r.nextInt(DOMAINS.length)];
      String phone = "3" + (100_000_000 + r.nextInt(250_000_000));
      String address =
          (r.nextBoolean() ? "Calle " : "Carrera ")
              + (1 + r.nextInt(180))
              + " # "
              + (1 + r.nextInt(120))
              + "-"
              + (1 + r.nextInt(99));
      return new String[] {names, docType, doc, email, phone, address};
    }

    private static final Map<String, String> ASCII = new java.util.HashMap<>();

    private static String ascii(String s) {
      return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
          .replaceAll("\\p{M}", "")
          .toLowerCase(Locale.ROOT);
    }

    private static String subject(
        Random r, PqrsType type, Weights problemW, Weights placeW, Weights siteW, String[] p) {
      String place = placeW.pick(r, PLACES);
      String site = siteW.pick(r, SITES);
      return switch (type) {
        case PETICION, PETICION_PARTICULAR, SOLICITUD_INFORMACION ->
            switch (r.nextInt(8)) {
              case 0 -> "Solicitud de " + pick(r, DOCUMENTS);
              case 1 -> pick(r, DOCUMENTS) + " de " + pick(r, PERIODS);
              case 2 -> "Solicitud de " + pick(r, DOCUMENTS) + " de " + pick(r, PERIODS);
              case 3 -> "Requiero " + pick(r, DOCUMENTS) + " de " + pick(r, PERIODS);
              case 4 -> "Derecho de petición: " + pick(r, DOCUMENTS);
              case 5 -> "Petición de " + pick(r, DOCUMENTS) + " para " + pick(r, PURPOSES);
              case 6 -> "Necesito " + pick(r, DOCUMENTS) + " para " + pick(r, PURPOSES);
              default -> "Envío de " + pick(r, DOCUMENTS) + " a " + pick(r, SITES);
            };
        case CONSULTA, CONSULTA_DATOS -> "Consulta sobre " + pick(r, TOPICS);
        case RECLAMO_DATOS -> "Actualización de mis datos personales";
        case QUEJA -> problemW.pick(r, PROBLEMS) + " en " + place + " de " + site;
        case RECLAMO ->
            r.nextBoolean()
                ? "Reclamo por " + pick(r, CHARGES) + " en la factura de " + pick(r, SERVICES)
                : problemW.pick(r, PROBLEMS) + " en " + place;
        case SUGERENCIA -> "Sugerencia: " + pick(r, IMPROVEMENTS) + " en " + place;
        case FELICITACION ->
            "Felicitación a "
                + pick(r, STAFF_ROLES)
                + " "
                + FIRST_NAMES[r.nextInt(FIRST_NAMES.length)]
                + " por "
                + pick(r, QUALITIES);
        case DENUNCIA -> "Denuncia por " + pick(r, CONDUCTS) + " en " + site;
      };
    }

    private static String pick(Random r, String[] values) {
      return values[r.nextInt(values.length)];
    }

    private static String trackingCode(Random r) {
      String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
      char[] code = new char[12];
      for (int i = 0; i < code.length; i++) {
        code[i] = alphabet.charAt(r.nextInt(alphabet.length()));
      }
      return new String(code);
    }

    private static LocalDate plusBusinessDays(LocalDate from, int days) {
      LocalDate d = from;
      int left = days;
      while (left > 0) {
        d = d.plusDays(1);
        if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
          left--;
        }
      }
      return d;
    }

    private void printDistribution(Connection c) throws SQLException {
      System.out.println("States:");
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT state, COUNT(*), SUM(due_date < CURDATE()) FROM pqrs_case"
                      + " GROUP BY state ORDER BY COUNT(*) DESC")) {
        while (rs.next()) {
          System.out.printf(
              "  %-22s %,9d  (due before today %,d)%n",
              rs.getString(1), rs.getLong(2), rs.getLong(3));
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT COUNT(*) FROM pqrs_case c WHERE MATCH(c.subject, c.petitioner_names)"
                  + " AGAINST (? IN BOOLEAN MODE)")) {
        for (String text : List.of(ONE_WORD, COMMON_WORD, TWO_WORDS, sampleName)) {
          ps.setString(1, TextSearch.booleanQuery(text));
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            System.out.printf(
                Locale.ROOT,
                "  words \"%s\" (%s): %,d cases (%.2f%%)%n",
                text,
                TextSearch.booleanQuery(text),
                rs.getLong(1),
                100.0 * rs.getLong(1) / n);
          }
        }
      }
      System.out.println(
          "  sample document " + sampleDocument + ", radicado prefix " + radicadoPrefix());
    }
  }
}
