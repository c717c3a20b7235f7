package co.ventanilla.web.satisfaction;

import co.ventanilla.satisfaction.RatingService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The rating links on the public status page ({@code consulta.xhtml}), shown once the answer was
 * sent and while the links work; the page is opened with the radicado and its tracking code.
 */
@Named("ratingLinks")
@RequestScoped
public class RatingLinksView {

  @EJB RatingService ratings;

  public List<RatingService.RatingLink> of(String radicado) {
    return radicado == null ? List.of() : ratings.links(radicado);
  }
}
