package co.ventanilla.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How the officer names a person: by document number or by email (Ley 1581 de 2012, art. 15: the
 * titular's identification). The document is compared without spaces, dots or hyphens as people
 * write it ("52.123.456"), the email without case.
 *
 * @param document the document number, or null
 * @param email the email, or null
 */
public record SubjectKey(String document, String email) {

  public SubjectKey {
    document = document == null ? null : document.replaceAll("[\\s.\\-]", "");
    email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    if (document != null && document.isEmpty()) {
      document = null;
    }
    if (email != null && email.isEmpty()) {
      email = null;
    }
  }

  public static SubjectKey of(String document, String email) {
    return new SubjectKey(document, email);
  }

  /** Whether neither the document nor the email was given. */
  public boolean isEmpty() {
    return document == null && email == null;
  }

  /**
   * The SHA-256 of the key, so that an anonymisation is recognised later without keeping the value
   * it was asked for.
   */
  public String hash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String text =
          (document == null ? "" : "doc:" + document)
              + "|"
              + (email == null ? "" : "mail:" + email);
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
