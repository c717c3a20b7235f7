package co.ventanilla.web.investigations;

import co.ventanilla.investigations.InvestigationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The link from a case's workspace to its investigation, when there is one the user may see
 * (members, the Dirección SIG, the administrator).
 */
@Named
@RequestScoped
public class CaseInvestigationLink {

  @Inject InvestigationService investigations;

  private String radicado;
  private Long id;

  /** The id of the investigation of {@code radicado} the user may open, or null. */
  public Long idOf(String radicado) {
    if (radicado == null) {
      return null;
    }
    // Only a found id is kept: the same request may open the investigation after asking.
    if (id == null || !radicado.equals(this.radicado)) {
      this.radicado = radicado;
      this.id = investigations.idOfCase(radicado).orElse(null);
    }
    return id;
  }
}
