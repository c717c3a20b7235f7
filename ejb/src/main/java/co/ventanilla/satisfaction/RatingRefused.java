package co.ventanilla.satisfaction;

import jakarta.ejb.ApplicationException;

/**
 * A rating link refused, with why; nothing was recorded. The page shows the reason in Spanish
 * (bundle key {@code sat.refused.<reason>}).
 */
@ApplicationException(rollback = true)
public class RatingRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a link or an answer through it is refused. */
  public enum Reason {
    /** Not a token this product signed: altered, cut or invented. */
    INVALID,
    /** The link's last day has passed. */
    EXPIRED,
    /** Already rated, and the time to change the rating has passed. */
    CLOSED,
    /** The case is not in a state that takes a rating (its answer was not sent). */
    NOT_ANSWERED,
    /** A score of 1 or 2 needs a comment (what went wrong). */
    COMMENT_REQUIRED,
    /** The score is not 1 to 5. */
    SCORE
  }

  private final Reason reason;

  public RatingRefused(Reason reason) {
    super(reason.name());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
