package co.ventanilla.answers;

import co.ventanilla.cases.CaseRuleViolation;
import java.util.Arrays;

/**
 * How satisfied the petitioner is with the answer, on the scale of seed 003 §5.3: "5. Excelente 4.
 * Buena, 3. Regular, 2. Mala, 1. Muy Mala". The satisfaction index is the mean of the scores.
 */
public enum SatisfactionRating {
  VERY_BAD(1),
  BAD(2),
  FAIR(3),
  GOOD(4),
  EXCELLENT(5);

  private final int score;

  SatisfactionRating(int score) {
    this.score = score;
  }

  /** 1 (Muy mala) to 5 (Excelente). */
  public int score() {
    return score;
  }

  /**
   * The rating of score {@code score}.
   *
   * @throws CaseRuleViolation when the score is not between 1 and 5
   */
  public static SatisfactionRating ofScore(int score) {
    return Arrays.stream(values())
        .filter(r -> r.score == score)
        .findFirst()
        .orElseThrow(() -> new CaseRuleViolation("rating.out_of_range", String.valueOf(score)));
  }
}
