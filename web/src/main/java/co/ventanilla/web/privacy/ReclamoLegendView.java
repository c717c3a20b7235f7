package co.ventanilla.web.privacy;

import co.ventanilla.privacy.PersonalDataService;
import co.ventanilla.privacy.ReclamoLegend;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The "reclamo en trámite" legend beside a case's petitioner (Ley 1581 de 2012, art. 15): shown
 * wherever the person's data appears while a complete reclamo of theirs is not decided. Read once
 * per request.
 */
@Named
@RequestScoped
public class ReclamoLegendView {

  @Inject PersonalDataService data;

  private String radicado;
  private ReclamoLegend legend;

  /** The legend for the petitioner of {@code radicado}, or null. */
  public ReclamoLegend of(String radicado) {
    if (radicado == null) {
      return null;
    }
    if (!radicado.equals(this.radicado)) {
      this.radicado = radicado;
      this.legend = data.legendOfCase(radicado).orElse(null);
    }
    return legend;
  }
}
