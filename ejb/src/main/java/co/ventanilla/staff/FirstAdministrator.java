package co.ventanilla.staff;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.config.ConfigKeys;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, while no administrator exists, creates one from {@code ventanilla.admin.user}
 * (default {@code admin}) and {@code ventanilla.admin.password} ({@code
 * VENTANILLA_ADMIN_PASSWORD}); the administrator then creates everybody else on the users screen.
 * Once an administrator exists the settings are ignored, so a password left in the environment
 * never resets an account.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @EJB StaffDirectory directory;

  @Inject
  @ConfigProperty(name = ConfigKeys.ADMIN_USER, defaultValue = "admin")
  String userName;

  @Inject
  @ConfigProperty(name = ConfigKeys.ADMIN_PASSWORD)
  Optional<String> password;

  @Inject
  @ConfigProperty(name = ConfigKeys.ADMIN_EMAIL)
  Optional<String> email;

  @Inject
  @ConfigProperty(name = ConfigKeys.UNLOCK)
  Optional<String> unlock;

  @PostConstruct
  void start() {
    unlockAsked();
    if (!directory.usersWithRole(StaffRole.ADMIN).isEmpty()) {
      return;
    }
    if (password.isEmpty() || password.get().isBlank()) {
      LOG.warning(
          "No administrator exists and VENTANILLA_ADMIN_PASSWORD is not set: nobody can log in"
              + " to the intranet. Set it (and VENTANILLA_ADMIN_USER, default admin) and restart.");
      return;
    }
    Set<StaffRole> roles = EnumSet.of(StaffRole.ADMIN);
    try {
      create(roles);
    } catch (CaseRuleViolation refused) {
      // A bad setting must not keep the application (and its public form) from starting.
      LOG.severe(
          () ->
              "No administrator created: VENTANILLA_ADMIN_USER/VENTANILLA_ADMIN_PASSWORD refused ("
                  + refused.getMessage()
                  + "). Fix them and restart.");
      return;
    }
    LOG.info(() -> "First administrator '" + userName + "' created from the configuration");
  }

  /**
   * The way back in when no administrator can log in to unlock another (every administrator's
   * account locked from the addresses they use): the accounts named in {@code ventanilla.unlock}
   * ({@code VENTANILLA_UNLOCK=admin}) are unlocked at start, as an administrator's unlock would,
   * recorded in their login history.
   */
  private void unlockAsked() {
    for (String name : unlock.orElse("").split(",")) {
      if (name.isBlank()) {
        continue;
      }
      try {
        directory.unlock(name.strip(), "configuración (VENTANILLA_UNLOCK)");
      } catch (CaseRuleViolation unknown) {
        LOG.warning(() -> "VENTANILLA_UNLOCK names no account: " + name.strip());
      }
    }
  }

  private void create(Set<StaffRole> roles) {
    directory.create(
        new NewStaffUser(
            userName,
            "Administrador",
            email.orElse(null),
            roles,
            Set.of(),
            password.get().toCharArray(),
            false,
            false),
        "configuración inicial");
  }
}
