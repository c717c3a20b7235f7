package co.ventanilla.satisfaction;

import co.ventanilla.reports.ReportPeriod;
import co.ventanilla.reports.ReportSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The satisfaction figures in the management reports (issue #14 item 6; COOTRAYAL's §5.4 reports,
 * seed 004 "Informe de gestión SIG"): the ratings given through the links in the period beside the
 * period before (count, mean 1–5, % accepted, each score), and the survey campaigns opened in the
 * period with their response rate, mean and NPS. SQL aggregates only. The case ratings of every
 * channel are already the reports' {@code indiceSatisfaccion}.
 */
@ApplicationScoped
public class SatisfactionReportSection implements ReportSection {

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  @Override
  public String title() {
    return "Satisfacción del cliente";
  }

  @Override
  public List<Table> tables(ReportPeriod period, ReportPeriod previous) {
    List<Table> tables = new ArrayList<>();
    Object[] now = ratings(period);
    Object[] before = ratings(previous);
    List<List<Object>> rows = new ArrayList<>();
    String[] names = {
      "Calificaciones por enlace",
      "Promedio 1–5",
      "% que acepta la respuesta",
      "5 — Excelente",
      "4 — Buena",
      "3 — Regular",
      "2 — Mala",
      "1 — Muy mala"
    };
    for (int i = 0; i < names.length; i++) {
      rows.add(List.of(names[i], cell(now[i]), cell(before[i])));
    }
    tables.add(
        new Table(
            "Calificación de las respuestas por enlace (escala 5 Excelente a 1 Muy mala)",
            "Calificación por enlace",
            List.of("Indicador", period.code(), previous.code()),
            rows));
    List<List<Object>> campaigns = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM survey_campaign WHERE opened_at >= ? AND opened_at < ?"
                    + " ORDER BY period_code")
            .setParameter(1, period.from().atStartOfDay())
            .setParameter(2, period.to().plusDays(1).atStartOfDay())
            .getResultList();
    for (Object id : ids) {
      SurveyCampaign c = em.find(SurveyCampaign.class, ((Number) id).longValue());
      SurveyResults.Campaign s = new SurveyTabulation(em).summary(c);
      campaigns.add(
          List.of(
              s.period(),
              s.invited(),
              s.responded(),
              cell(s.responseRate()),
              cell(s.scaleMean()),
              cell(s.nps())));
    }
    tables.add(
        new Table(
            "Encuesta de satisfacción del cliente GO-RG-03 (campañas abiertas en el período)",
            "Encuesta GO-RG-03",
            List.of(
                "Período", "Invitados", "Respuestas", "Tasa de respuesta (%)", "Promedio", "NPS"),
            campaigns));
    return tables;
  }

  private Object[] ratings(ReportPeriod p) {
    return (Object[])
        em.createNativeQuery(
                "SELECT COUNT(score), AVG(score), 100 * AVG(CASE WHEN accepted THEN 1 ELSE 0 END),"
                    + " SUM(score = 5), SUM(score = 4), SUM(score = 3), SUM(score = 2),"
                    + " SUM(score = 1) FROM rating_request WHERE rated_at >= ? AND rated_at < ?")
            .setParameter(1, p.from().atStartOfDay())
            .setParameter(2, p.to().plusDays(1).atStartOfDay())
            .getSingleResult();
  }

  private static Object cell(Object o) {
    if (o == null) {
      return "";
    }
    if (o instanceof Number n && !(o instanceof Long) && !(o instanceof Integer)) {
      return Math.round(n.doubleValue() * 100) / 100.0;
    }
    return o instanceof Number n ? n.longValue() : o;
  }
}
