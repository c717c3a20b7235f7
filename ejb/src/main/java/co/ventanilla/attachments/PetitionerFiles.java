package co.ventanilla.attachments;

import co.ventanilla.cases.CaseQueryService;
import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.lifecycle.CaseWorkflowService;
import co.ventanilla.intake.InvalidSubmissionException;
import co.ventanilla.intake.SubmittedFile;
import co.ventanilla.intake.UploadPolicy;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * The petitioner adds documents to their own case with the radicado and the tracking code, from the
 * status page or the public API: what a staff member asked for under Ley 1755 de 2015, art. 17
 * (completing the petition), or what they want to add. The files are checked by their content with
 * the public form's limits; a finished case takes no more (a new request is filed instead). Staff
 * see them in the case's files and history; the term is not resumed by itself: whoever works the
 * case records "información recibida" once the petition is complete.
 */
@Stateless
public class PetitionerFiles {

  private static final Logger LOG = Logger.getLogger(PetitionerFiles.class.getName());

  /** The history's actor for what the petitioner does. */
  public static final String ACTOR = "peticionario";

  @EJB CaseQueryService queries;
  @Inject ContentStore contents;
  @EJB CaseWorkflowService workflow;
  @Inject Clock clock;

  /**
   * Adds {@code files} to the case {@code radicado} when {@code trackingCode} is its own.
   *
   * @return the names stored
   * @throws CaseRuleViolation {@code files.not_found} for an unknown radicado or a wrong code (the
   *     same answer for both), {@code files.case_finished} for a finished case
   * @throws InvalidSubmissionException naming each file refused (nothing is stored)
   */
  public List<String> add(
      String radicado, String trackingCode, List<SubmittedFile> files, UploadPolicy policy) {
    PqrsCase c =
        queries
            .petitionersCase(radicado, trackingCode)
            .orElseThrow(() -> new CaseRuleViolation("files.not_found"));
    UploadPolicy.Checked checked = policy.check(files);
    if (!checked.problems().isEmpty()) {
      throw new InvalidSubmissionException(checked.problems());
    }
    if (checked.files().isEmpty()) {
      throw new CaseRuleViolation("files.none");
    }
    if (c.state().isFinal()) {
      throw new CaseRuleViolation("files.case_finished", c.radicado());
    }
    LocalDateTime now = LocalDateTime.now(clock);
    for (SubmittedFile f : checked.files()) {
      contents.attach(c, f.fileName(), f.mediaType(), f.content(), now, ACTOR);
    }
    List<String> names = checked.files().stream().map(SubmittedFile::fileName).toList();
    workflow.recordFiles(c.radicado(), ACTOR, names, true);
    LOG.info(() -> "Petitioner added " + names.size() + " file(s) to " + c.radicado());
    return names;
  }
}
