package co.ventanilla.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords that passed the PBKDF2 check in the last few minutes, so that a staff API client
 * sending its credentials with every request (HTTP Basic) does not cost a 200 ms hash each time.
 * Only a SHA-256 of user name, stored hash and password is kept, in memory; a new password (new
 * stored hash) or {@link #forget} makes the entry useless at once. Entries of a locked or inactive
 * account are never used: {@link StaffDirectory} checks those first.
 */
@ApplicationScoped
public class VerifiedPasswords {

  static final Duration KEEP = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private volatile String dummyHash;

  private record Entry(String digest, long expiresAtNanos) {}

  boolean contains(String userName, String storedHash, char[] password) {
    Entry e = entries.get(userName);
    return e != null
        && System.nanoTime() - e.expiresAtNanos() < 0
        && MessageDigest.isEqual(
            e.digest().getBytes(StandardCharsets.UTF_8),
            digest(userName, storedHash, password).getBytes(StandardCharsets.UTF_8));
  }

  void remember(String userName, String storedHash, char[] password) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(
        userName,
        new Entry(digest(userName, storedHash, password), System.nanoTime() + KEEP.toNanos()));
  }

  void forget(String userName) {
    entries.remove(userName);
  }

  /** A hash of no password, verified against for unknown users so they cost the same time. */
  String dummyHash(PasswordHash hash) {
    String d = dummyHash;
    if (d == null) {
      d = hash.generate("no-such-user-password".toCharArray());
      dummyHash = d;
    }
    return d;
  }

  private static String digest(String userName, String storedHash, char[] password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(userName.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(String.valueOf(password).getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
