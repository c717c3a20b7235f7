/**
 * The answer to a case, in versions: drafted by the responsible, approved or returned by the area's
 * leader, frozen once approved, sent to the petitioner; and the petitioner's rating of it. Answers
 * belong to their case and are changed only through it ({@link co.ventanilla.cases.PqrsCase}),
 * which moves the case and writes its history.
 */
package co.ventanilla.answers;
