package co.ventanilla.web.admin;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.staff.StaffDirectory;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Passwords an administrator hands over (first password, reset): {@value #LENGTH} characters of
 * upper and lower case letters, digits and a few symbols, without look-alikes (0/O, 1/l/I) so they
 * can be read out by phone, always meeting {@link StaffDirectory#checkPassword}. The owner must
 * change it at the next login.
 */
final class TemporaryPassword {

  static final int LENGTH = 14;

  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SYMBOLS = "-_.#+*";
  private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;

  private static final Random RANDOM = new SecureRandom();

  private TemporaryPassword() {}

  /** A new password for {@code userName} (to check it does not contain the name). */
  static String generate(String userName) {
    return generate(userName, RANDOM);
  }

  static String generate(String userName, Random random) {
    String name = userName == null || userName.isBlank() ? "~" : userName.strip();
    while (true) {
      char[] p = new char[LENGTH];
      p[0] = pick(UPPER, random);
      p[1] = pick(LOWER, random);
      p[2] = pick(DIGITS, random);
      p[3] = pick(SYMBOLS, random);
      for (int i = 4; i < LENGTH; i++) {
        p[i] = pick(ALL, random);
      }
      for (int i = LENGTH - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        char t = p[i];
        p[i] = p[j];
        p[j] = t;
      }
      try {
        StaffDirectory.checkPassword(name.toLowerCase(java.util.Locale.ROOT), p);
        return new String(p);
      } catch (CaseRuleViolation tooCloseToTheName) {
        // try again: vanishingly rare with 14 random characters
      }
    }
  }

  private static char pick(String from, Random random) {
    return from.charAt(random.nextInt(from.length()));
  }
}
