package co.ventanilla.web.cases;

import co.ventanilla.terms.TermPolicy;
import co.ventanilla.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The severity levels as the screens name them, with the term each level really has under the
 * organisation's active preset (the MANEJO DE PQRS table of GO-PD-03 gives levels 1–3 their own
 * terms; the Ley 1755 preset gives them none, and then the type's term rules). A menu never
 * promises a term the case will not get.
 */
@Named("levels")
@RequestScoped
public class LevelLabels {

  @Inject TermPolicy terms;

  /** "Nivel 2 · queja del servicio (3 días hábiles)" or "(sin término propio)". */
  public String label(int level) {
    Texts texts = Texts.of(FacesContext.getCurrentInstance());
    OptionalInt days = terms.table().levelTerm(level);
    String name = texts.get("level." + level);
    if (level == 4 && days.isEmpty()) {
      return name; // "novedad grave (comité)": the committee sets it
    }
    return days.isPresent()
        ? texts.format("level.withTerm", name, days.getAsInt())
        : texts.format("level.withoutTerm", name);
  }

  /** Whether any level carries a term of its own under the active preset. */
  public boolean isTermsApply() {
    return IntStream.rangeClosed(1, 4).anyMatch(l -> terms.table().levelTerm(l).isPresent());
  }
}
