package co.ventanilla.satisfaction;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign's figures, by SQL aggregates over {@code survey_answer} (one definition each, see
 * {@link SurveyResults}): sums and counts come from the database, the divisions are done here so
 * the figures are exact.
 */
final class SurveyTabulation {

  private static final String ANSWERS =
      " FROM survey_answer a JOIN survey_response r ON r.id = a.response_id"
          + " JOIN survey_invitation i ON i.id = r.invitation_id"
          + " JOIN survey_question q ON q.id = a.question_id";

  /** Sum and count of the scale answers, promoters, passives, detractors and count of NPS. */
  private static final String FIGURES =
      "SUM(CASE WHEN q.kind = 'ESCALA' THEN a.score END),"
          + " COUNT(CASE WHEN q.kind = 'ESCALA' THEN a.score END),"
          + " SUM(CASE WHEN q.kind = 'NPS' AND a.score >= 9 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN q.kind = 'NPS' AND a.score BETWEEN 7 AND 8 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN q.kind = 'NPS' AND a.score <= 6 THEN 1 ELSE 0 END),"
          + " COUNT(CASE WHEN q.kind = 'NPS' THEN a.score END),"
          + " SUM(CASE WHEN q.kind = 'SI_NO' THEN a.score END),"
          + " COUNT(CASE WHEN q.kind = 'SI_NO' THEN a.score END)";

  private final EntityManager em;

  SurveyTabulation(EntityManager em) {
    this.em = em;
  }

  SurveyResults.Campaign summary(SurveyCampaign c) {
    long invited = count("SELECT COUNT(*) FROM survey_invitation WHERE campaign_id = ?", c.id());
    long responded =
        count(
            "SELECT COUNT(*) FROM survey_response r JOIN survey_invitation i"
                + " ON i.id = r.invitation_id WHERE i.campaign_id = ?",
            c.id());
    Object[] f =
        (Object[])
            em.createNativeQuery("SELECT " + FIGURES + ANSWERS + " WHERE i.campaign_id = ?")
                .setParameter(1, c.id())
                .getSingleResult();
    return new SurveyResults.Campaign(
        c.id(),
        c.periodCode(),
        c.questionnaire().number(),
        c.openedAt(),
        c.answerUntil(),
        c.closedAt(),
        invited,
        responded,
        ratio(responded, invited),
        mean(f[0], f[1]),
        nps(f[2], f[4], f[5]));
  }

  SurveyResults results(
      SurveyCampaign c, SurveyResults.Campaign summary, List<SurveyResults.Campaign> trend) {
    Map<Long, Object[]> byQuestion = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT q.id, "
                + FIGURES
                + ", COUNT(a.score)"
                + ANSWERS
                + " WHERE i.campaign_id = ? GROUP BY q.id",
            c.id())) {
      byQuestion.put(((Number) row[0]).longValue(), row);
    }
    Map<Long, Long> texts = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT q.id, COUNT(a.text)"
                + ANSWERS
                + " WHERE i.campaign_id = ? AND q.kind = 'TEXTO' GROUP BY q.id",
            c.id())) {
      texts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    List<SurveyResults.QuestionResult> questions = new ArrayList<>();
    List<SurveyResults.GroupResult> sections = new ArrayList<>();
    for (SurveySection s : c.questionnaire().sections()) {
      long sum = 0;
      long count = 0;
      for (SurveyQuestion q : s.questions()) {
        Object[] r = byQuestion.get(q.id());
        long answers =
            q.kind() == QuestionKind.TEXTO
                ? texts.getOrDefault(q.id(), 0L)
                : r == null ? 0 : ((Number) r[9]).longValue();
        questions.add(
            new SurveyResults.QuestionResult(
                q.id(),
                s.title(),
                q.text(),
                q.kind(),
                answers,
                r == null ? null : mean(r[1], r[2]),
                r == null ? null : ratio(r[7], r[8]),
                r == null ? null : nps(r[3], r[5], r[6]),
                r == null ? 0 : num(r[3]),
                r == null ? 0 : num(r[4]),
                r == null ? 0 : num(r[5])));
        if (r != null && q.kind() == QuestionKind.ESCALA) {
          sum += num(r[1]);
          count += num(r[2]);
        }
      }
      sections.add(
          new SurveyResults.GroupResult(
              s.title(), 0, count, null, count == 0 ? null : (double) sum / count, null));
    }
    List<SurveyResults.GroupResult> agencies =
        groups(c, "COALESCE(i.agency, 'Sin sede')", "COALESCE(agency, 'Sin sede')");
    List<SurveyResults.GroupResult> clients = groups(c, "i.company", "company");
    List<String> comments = new ArrayList<>();
    for (Object[] row :
        rows(
            "SELECT i.company, a.text"
                + ANSWERS
                + " WHERE i.campaign_id = ? AND q.kind = 'TEXTO' AND a.text IS NOT NULL"
                + " ORDER BY i.company, a.response_id",
            c.id())) {
      comments.add(row[0] + ": " + row[1]);
    }
    return new SurveyResults(
        summary,
        summary.scaleMean(),
        summary.nps(),
        questions,
        sections,
        agencies,
        clients,
        trend,
        comments);
  }

  private List<SurveyResults.GroupResult> groups(
      SurveyCampaign c, String answerKey, String invitationKey) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (Object[] row :
        rows(
            "SELECT "
                + invitationKey
                + ", COUNT(*) FROM survey_invitation WHERE campaign_id = ? GROUP BY 1 ORDER BY 1",
            c.id())) {
      counts.put(String.valueOf(row[0]), new long[] {num(row[1]), 0});
    }
    for (Object[] row :
        rows(
            "SELECT "
                + answerKey
                + ", COUNT(*) FROM survey_response r JOIN survey_invitation i"
                + " ON i.id = r.invitation_id WHERE i.campaign_id = ? GROUP BY 1",
            c.id())) {
      counts.computeIfAbsent(String.valueOf(row[0]), k -> new long[2])[1] = num(row[1]);
    }
    Map<String, Object[]> figures = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT "
                + answerKey
                + ", "
                + FIGURES
                + ANSWERS
                + " WHERE i.campaign_id = ? GROUP BY 1",
            c.id())) {
      figures.put(String.valueOf(row[0]), row);
    }
    List<SurveyResults.GroupResult> result = new ArrayList<>();
    counts.forEach(
        (name, n) -> {
          Object[] f = figures.get(name);
          result.add(
              new SurveyResults.GroupResult(
                  name,
                  n[0],
                  n[1],
                  ratio(n[1], n[0]),
                  f == null ? null : mean(f[1], f[2]),
                  f == null ? null : nps(f[3], f[5], f[6])));
        });
    return result;
  }

  private long count(String sql, long id) {
    return num(em.createNativeQuery(sql).setParameter(1, id).getSingleResult());
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, long id) {
    return em.createNativeQuery(sql).setParameter(1, id).getResultList();
  }

  private static long num(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static Double mean(Object sum, Object count) {
    long n = num(count);
    return n == 0 ? null : (double) num(sum) / n;
  }

  private static Double ratio(Object part, Object whole) {
    long n = num(whole);
    return n == 0 ? null : 100.0 * num(part) / n;
  }

  /** % promoters − % detractors. */
  static Double nps(Object promoters, Object detractors, Object count) {
    long n = num(count);
    return n == 0 ? null : 100.0 * (num(promoters) - num(detractors)) / n;
  }
}
