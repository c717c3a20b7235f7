package co.ventanilla.satisfaction;

import jakarta.ejb.ApplicationException;

/**
 * A survey link or answer refused, with why; nothing was recorded. Pages show the reason in Spanish
 * (bundle key {@code sat.survey.refused.<reason>}).
 */
@ApplicationException(rollback = true)
public class SurveyRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** Not a link this product signed. */
    INVALID,
    /** The campaign no longer takes answers (its window passed or it closed). */
    CLOSED,
    /** A question that needs an answer has none, or an answer is out of its range. */
    INCOMPLETE,
    /** The questionnaire is used by a campaign and cannot change; edit the next version. */
    FROZEN,
    /** A contact's data is missing or wrong, or its email belongs to another contact. */
    CONTACT
  }

  private final Reason reason;
  private final String detail;

  public SurveyRefused(Reason reason, String detail) {
    super(reason.name() + (detail == null ? "" : ": " + detail));
    this.reason = reason;
    this.detail = detail;
  }

  public Reason reason() {
    return reason;
  }

  /** A Spanish detail (which question, which field), or null. */
  public String detail() {
    return detail;
  }
}
