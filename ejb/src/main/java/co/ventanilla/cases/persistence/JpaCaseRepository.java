package co.ventanilla.cases.persistence;

import co.ventanilla.cases.CaseFilter;
import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.CaseSummary;
import co.ventanilla.cases.PqrsCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Cases in MariaDB through JPA. Lists run exactly one count and one page query. */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

  private static final String SUMMARY =
      "SELECT new co.ventanilla.cases.CaseSummary(c.radicado, c.type, c.channel, c.state,"
          + " c.subject, c.agency, c.receivedAt, c.dueDate) FROM PqrsCase c";

  @PersistenceContext(unitName = "ventanilla")
  private EntityManager em;

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
  public long count(CaseFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, params);
    TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM PqrsCase c" + where, Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  @Override
  public List<CaseSummary> page(CaseFilter filter, int first, int size) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, params);
    TypedQuery<CaseSummary> q =
        em.createQuery(
            SUMMARY + where + " ORDER BY c.dueDate, c.receivedAt, c.id", CaseSummary.class);
    params.forEach(q::setParameter);
    return q.setFirstResult(first).setMaxResults(size).getResultList();
  }

  private static String where(CaseFilter filter, Map<String, Object> params) {
    StringBuilder where = new StringBuilder();
    if (filter.text() != null && !filter.text().isBlank()) {
      // What the user typed is matched literally: % and _ are not wildcards.
      String text = filter.text().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
      params.put("radicadoPrefix", text + "%");
      params.put("subjectText", "%" + text.toLowerCase(Locale.ROOT) + "%");
      and(
          where,
          "(c.radicado LIKE :radicadoPrefix ESCAPE '!'"
              + " OR LOWER(c.subject) LIKE :subjectText ESCAPE '!')");
    }
    if (filter.type() != null) {
      params.put("type", filter.type());
      and(where, "c.type = :type");
    }
    if (filter.state() != null) {
      params.put("state", filter.state());
      and(where, "c.state = :state");
    }
    return where.toString();
  }

  private static void and(StringBuilder where, String condition) {
    where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
  }
}
