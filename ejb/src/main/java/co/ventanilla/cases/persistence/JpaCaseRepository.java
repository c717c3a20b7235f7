package co.ventanilla.cases.persistence;

import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.CaseSort;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.CaseVisibility;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.InboxCount;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.platform.OperationsMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cases in MariaDB through JPA. Lists are one count and one page query of {@link InboxSql}, native
 * SQL, whatever the filter and whoever reads.
 */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

  @PersistenceContext(unitName = "ventanilla")
  private EntityManager em;

  @Inject OperationsMetrics metrics = OperationsMetrics.unattached();

  public JpaCaseRepository() {}

  /** For use outside a container (tests, tools). */
  public JpaCaseRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void store(PqrsCase pqrsCase) {
    em.persist(pqrsCase);
  }

  @Override
  public Optional<PqrsCase> findByRadicado(String radicado) {
    return em.createNamedQuery(PqrsCase.BY_RADICADO, PqrsCase.class)
        .setParameter("radicado", radicado)
        .getResultStream()
        .findFirst();
  }

  @Override
  public InboxCount count(
      CaseFilter filter, CaseVisibility visibility, LocalDate today, boolean withPetitioner) {
    InboxSql.Sql sql = new InboxSql(filter, visibility, today, withPetitioner).count();
    Object result = metrics.inboxQuery("count", () -> query(sql).getSingleResult());
    Object[] columns = result instanceof Object[] row ? row : new Object[] {result};
    List<Long> parts = new ArrayList<>();
    for (Object c : columns) {
      parts.add(((Number) c).longValue());
    }
    return new InboxCount(parts);
  }

  @Override
  public List<CaseSummary> page(
      CaseFilter filter,
      CaseVisibility visibility,
      LocalDate today,
      boolean withPetitioner,
      CaseSort sort,
      int first,
      int size,
      InboxCount known) {
    InboxSql.Sql sql =
        new InboxSql(filter, visibility, today, withPetitioner).page(sort, first, size, known);
    return metrics.inboxQuery(
        "page",
        () -> {
          List<CaseSummary> rows = new ArrayList<>();
          for (Object r : query(sql).getResultList()) {
            rows.add(summary((Object[]) r));
          }
          return rows;
        });
  }

  @Override
  public java.util.Map<String, Long> countBy(
      CaseFilter filter,
      CaseVisibility visibility,
      LocalDate today,
      co.ventanilla.cases.CaseDimension dimension) {
    InboxSql.Sql sql = new InboxSql(filter, visibility, today, false).countBy(dimension);
    java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (Object r : query(sql).getResultList()) {
      Object[] row = (Object[]) r;
      counts.put(row[0] == null ? null : String.valueOf(row[0]), ((Number) row[1]).longValue());
    }
    return counts;
  }

  private Query query(InboxSql.Sql sql) {
    Query q = em.createNativeQuery(sql.text());
    for (int i = 0; i < sql.params().size(); i++) {
      q.setParameter(i + 1, sql.params().get(i));
    }
    return q;
  }

  /** A row of {@link InboxSql#SELECT_COLUMNS}, petitioner_names, area_name. */
  private static CaseSummary summary(Object[] r) {
    return new CaseSummary(
        (String) r[1],
        PqrsType.valueOf((String) r[2]),
        Channel.valueOf((String) r[3]),
        CaseState.valueOf((String) r[4]),
        (String) r[5],
        (String) r[6],
        dateTime(r[7]),
        date(r[8]),
        (String) r[17],
        (String) r[10],
        r[11] == null ? null : ((Number) r[11]).intValue(),
        ((Number) r[12]).intValue(),
        bool(r[13]),
        bool(r[14]),
        bool(r[15]),
        (String) r[16]);
  }

  static LocalDateTime dateTime(Object value) {
    if (value == null) {
      return null;
    } else if (value instanceof LocalDateTime t) {
      return t;
    }
    return ((java.sql.Timestamp) value).toLocalDateTime();
  }

  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    } else if (value instanceof LocalDate d) {
      return d;
    }
    return ((java.sql.Date) value).toLocalDate();
  }

  static boolean bool(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }
}
