package co.ventanilla.satisfaction;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A signed link token: what it is for ({@link Purpose}), the id of one record (a case, a survey
 * invitation) and the last day it works, signed with HMAC-SHA256. It carries no personal data: a
 * number and a date. Changing any character breaks the signature; the date cannot be moved.
 *
 * <p>Form: {@code base64url("<purpose>.<id>.<until epoch day>") + "." + base64url(hmac)}.
 */
public record LinkToken(Purpose purpose, long id, LocalDate until) {

  /** What a token opens. */
  public enum Purpose {
    /** The rating of a case's answer (seed 003 §5.3). */
    RATING("c"),
    /** A survey invitation's personal link (GO-RG-03). */
    SURVEY("s");

    final String code;

    Purpose(String code) {
      this.code = code;
    }
  }

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  /** The token text, signed with {@code key}. */
  public String sign(byte[] key) {
    String payload = purpose.code + "." + id + "." + until.toEpochDay();
    byte[] p = payload.getBytes(StandardCharsets.US_ASCII);
    return B64.encodeToString(p) + "." + B64.encodeToString(hmac(key, p));
  }

  /**
   * The token {@code text} if its signature under {@code key} is right and it is for {@code
   * purpose}; empty for anything else (tampered, truncated, another purpose). Expiry is the
   * caller's decision ({@link #until}).
   */
  public static Optional<LinkToken> verify(String text, byte[] key, Purpose purpose) {
    if (text == null || text.length() > 200) {
      return Optional.empty();
    }
    int dot = text.indexOf('.');
    if (dot <= 0 || dot != text.lastIndexOf('.')) {
      return Optional.empty();
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = B64D.decode(text.substring(0, dot));
      signature = B64D.decode(text.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    // Only the canonical spelling: the last character's unused bits must not give a second one.
    if (!B64.encodeToString(payload).equals(text.substring(0, dot))
        || !B64.encodeToString(signature).equals(text.substring(dot + 1))) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(hmac(key, payload), signature)) {
      return Optional.empty();
    }
    String[] parts = new String(payload, StandardCharsets.US_ASCII).split("\\.");
    if (parts.length != 3 || !parts[0].equals(purpose.code)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new LinkToken(
              purpose, Long.parseLong(parts[1]), LocalDate.ofEpochDay(Long.parseLong(parts[2]))));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static byte[] hmac(byte[] key, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
