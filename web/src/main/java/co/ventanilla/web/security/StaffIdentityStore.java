package co.ventanilla.web.security;

import co.ventanilla.staff.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The staff accounts as a Jakarta Security identity store: a user name and password are checked by
 * {@link StaffDirectory} (hash, lock-out, record of the attempt) and the roles become the caller's
 * groups, which {@code WEB-INF/glassfish-web.xml} maps to the roles of the same name. The outcome
 * is left on the request for the login page to explain ({@link #OUTCOME}).
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  /** Request attribute with the {@link StaffDirectory.LoginResult} of the last check. */
  public static final String OUTCOME = "co.ventanilla.login.outcome";

  @Inject StaffDirectory directory;
  @Inject HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    StaffDirectory.LoginResult result =
        directory.authenticate(
            login.getCaller(), login.getPassword().getValue(), ClientAddress.of(request));
    request.setAttribute(OUTCOME, result);
    return result.outcome().succeeded()
        ? new CredentialValidationResult(result.userName(), result.groups())
        : CredentialValidationResult.INVALID_RESULT;
  }
}
