package co.ventanilla.web.intake;

import co.ventanilla.intake.Consent;
import co.ventanilla.intake.UploadPolicy;
import co.ventanilla.privacy.ConsentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the public form, from MicroProfile Config: {@code intake.web.max-file-mb} (default
 * 10), {@code intake.web.max-files} (5) and {@code ventanilla.privacy-policy.version} (the version
 * recorded with a consent only while no policy version was published; normally the newest version
 * the administrator published, {@link ConsentService#current()}).
 */
@ApplicationScoped
public class PublicFormSettings {

  @Inject
  @ConfigProperty(name = "intake.web.max-file-mb", defaultValue = "10")
  int maxFileMb;

  @Inject
  @ConfigProperty(name = "intake.web.max-files", defaultValue = "5")
  int maxFiles;

  @Inject
  @ConfigProperty(name = "ventanilla.privacy-policy.version", defaultValue = "2026-01")
  String policyVersion;

  @Inject Clock clock;

  /** The published versions of the policy (V19); the config key is only the fallback. */
  @Inject ConsentService consents;

  public int maxFileMb() {
    return maxFileMb;
  }

  public int maxFiles() {
    return maxFiles;
  }

  /** The version of the policy in force: the newest published, else the configured one. */
  public String policyVersion() {
    return consents.current().map(ConsentService.PolicyVersion::version).orElse(policyVersion);
  }

  /** The text of the policy in force, or null when none was published. */
  public String policyText() {
    return consents.current().map(ConsentService.PolicyVersion::text).orElse(null);
  }

  /**
   * The consent given now to the policy in force, with its SHA-256, through {@code channel} from
   * {@code origin} (Ley 1581 de 2012, arts. 9 and 17(b)).
   */
  public Consent consent(String channel, String origin) {
    Consent c = consents.consent(channel, origin);
    return c != null ? c : new Consent(policyVersion, now()).from(channel, origin);
  }

  public UploadPolicy uploadPolicy() {
    return new UploadPolicy(maxFileMb * 1024L * 1024L, maxFiles);
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
