package co.ventanilla.web.security;

import co.ventanilla.staff.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.function.Supplier;

/**
 * The staff accounts as a Jakarta Security identity store: a user name and password are checked by
 * {@link StaffDirectory} (hash, lock-out, record of the attempt) and the roles become the caller's
 * groups, which {@code WEB-INF/glassfish-web.xml} maps to the roles of the same name.
 *
 * <p>The check runs on the thread of the request, so the client's address comes in and the full
 * outcome goes out (why a login failed, whether the password must be changed) through thread-bound
 * values that the mechanism and the login page set and take: during authentication the container's
 * request object is not yet the one CDI injects.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();
  private static final ThreadLocal<StaffDirectory.LoginResult> OUTCOME = new ThreadLocal<>();

  @Inject StaffDirectory directory;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    StaffDirectory.LoginResult result;
    try {
      result =
          directory.authenticate(login.getCaller(), login.getPassword().getValue(), ADDRESS.get());
    } catch (RuntimeException e) {
      if (!concurrentUpdate(e)) {
        throw e;
      }
      // Two requests of the same person at the same instant (two API calls, a page and its
      // resources) both wrote the account's last login; the one that lost checks again, once.
      result =
          directory.authenticate(login.getCaller(), login.getPassword().getValue(), ADDRESS.get());
    }
    OUTCOME.set(result);
    return result.outcome().succeeded()
        ? new CredentialValidationResult(result.userName(), result.groups())
        : CredentialValidationResult.INVALID_RESULT;
  }

  static boolean concurrentUpdate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  /** Runs {@code check} (which validates credentials) with {@code address} as the client's. */
  static <T> T from(String address, Supplier<T> check) {
    ADDRESS.set(address);
    try {
      return check.get();
    } finally {
      ADDRESS.remove();
    }
  }

  /** The outcome of the last check on this thread, once; null when none was made. */
  static StaffDirectory.LoginResult takeOutcome() {
    StaffDirectory.LoginResult result = OUTCOME.get();
    OUTCOME.remove();
    return result;
  }
}
