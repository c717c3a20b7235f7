package co.ventanilla.satisfaction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The tabulated results of a campaign (seed 004 "Tabulación y análisis de datos"), with these
 * definitions:
 *
 * <ul>
 *   <li><b>response rate</b>: invitations with an answer (by link, phone or visit) / invitations ×
 *       100;
 *   <li><b>NPS</b> (seed 001 §8.2, "Índice de recomendación"): over the answers to the 0–10
 *       recommendation questions, % promoters (9–10) − % detractors (0–6); null without answers;
 *   <li><b>mean</b>: of the 1–5 scale answers; <b>% sí</b>: yes answers / yes-no answers × 100.
 * </ul>
 */
public record SurveyResults(
    Campaign campaign,
    Double scaleMean,
    Double nps,
    List<QuestionResult> questions,
    List<GroupResult> sections,
    List<GroupResult> agencies,
    List<GroupResult> clients,
    List<Campaign> trend,
    List<String> comments) {

  /** A campaign with its counts. */
  public record Campaign(
      long id,
      String period,
      int questionnaire,
      LocalDateTime openedAt,
      LocalDate answerUntil,
      LocalDateTime closedAt,
      long invited,
      long responded,
      Double responseRate,
      Double scaleMean,
      Double nps) {}

  /** One question's figures. */
  public record QuestionResult(
      long id,
      String section,
      String text,
      QuestionKind kind,
      long answers,
      Double mean,
      Double percentYes,
      Double nps,
      long promoters,
      long passives,
      long detractors) {}

  /** A section, an agency or a client: invitations, answers, mean of the scale, NPS. */
  public record GroupResult(
      String name, long invited, long responded, Double responseRate, Double mean, Double nps) {}
}
