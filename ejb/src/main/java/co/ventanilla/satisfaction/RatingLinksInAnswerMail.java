package co.ventanilla.satisfaction;

import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.lifecycle.AnswerMailAddition;
import co.ventanilla.privacy.ConsentService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Adds the five rating links to the answer mail (seed 003 §5.3), unless the petitioner revoked the
 * authorization to process their data (Ley 1581 de 2012, art. 8(e); {@link ConsentService}): the
 * answer itself still goes, the invitation to rate does not.
 */
@ApplicationScoped
public class RatingLinksInAnswerMail implements AnswerMailAddition {

  @EJB RatingService ratings;
  @EJB ConsentService consents;

  @Override
  public Optional<String> forAnswer(PqrsCase c, LocalDateTime at) {
    if (c.petitioner() != null
        && consents.revoked(c.petitioner().email(), c.petitioner().documentNumber())) {
      return Optional.empty();
    }
    return ratings.answerMailed(c, at);
  }
}
