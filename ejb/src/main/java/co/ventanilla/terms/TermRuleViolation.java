package co.ventanilla.terms;

/**
 * A legal event on a case's term that the law does not allow, e.g. an ampliación asked after the
 * term expired (Ley 1755 de 2015, art. 14 parágrafo) or a solicitud de información sent more than
 * ten days after the radicación (art. 17). The message is Spanish and can be shown to the user as
 * it is.
 */
public class TermRuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TermRuleViolation(String message) {
    super(message);
  }
}
