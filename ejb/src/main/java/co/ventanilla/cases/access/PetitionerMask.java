package co.ventanilla.cases.access;

import co.ventanilla.cases.Petitioner;
import co.ventanilla.cases.PqrsCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for what a reader without need sees of the petitioner (Ley 1581 de 2012, art. 4
 * principles of restricted access and confidentiality; who sees what: {@link
 * CasePermissions#seesPetitioner}): the petitioner's fields are left out, and every free text of
 * the case shown to that reader (mails in and out, notes, answers) has the petitioner's names,
 * document, e-mail, phone and the case's tracking code replaced by {@value #RESERVED}. Files and
 * the constancia, which cannot be cleaned this way, are refused ({@link CaseDesk}).
 */
final class PetitionerMask {

  static final String RESERVED = "[dato reservado]";

  private static final PetitionerMask NONE = new PetitionerMask(null);

  private final Pattern pattern;

  private PetitionerMask(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The mask of {@code c} for a reader who sees the petitioner ({@code masked} false: none). */
  static PetitionerMask of(PqrsCase c, boolean masked) {
    if (!masked) {
      return NONE;
    }
    Petitioner p = c.petitioner();
    List<String> secrets = new ArrayList<>();
    add(secrets, p.names());
    if (p.names() != null) {
      for (String part : p.names().split("\\s+")) {
        if (part.length() >= 4) {
          add(secrets, part); // "Rojas" alone, as a signature would have it
        }
      }
    }
    add(secrets, p.documentNumber());
    add(secrets, p.email());
    add(secrets, p.phone());
    add(secrets, p.address());
    add(secrets, c.trackingCode());
    if (secrets.isEmpty()) {
      return NONE;
    }
    secrets.sort(Comparator.comparingInt(String::length).reversed()); // whole name before parts
    StringBuilder regex = new StringBuilder();
    for (String s : secrets) {
      regex.append(regex.length() == 0 ? "" : "|").append(Pattern.quote(s));
    }
    return new PetitionerMask(
        Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  private static void add(List<String> secrets, String value) {
    if (value != null && value.strip().length() >= 3) {
      secrets.add(value.strip());
    }
  }

  /** Whether this mask hides anything. */
  boolean masks() {
    return pattern != null;
  }

  /** {@code text} with the petitioner's data replaced; null stays null. */
  String text(String text) {
    if (pattern == null || text == null) {
      return text;
    }
    return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(RESERVED));
  }
}
