package co.ventanilla.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A survey question's result as the survey side reports it to {@link
 * ProposalService#proposeForSurveyQuestion}: the campaign (e.g. {@code GO-RG-03 2026-S1}), the
 * question, its mean and the target the Dirección SIG set, the process it concerns (area id, or
 * null), the period the answers cover and how many answers the mean has.
 */
public record SurveyQuestionResult(
    String campaign,
    String question,
    BigDecimal mean,
    BigDecimal target,
    Long areaId,
    LocalDate from,
    LocalDate to,
    int answers) {}
