package co.ventanilla.staff;

import co.ventanilla.cases.CaseTexts;
import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The caller's roles do not allow the change; screens and the API answer 403. */
@ApplicationException(rollback = true)
public class RoleRequired extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RoleRequired(String userName, StaffRole... roles) {
    super(
        CaseTexts.spanish(
            "access.role_required",
            userName,
            Arrays.stream(roles).map(StaffRole::roleName).collect(Collectors.joining(", "))));
  }
}
