package co.ventanilla.satisfaction;

import co.ventanilla.cases.PqrsCase;
import co.ventanilla.cases.lifecycle.AnswerMailAddition;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.Optional;

/** Adds the five rating links to the answer mail (seed 003 §5.3). */
@ApplicationScoped
public class RatingLinksInAnswerMail implements AnswerMailAddition {

  @EJB RatingService ratings;

  @Override
  public Optional<String> forAnswer(PqrsCase c, LocalDateTime at) {
    return ratings.answerMailed(c, at);
  }
}
