package co.ventanilla.privacy;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a person's identifiers (names, document, email, phone, address) from free text: each
 * occurrence, in any case, becomes {@link #MARK}. Identifiers shorter than four characters are
 * ignored (they would wipe ordinary words). Applying it twice gives the same text as once.
 */
public final class Scrubber {

  /** What stands where an identifier was. */
  public static final String MARK = "[dato suprimido]";

  /** What replaces a whole text the officer marked. */
  public static final String SUPPRESSED_TEXT =
      "[Texto suprimido por protección de datos personales]";

  private final Pattern pattern;

  public Scrubber(Collection<String> identifiers) {
    Set<String> usable = new LinkedHashSet<>();
    for (String id : identifiers) {
      if (id != null && id.strip().length() >= 4) {
        usable.add(id.strip());
      }
    }
    List<String> longestFirst =
        usable.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.pattern =
        longestFirst.isEmpty()
            ? null
            : Pattern.compile(
                String.join("|", longestFirst.stream().map(Pattern::quote).toList()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** {@code text} without the identifiers; null stays null. */
  public String scrub(String text) {
    if (text == null || pattern == null) {
      return text;
    }
    return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(MARK));
  }

  /** Whether {@code text} holds any of the identifiers. */
  public boolean finds(String text) {
    return text != null && pattern != null && pattern.matcher(text).find();
  }
}
