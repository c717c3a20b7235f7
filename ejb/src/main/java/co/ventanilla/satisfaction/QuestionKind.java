package co.ventanilla.satisfaction;

/**
 * The kinds of survey questions: the 1–5 scale of seed 003 §5.3 (5 Excelente … 1 Muy mala), yes or
 * no, the 0–10 recommendation of the NPS (seed 001 §8.2 "Índice de recomendación (NPS)"), and open
 * text.
 */
public enum QuestionKind {
  ESCALA(1, 5),
  SI_NO(0, 1),
  NPS(0, 10),
  TEXTO(0, 0);

  private final int min;
  private final int max;

  QuestionKind(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /** Whether {@code score} is a valid answer of this kind (yes is 1, no is 0). */
  public boolean accepts(int score) {
    return this != TEXTO && score >= min && score <= max;
  }
}
