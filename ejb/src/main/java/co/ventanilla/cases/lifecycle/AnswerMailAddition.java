package co.ventanilla.cases.lifecycle;

import co.ventanilla.cases.PqrsCase;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Text another room adds at the end of the answer mail, in the transaction that sends the answer
 * (the satisfaction room adds the rating links, seed 003 §5.3). A CDI bean implementing this
 * interface is found by {@link CaseWorkflowService}; the cases room knows nothing of what it adds.
 */
public interface AnswerMailAddition {

  /** The paragraph to add to the answer mail of {@code c} sent at {@code at}, if any. */
  Optional<String> forAnswer(PqrsCase c, LocalDateTime at);
}
