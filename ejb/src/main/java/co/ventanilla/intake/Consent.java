package co.ventanilla.intake;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The petitioner's authorization to process their personal data, with the version of the policy
 * text they accepted and when (Ley 1581 de 2012, arts. 9 and 10; Decreto 1377 de 2013 art. 7: the
 * authorization must be kept so it can be consulted later).
 */
public record Consent(String policyVersion, LocalDateTime givenAt) {

  public Consent {
    Objects.requireNonNull(policyVersion, "policyVersion");
    Objects.requireNonNull(givenAt, "givenAt");
  }
}
