package co.ventanilla.improvement;

import co.ventanilla.reports.ReportPeriod;
import co.ventanilla.reports.ReportSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ACPM section of the management reports (DOMAIN.md "Measurement and reports": ACPMs
 * open/closed; seed 004 "Comunicación de resultados"; seed 003 §5.4): by type and by origin, the
 * entries opened and closed in the period, those open at its end, and of these the ones with an
 * action overdue at its end (due before the period's last day and not finished by then). Plain SQL
 * aggregates over {@code acpm} and {@code acpm_action}.
 */
@ApplicationScoped
public class AcpmReportSection implements ReportSection {

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Override
  public String title() {
    return "Acciones correctivas, preventivas y de mejora (GI-RG-07)";
  }

  @Override
  public List<Table> tables(ReportPeriod period, ReportPeriod previous) {
    List<String> headers =
        List.of(
            "",
            "Abiertas en el período",
            "Cerradas en el período",
            "Abiertas al cierre",
            "Con acciones vencidas al cierre");
    return List.of(
        new Table("ACPM por tipo", "ACPM por tipo", headers, rows(period, "type", typeNames())),
        new Table(
            "ACPM por origen", "ACPM por origen", headers, rows(period, "origin", originNames())));
  }

  private List<List<Object>> rows(ReportPeriod p, String column, Map<String, String> names) {
    LocalDateTime from = p.from().atStartOfDay();
    LocalDateTime end = p.to().plusDays(1).atStartOfDay();
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(
                "SELECT a."
                    + column
                    + ", SUM(a.created_at >= ?1 AND a.created_at < ?2), SUM(a.closed_at >= ?1 AND"
                    + " a.closed_at < ?2), SUM(a.created_at < ?2 AND (a.closed_at IS NULL OR"
                    + " a.closed_at >= ?2)), SUM(a.created_at < ?2 AND (a.closed_at IS NULL OR"
                    + " a.closed_at >= ?2) AND EXISTS (SELECT 1 FROM acpm_action x WHERE x.acpm_id"
                    + " = a.id AND x.due_date < ?3 AND x.status <> 'CANCELADA' AND (x.finished_at"
                    + " IS NULL OR x.finished_at >= ?2))) FROM acpm a GROUP BY a."
                    + column)
            .setParameter(1, from)
            .setParameter(2, end)
            .setParameter(3, p.to())
            .getResultList();
    Map<String, Object[]> byKey = new LinkedHashMap<>();
    for (Object[] r : found) {
      byKey.put(String.valueOf(r[0]), r);
    }
    List<List<Object>> rows = new ArrayList<>();
    long[] total = new long[4];
    names.forEach(
        (key, name) -> {
          Object[] r = byKey.get(key);
          List<Object> row = new ArrayList<>();
          row.add(name);
          for (int i = 0; i < 4; i++) {
            long v = r == null || r[i + 1] == null ? 0 : ((Number) r[i + 1]).longValue();
            total[i] += v;
            row.add(v);
          }
          rows.add(row);
        });
    rows.add(List.of("Total", total[0], total[1], total[2], total[3]));
    return rows;
  }

  private static Map<String, String> typeNames() {
    Map<String, String> m = new LinkedHashMap<>();
    for (AcpmType t : AcpmType.values()) {
      m.put(t.name(), AcpmRuleViolation.text(AcpmRuleViolation.SPANISH, "type." + t.name()));
    }
    return m;
  }

  private static Map<String, String> originNames() {
    Map<String, String> m = new LinkedHashMap<>();
    for (AcpmOrigin o : AcpmOrigin.values()) {
      m.put(o.name(), AcpmRuleViolation.text(AcpmRuleViolation.SPANISH, "origin." + o.name()));
    }
    return m;
  }
}
