package co.ventanilla.cases.persistence;

import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseSort;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.CaseVisibility;
import co.ventanilla.cases.InboxCount;
import co.ventanilla.cases.PqrsCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL of a case list, for MariaDB: one count query and one page query, whatever the filter and
 * whoever reads. Written by hand (not JPQL) because three things that make a list fast over a
 * million cases have no JPQL form:
 *
 * <ol>
 *   <li><b>Disjoint parts.</b> What a person sees is a union: the unprotected cases of each grant
 *       of their {@link CaseVisibility} plus the cases they are named on. An {@code OR} of those
 *       would scan the table; instead each grant is one part, excluding what the earlier parts
 *       cover, so each part uses its own index and the parts' counts simply add up.
 *   <li><b>Capped counts.</b> Each part counts at most {@link InboxCount#CAP} + 1 rows.
 *   <li><b>The plan from the count.</b> A part with few rows is read through its filter's index and
 *       sorted ({@code IGNORE INDEX FOR ORDER BY}); a part with many is read in the order of the
 *       due-date index until the page is full. Left alone, MariaDB picks the order index for small
 *       parts too and reads half the table to fill a page. The parts return only ids and the
 *       columns of the order, and the page's rows are fetched for its ids alone; {@code
 *       ix_pqrs_case_due_cover} (V11) holds the state, protection and area of each case, so the ids
 *       of an inbox's long part are read from that index alone however deep the page.
 * </ol>
 *
 * <p>Words are searched with the full-text indexes of migration V10 ({@code MATCH ... AGAINST} in
 * boolean mode: every word required, the last one as a prefix). MariaDB reads such a condition
 * through the full-text index whatever else the part says, fetching every case that has the words
 * (about 5 µs each), so a search is <b>one pass, not one per part</b>: the cases with the words
 * kept when one of the parts' conditions holds (they are disjoint, so which one is a {@code CASE};
 * membership is an {@code EXISTS}), counted per part up to {@code CAP + 1} in all. Over a million
 * cases that made the one-word search of a reader with several parts 2–3 times faster
 * (InboxBenchmark).
 */
final class InboxSql {

  /** A statement and its parameters, in order. */
  record Sql(String text, List<Object> params) {}

  static final String SELECT_COLUMNS =
      "c.id, c.radicado, c.type, c.channel, c.state, c.subject, c.agency, c.received_at,"
          + " c.due_date, c.area_id, c.responsible, c.severity_level, c.escalation_level,"
          + " c.protected_case, c.awaiting_information, c.anonymous, ";

  /** Indexes (migrations V1, V2, V8, V10, V11, V20) that can return rows in due-date order. */
  private static final String DUE_ORDER_INDEXES =
      "ix_pqrs_case_due, ix_pqrs_case_state_due, ix_pqrs_case_type_due, ix_pqrs_case_escalation,"
          + " ix_pqrs_case_area_state, ix_pqrs_case_responsible_state, ix_pqrs_case_protected,"
          + " ix_pqrs_case_channel, ix_pqrs_case_agency, ix_pqrs_case_level,"
          + " ix_pqrs_case_type_state, ix_pqrs_case_responsible_area, ix_pqrs_case_due_cover,"
          + " ix_pqrs_case_agency_unconfirmed";

  private static final Set<CaseState> FINAL =
      Arrays.stream(CaseState.values())
          .filter(CaseState::isFinal)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));

  private final CaseFilter filter;
  private final CaseVisibility visibility;
  private final LocalDate today;
  private final boolean withPetitioner;

  /**
   * @param today the day against which "overdue" is judged (Colombian time)
   * @param withPetitioner whether the reader may see petitioners: their names are selected and
   *     searched only then
   */
  InboxSql(CaseFilter filter, CaseVisibility visibility, LocalDate today, boolean withPetitioner) {
    this.filter = filter;
    this.visibility = visibility;
    this.today = today;
    this.withPetitioner = withPetitioner;
  }

  /**
   * One row with one column per part: the count of each, at most {@code CAP + 1} (for a word
   * search, at most {@code CAP + 1} in all: {@link InboxCount#total} and {@link InboxCount#capped}
   * mean the same).
   */
  Sql count() {
    if (wordsInOnePass()) {
      return wordCount();
    }
    List<Object> params = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (Part part : parts()) {
      StringBuilder sql = new StringBuilder("(SELECT COUNT(*) FROM (SELECT 1 ");
      appendFromWhere(part, sql, params, null);
      sql.append(" LIMIT ").append(InboxCount.CAP + 1).append(") p)");
      counts.add(sql.toString());
    }
    return new Sql("SELECT " + String.join(", ", counts), params);
  }

  /**
   * The cases of each value of {@code dimension}, rows of (value, count), NULL for cases without
   * one; parts are disjoint, so their counts add up. Not capped: meant for filters that hold a
   * bounded number of cases (a month, the open ones).
   */
  Sql countBy(co.ventanilla.cases.CaseDimension dimension) {
    List<Object> params = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (Part part : parts()) {
      StringBuilder sql =
          new StringBuilder("(SELECT ").append(dimension.column()).append(" AS k, COUNT(*) AS n");
      appendFromWhere(part, sql, params, null);
      sql.append(" GROUP BY ").append(dimension.column()).append(")");
      groups.add(sql.toString());
    }
    return new Sql(
        "SELECT g.k, SUM(g.n) FROM (" + String.join(" UNION ALL ", groups) + ") g GROUP BY g.k",
        params);
  }

  /**
   * The rows {@code first} to {@code first + size - 1} in the order of {@code sort}.
   *
   * @param known the count of the same filter and visibility, to choose each part's plan; null: let
   *     the database choose
   */
  Sql page(CaseSort sort, int first, int size, InboxCount known) {
    if (wordsInOnePass()) {
      return wordPage(sort, first, size);
    }
    List<Object> params = new ArrayList<>();
    List<Part> parts = parts();
    String keys = sortKeys(sort);
    StringBuilder sql = new StringBuilder("SELECT ").append(SELECT_COLUMNS);
    sql.append(withPetitioner ? "c.petitioner_names" : "NULL").append(" AS petitioner_names,");
    sql.append(" a.name AS area_name FROM (SELECT u.* FROM (");
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      boolean small =
          known != null && i < known.parts().size() && known.parts().get(i) <= InboxCount.CAP;
      sql.append(i == 0 ? "(" : " UNION ALL (");
      sql.append("SELECT ").append(keys);
      appendFromWhere(part, sql, params, small && part.grant() ? ignoreForOrder(sort) : null);
      sql.append(" ORDER BY ").append(orderBy(sort, "c."));
      sql.append(" LIMIT ").append((long) first + size).append(")");
    }
    sql.append(") u ORDER BY ").append(orderBy(sort, "u."));
    sql.append(" LIMIT ").append(size).append(" OFFSET ").append(first);
    sql.append(") p JOIN pqrs_case c ON c.id = p.id LEFT JOIN area a ON a.id = c.area_id");
    sql.append(" ORDER BY ").append(orderBy(sort, "c."));
    return new Sql(sql.toString(), params);
  }

  // --------------------------------------------------------------------------------------------
  // Word searches: one pass over the cases that have the words
  // --------------------------------------------------------------------------------------------

  /** Whether the filter searches words through the full-text index and there are several parts. */
  private boolean wordsInOnePass() {
    return filter.text() != null
        && TextSearch.parse(filter.text(), withPetitioner).fullText()
        && parts().size() > 1;
  }

  private Sql wordCount() {
    List<Part> parts = parts();
    List<Object> params = new ArrayList<>();
    StringBuilder inner = new StringBuilder("SELECT CASE");
    for (int i = 0; i < parts.size(); i++) {
      inner.append(" WHEN ").append(condition(parts.get(i), params)).append(" THEN ").append(i);
    }
    inner.append(" END AS part");
    appendWordFromWhere(parts, inner, params, false);
    inner.append(" LIMIT ").append(InboxCount.CAP + 1);
    List<String> counts = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      counts.add("COUNT(CASE WHEN w.part = " + i + " THEN 1 END)");
    }
    return new Sql("SELECT " + String.join(", ", counts) + " FROM (" + inner + ") w", params);
  }

  private Sql wordPage(CaseSort sort, int first, int size) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ").append(SELECT_COLUMNS);
    sql.append(withPetitioner ? "c.petitioner_names" : "NULL").append(" AS petitioner_names,");
    sql.append(" a.name AS area_name");
    appendWordFromWhere(parts(), sql, params, true);
    sql.append(" ORDER BY ").append(orderBy(sort, "c."));
    sql.append(" LIMIT ").append(size).append(" OFFSET ").append(first);
    return new Sql(sql.toString(), params);
  }

  /**
   * The cases of the filter where one of the parts' conditions holds. Membership is an {@code
   * EXISTS}, not a join: the query stays on one table, so the page is sorted keeping only its rows
   * (a join would sort every case with the words in a temporary table).
   */
  private void appendWordFromWhere(
      List<Part> parts, StringBuilder sql, List<Object> params, boolean withArea) {
    sql.append(" FROM pqrs_case c");
    if (withArea) {
      sql.append(" LEFT JOIN area a ON a.id = c.area_id");
    }
    List<String> where = new ArrayList<>();
    filter(where, params);
    List<String> any = new ArrayList<>();
    for (Part part : parts) {
      any.add(condition(part, params));
    }
    where.add("(" + String.join(" OR ", any) + ")");
    sql.append(" WHERE ").append(String.join(" AND ", where));
  }

  /**
   * The condition under which a case is in {@code part}, for the one-pass form: the same as the
   * part's own query, membership being a row of case_member for the case and the reader.
   */
  private static String condition(Part part, List<Object> params) {
    List<String> all = new ArrayList<>();
    if (part.grant() && part.covered() == null) {
      return "(1 = 1)";
    } else if (part.grant()) {
      all.add("c.protected_case = 0");
      all.add(covers(part.covered(), params));
      for (CaseVisibility.Grant earlier : part.before()) {
        all.add(excludes(earlier, params));
      }
    } else {
      all.add("EXISTS (SELECT 1 FROM case_member m WHERE m.case_id = c.id AND m.user_name = ?)");
      params.add(part.member());
      if (!part.before().isEmpty()) {
        List<String> none = new ArrayList<>();
        for (CaseVisibility.Grant g : part.before()) {
          none.add(excludes(g, params));
        }
        all.add("(c.protected_case = 1 OR (" + String.join(" AND ", none) + "))");
      }
    }
    return "(" + String.join(" AND ", all) + ")";
  }

  private static String ignoreForOrder(CaseSort sort) {
    String indexes =
        switch (sort.field()) {
          case DUE_DATE -> DUE_ORDER_INDEXES;
          case RECEIVED_AT -> "ix_pqrs_case_received";
          case RADICADO -> "uk_pqrs_case_radicado";
        };
    return " IGNORE INDEX FOR ORDER BY (" + indexes + ")";
  }

  /**
   * What the parts select: the id and the columns of the order, no more, so that a part whose
   * conditions are on the columns of an index that also has the order ({@code
   * ix_pqrs_case_due_cover}) is read from that index alone; the page's rows are fetched for its ids
   * only.
   */
  private static String sortKeys(CaseSort sort) {
    return switch (sort.field()) {
      case DUE_DATE -> "c.id, c.due_date, c.received_at";
      case RECEIVED_AT -> "c.id, c.received_at";
      case RADICADO -> "c.id, c.radicado";
    };
  }

  private static String orderBy(CaseSort sort, String alias) {
    String dir = sort.ascending() ? " ASC" : " DESC";
    return switch (sort.field()) {
      case DUE_DATE ->
          alias + "due_date" + dir + ", " + alias + "received_at" + dir + ", " + alias + "id" + dir;
      case RECEIVED_AT -> alias + "received_at" + dir + ", " + alias + "id" + dir;
      case RADICADO -> alias + "radicado" + dir;
    };
  }

  // --------------------------------------------------------------------------------------------
  // Parts: one per grant, then the cases the reader is named on
  // --------------------------------------------------------------------------------------------

  private List<Part> parts() {
    List<Part> parts = new ArrayList<>();
    if (visibility.seesEverything()) {
      parts.add(new Part(true, null, List.of(), null));
      return parts;
    }
    List<CaseVisibility.Grant> grants = visibility.grants();
    for (int i = 0; i < grants.size(); i++) {
      parts.add(new Part(true, grants.get(i), grants.subList(0, i), null));
    }
    parts.add(new Part(false, null, grants, visibility.member()));
    return parts;
  }

  /**
   * One part of the union.
   *
   * @param grant whether the part reads cases through a grant (false: through membership)
   * @param covered the grant this part covers; null for everything and for membership
   * @param before the grants of earlier parts, whose cases this part leaves out
   * @param member for the membership part, the reader's user name
   */
  private record Part(
      boolean grant,
      CaseVisibility.Grant covered,
      List<CaseVisibility.Grant> before,
      String member) {}

  private void appendFromWhere(Part part, StringBuilder sql, List<Object> params, String hint) {
    List<String> where = new ArrayList<>();
    if (part.grant()) {
      sql.append(" FROM pqrs_case c");
      if (hint != null) {
        sql.append(hint);
      }
      if (part.covered() != null) {
        where.add("c.protected_case = 0");
        where.add(covers(part.covered(), params));
        for (CaseVisibility.Grant earlier : part.before()) {
          where.add(excludes(earlier, params));
        }
      }
    } else {
      sql.append(" FROM case_member m JOIN pqrs_case c ON c.id = m.case_id");
      where.add("m.user_name = ?");
      params.add(part.member());
      if (!part.before().isEmpty()) {
        List<String> none = new ArrayList<>();
        for (CaseVisibility.Grant g : part.before()) {
          none.add(excludes(g, params));
        }
        where.add("(c.protected_case = 1 OR (" + String.join(" AND ", none) + "))");
      }
    }
    filter(where, params);
    if (!where.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", where));
    }
  }

  /** The condition under which {@code g} covers a case. */
  private static String covers(CaseVisibility.Grant g, List<Object> params) {
    if (g instanceof CaseVisibility.AllCases) {
      return "1 = 1";
    } else if (g instanceof CaseVisibility.InAreas areas) {
      params.addAll(areas.areaIds());
      return "c.area_id IN (" + marks(areas.areaIds().size()) + ")";
    } else if (g instanceof CaseVisibility.AssignedTo to) {
      params.add(to.userName());
      return "c.responsible = ?";
    } else if (g instanceof CaseVisibility.InState in) {
      params.add(in.state().name());
      return "c.state = ?";
    } else if (g instanceof CaseVisibility.AtLevel at) {
      params.add(at.level());
      return "c.severity_level = ?";
    }
    throw new IllegalArgumentException("Unknown grant " + g);
  }

  /** The condition under which {@code g} does not cover a case; NULL columns count as not. */
  private static String excludes(CaseVisibility.Grant g, List<Object> params) {
    if (g instanceof CaseVisibility.AllCases) {
      return "1 = 0";
    } else if (g instanceof CaseVisibility.InAreas areas) {
      params.addAll(areas.areaIds());
      return "(c.area_id IS NULL OR c.area_id NOT IN (" + marks(areas.areaIds().size()) + "))";
    } else if (g instanceof CaseVisibility.AssignedTo to) {
      params.add(to.userName());
      return "(c.responsible IS NULL OR c.responsible <> ?)";
    } else if (g instanceof CaseVisibility.InState in) {
      params.add(in.state().name());
      return "c.state <> ?";
    } else if (g instanceof CaseVisibility.AtLevel at) {
      params.add(at.level());
      return "(c.severity_level IS NULL OR c.severity_level <> ?)";
    }
    throw new IllegalArgumentException("Unknown grant " + g);
  }

  // --------------------------------------------------------------------------------------------
  // The filter
  // --------------------------------------------------------------------------------------------

  private void filter(List<String> where, List<Object> params) {
    if (filter.text() != null) {
      where.add(TextSearch.parse(filter.text(), withPetitioner).condition(params));
    }
    if (filter.type() != null) {
      where.add("c.type = ?");
      params.add(filter.type().name());
    }
    if (filter.state() != null) {
      where.add("c.state = ?");
      params.add(filter.state().name());
    } else if (filter.scope() == CaseFilter.Scope.OPEN) {
      where.add(inStates(EnumSet.complementOf(EnumSet.copyOf(FINAL)), params));
    } else if (filter.scope() == CaseFilter.Scope.FINISHED) {
      where.add(inStates(FINAL, params));
    }
    if (filter.channel() != null) {
      where.add("c.channel = ?");
      params.add(filter.channel().name());
    }
    if (filter.areaId() != null) {
      where.add("c.area_id = ?");
      params.add(filter.areaId());
    }
    if (CaseFilter.UNCONFIRMED_AGENCY.equals(filter.agency())) {
      where.add("c.agency_unconfirmed = TRUE");
    } else if (filter.agency() != null) {
      where.add("c.agency = ?");
      params.add(filter.agency());
    }
    if (filter.level() != null) {
      where.add("c.severity_level = ?");
      params.add(filter.level());
    }
    if (filter.responsible() != null) {
      where.add("c.responsible = ?");
      params.add(filter.responsible());
    }
    if (filter.dueFrom() != null) {
      where.add("c.due_date >= ?");
      params.add(filter.dueFrom());
    }
    if (filter.dueTo() != null) {
      where.add("c.due_date <= ?");
      params.add(filter.dueTo());
    }
    if (filter.receivedFrom() != null) {
      where.add("c.received_at >= ?");
      params.add(filter.receivedFrom().atStartOfDay());
    }
    if (filter.receivedTo() != null) {
      where.add("c.received_at < ?");
      params.add(filter.receivedTo().plusDays(1).atStartOfDay());
    }
    if (filter.awaitingInformation()) {
      where.add(inStates(EnumSet.complementOf(EnumSet.copyOf(FINAL)), params));
      where.add("c.awaiting_information = 1");
    }
    if (filter.overdue()) {
      where.add(inStates(PqrsCase.TERM_RUNS, params));
      where.add("c.awaiting_information = 0");
      where.add("c.due_date < ?");
      params.add(today);
    }
  }

  private static String inStates(Set<CaseState> states, List<Object> params) {
    List<CaseState> sorted = states.stream().sorted().toList();
    sorted.forEach(s -> params.add(s.name()));
    return "c.state IN (" + marks(sorted.size()) + ")";
  }

  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
