package co.ventanilla.imports;

import co.ventanilla.intake.Submission;
import co.ventanilla.intake.SubmissionProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One transcribed GO-RG-04 form, as read from the file.
 *
 * @param line the line of the file where the row starts (1 is the header)
 * @param formNumber the printed number of the paper form ({@code numero_formulario}), trimmed;
 *     {@code null} when empty
 * @param formDate the date written on the form; {@code null} when empty or unreadable
 * @param consentMarked whether {@code autoriza_datos} carries an affirmative mark ({@link
 *     BuzonFormRules#isAffirmative}); the submission then has the consent, when the date is known
 * @param submission what the row files: channel {@link co.ventanilla.cases.Channel#SUGGESTION_BOX},
 *     received at {@link BuzonFormRules#receivedAt}, source key {@link BuzonFormRules#sourceKey}
 * @param readProblems what was already wrong while reading (a date or a type that cannot be read);
 *     the rules add theirs to these, never a second one for the same column
 */
public record BuzonRow(
    int line,
    String formNumber,
    LocalDate formDate,
    boolean consentMarked,
    Submission submission,
    List<SubmissionProblem> readProblems) {

  public BuzonRow {
    Objects.requireNonNull(submission, "submission");
    readProblems = readProblems == null ? List.of() : List.copyOf(readProblems);
  }
}
