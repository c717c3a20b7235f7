package co.ventanilla.terms;

import co.ventanilla.cases.PqrsType;

/**
 * The law that governs a case's term: how it may be extended, how long the company has to ask for
 * what is missing, how long the petitioner has to provide it, and how fast a request outside the
 * company's competence must be forwarded. {@link CaseTerm} applies these numbers; the due date
 * itself comes from the term table ({@link TermTable}).
 *
 * <ul>
 *   <li>{@link #LEY_1755}: the right of petition, Ley 1755 de 2015. Ampliación (art. 14 parágrafo):
 *       notified before expiry with the reasons, "el cual no podrá exceder del doble del
 *       inicialmente previsto". Petición incompleta (art. 17): the request to complete within ten
 *       business days of the radicación; one month to complete, extendable once by an equal term;
 *       then desistimiento tácito. Traslado por competencia (art. 21): within five business days.
 *   <li>{@link #LEY_1581_CONSULTA}: a consulta of personal data, Ley 1581 de 2012, art. 14: "será
 *       atendida en un término máximo de diez (10) días hábiles contados a partir de la fecha de
 *       recibo"; when that is not possible the person is told, with the reasons, the date of the
 *       answer, "la cual en ningún caso podrá superar los cinco (5) días hábiles siguientes al
 *       vencimiento del primer término": one ampliación of at most five business days. The law has
 *       no rule on incomplete consultas or on competence, so the general rules of the right of
 *       petition apply (Ley 1755 de 2015, arts. 17 and 21).
 *   <li>{@link #LEY_1581_RECLAMO}: a reclamo of personal data (correction, update, deletion,
 *       revocation of the authorisation), Ley 1581 de 2012, art. 15: "El término máximo para
 *       atender el reclamo será de quince (15) días hábiles contados a partir del día siguiente a
 *       la fecha de su recibo"; ampliación once, "la cual en ningún caso podrá superar los ocho (8)
 *       días hábiles siguientes al vencimiento del primer término". An incomplete reclamo: "se
 *       requerirá al interesado dentro de los cinco (5) días siguientes a la recepción del reclamo
 *       para que subsane las fallas. Transcurridos dos (2) meses desde la fecha del requerimiento,
 *       sin que el solicitante presente la información requerida, se entenderá que ha desistido del
 *       reclamo" (days of law are business days, Ley 4 de 1913 art. 62; the law grants no prórroga
 *       of the two months). Outside competence: "dará traslado a quien corresponda en un término
 *       máximo de dos (2) días hábiles e informará de la situación al interesado".
 * </ul>
 */
public enum TermLaw {
  LEY_1755(0, false, 10, 1, true, 5, "Ley 1755 de 2015, art. 14", "Ley 1755 de 2015, art. 17"),
  LEY_1581_CONSULTA(
      5, true, 10, 1, true, 5, "Ley 1581 de 2012, art. 14", "Ley 1755 de 2015, art. 17"),
  LEY_1581_RECLAMO(
      8, true, 5, 2, false, 2, "Ley 1581 de 2012, art. 15", "Ley 1581 de 2012, art. 15");

  private final int extensionDays;
  private final boolean singleExtension;
  private final int informationRequestDays;
  private final int completionMonths;
  private final boolean completionExtendable;
  private final int trasladoDays;
  private final String termBasis;
  private final String completionBasis;

  TermLaw(
      int extensionDays,
      boolean singleExtension,
      int informationRequestDays,
      int completionMonths,
      boolean completionExtendable,
      int trasladoDays,
      String termBasis,
      String completionBasis) {
    this.extensionDays = extensionDays;
    this.singleExtension = singleExtension;
    this.informationRequestDays = informationRequestDays;
    this.completionMonths = completionMonths;
    this.completionExtendable = completionExtendable;
    this.trasladoDays = trasladoDays;
    this.termBasis = termBasis;
    this.completionBasis = completionBasis;
  }

  /** The law of a case of {@code type}: Ley 1581 de 2012 for the personal-data requests. */
  public static TermLaw of(PqrsType type) {
    if (type == PqrsType.CONSULTA_DATOS) {
      return LEY_1581_CONSULTA;
    }
    if (type == PqrsType.RECLAMO_DATOS) {
      return LEY_1581_RECLAMO;
    }
    return LEY_1755;
  }

  /**
   * Business days an ampliación may add at most, whatever the original term; 0 when the cap is
   * twice the original term instead (Ley 1755 de 2015, art. 14 parágrafo).
   */
  public int extensionDays(int originalDays) {
    return extensionDays == 0 ? originalDays : extensionDays;
  }

  /** Whether the law allows one ampliación only (Ley 1581 de 2012, arts. 14 and 15). */
  public boolean singleExtension() {
    return singleExtension;
  }

  /** Business days after the receipt within which the petitioner may be asked to complete. */
  public int informationRequestDays() {
    return informationRequestDays;
  }

  /** Calendar months the petitioner has to complete before the request is deemed withdrawn. */
  public int completionMonths() {
    return completionMonths;
  }

  /** Whether the petitioner may obtain, once, an equal further period to complete. */
  public boolean completionExtendable() {
    return completionExtendable;
  }

  /** Business days after the receipt within which a request outside competence is forwarded. */
  public int trasladoDays() {
    return trasladoDays;
  }

  /**
   * The article that sets the term, as told to the petitioner, e.g. "Ley 1581 de 2012, art. 15".
   */
  public String termBasis() {
    return termBasis;
  }

  /** The article on incomplete requests and tacit withdrawal. */
  public String completionBasis() {
    return completionBasis;
  }

  /** The article on forwarding a request outside the company's competence. */
  public String trasladoBasis() {
    return this == LEY_1581_RECLAMO ? "Ley 1581 de 2012, art. 15" : "Ley 1755 de 2015, art. 21";
  }
}
