package co.ventanilla.intake;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The petitioner's authorization to process their personal data, kept as evidence (Ley 1581 de
 * 2012, arts. 9 and 17(b): the controller must "solicitar y conservar … copia de la respectiva
 * autorización otorgada por el Titular"; Decreto 1377 de 2013 art. 7: kept so that it can be
 * consulted later): the version of the policy text accepted and the SHA-256 of that text, when, the
 * channel and the origin.
 *
 * @param policyVersion the version of the policy text (for a verbal consent {@code verbal:<v>})
 * @param givenAt when it was given
 * @param policySha256 SHA-256 (hex) of the text of that version, null when the version was never
 *     published (the intake fills it from the published versions when it can)
 * @param channel how it was given: {@code formulario}, {@code api}, {@code verbal}, {@code csv}
 * @param origin where from: the client's address (web, API), the staff user who registered it, the
 *     import and form number (CSV)
 */
public record Consent(
    String policyVersion,
    LocalDateTime givenAt,
    String policySha256,
    String channel,
    String origin) {

  public Consent {
    Objects.requireNonNull(policyVersion, "policyVersion");
    Objects.requireNonNull(givenAt, "givenAt");
    if (origin != null && origin.length() > 200) {
      origin = origin.substring(0, 200);
    }
  }

  /** A consent of which only the version and time are known. */
  public Consent(String policyVersion, LocalDateTime givenAt) {
    this(policyVersion, givenAt, null, null, null);
  }

  /** The same consent, given through {@code channel} from {@code origin}. */
  public Consent from(String channel, String origin) {
    return new Consent(policyVersion, givenAt, policySha256, channel, origin);
  }

  /** The same consent with the SHA-256 of its text. */
  public Consent withSha256(String sha256) {
    return new Consent(policyVersion, givenAt, sha256, channel, origin);
  }
}
