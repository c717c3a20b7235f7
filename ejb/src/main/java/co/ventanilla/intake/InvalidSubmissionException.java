package co.ventanilla.intake;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The submission cannot become a case; nothing was stored. Carries every problem found. */
@ApplicationException(rollback = true)
public class InvalidSubmissionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<SubmissionProblem> problems;

  public InvalidSubmissionException(List<SubmissionProblem> problems) {
    super("Invalid submission: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<SubmissionProblem> problems() {
    return problems;
  }
}
