package co.ventanilla.correspondence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The radicados a mail quotes, in the order a reply carries them: subject first (where our mails
 * put it, and where "RE:" keeps it), then the body (the quoted acknowledgement). A radicado is
 * {@code YYYY-NNNNNN} as the filing counter prints it ({@link co.ventanilla.cases.Radicado}),
 * possibly after the configured prefix ({@code ventanilla.radicado.prefix}, e.g. {@code PQRS-});
 * the prefix may be missing in what people type, so both forms are candidates. Whether a candidate
 * is a case is for the repository to say: the pattern only proposes.
 */
public final class RadicadoReferences {

  /** {@code \b\d{4}-\d{6}\b}: the year and the six-digit number. */
  private static final Pattern CORE = Pattern.compile("\\b(\\d{4}-\\d{6})\\b");

  /** Enough for any real reply; bounds the lookups a crafted mail can cause. */
  static final int MAX_CANDIDATES = 10;

  private RadicadoReferences() {}

  /**
   * The candidate radicados in {@code subject}, then in {@code text}, without repetition; each
   * number first with {@code prefix} (when there is one), then without.
   */
  public static List<String> candidates(String subject, String text, String prefix) {
    Set<String> found = new LinkedHashSet<>();
    collect(subject, prefix, found);
    collect(text, prefix, found);
    return found.stream().limit(MAX_CANDIDATES).toList();
  }

  private static void collect(String s, String prefix, Set<String> found) {
    if (s == null) {
      return;
    }
    Matcher m = CORE.matcher(s);
    while (m.find() && found.size() < MAX_CANDIDATES) {
      String core = m.group(1);
      if (prefix != null && !prefix.isBlank()) {
        found.add(prefix.strip() + core);
      }
      found.add(core);
    }
  }
}
