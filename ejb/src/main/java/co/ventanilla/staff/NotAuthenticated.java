package co.ventanilla.staff;

import jakarta.ejb.ApplicationException;

/** The call needs a logged-in member of staff and has none (or the account is inactive). */
@ApplicationException(rollback = true)
public class NotAuthenticated extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotAuthenticated() {
    super(co.ventanilla.cases.CaseTexts.spanish("access.not_authenticated"));
  }
}
