package co.ventanilla.web.intake;

import co.ventanilla.intake.UploadPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the public form, from MicroProfile Config: {@code intake.web.max-file-mb} (default
 * 10), {@code intake.web.max-files} (5) and {@code ventanilla.privacy-policy.version} (the version
 * of the data-processing policy text the petitioner accepts, recorded with the consent).
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

  public int maxFileMb() {
    return maxFileMb;
  }

  public int maxFiles() {
    return maxFiles;
  }

  public String policyVersion() {
    return policyVersion;
  }

  public UploadPolicy uploadPolicy() {
    return new UploadPolicy(maxFileMb * 1024L * 1024L, maxFiles);
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
