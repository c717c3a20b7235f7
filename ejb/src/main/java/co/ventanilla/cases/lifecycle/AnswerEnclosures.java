package co.ventanilla.cases.lifecycle;

import java.util.List;

/**
 * Files that travel with a case's answer to the petitioner, offered by the rooms beside the case.
 * The case knows only this interface; the investigations room implements it with the final report
 * of a closed investigation in its version for the petitioner (DOMAIN.md "Investigations": "a final
 * report (PDF) that becomes part of the answer"; seed 002 §4 actividad 7: the answer is sent with
 * its supports).
 */
public interface AnswerEnclosures {

  /** One file: its name in the mail, media type and the {@code stored_content} holding it. */
  record Enclosure(String fileName, String mediaType, long contentId) {}

  /** The files to attach to the answer of case {@code caseId} ({@code radicado}); may be empty. */
  List<Enclosure> forAnswer(long caseId, String radicado);
}
