package co.ventanilla.organization;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the configured agency (sede) that the free text of a petition names: "Medellín", "sede
 * medellin", "Agencia de Medellín", "BOGOTA D.C." name the sede of that name or city. Accents, case
 * and punctuation are ignored; a name or city counts when it appears as whole words in the text.
 * When no agency or more than one match, there is no match and reception chooses.
 */
public final class AgencyMatcher {

  private AgencyMatcher() {}

  /** The one active agency {@code received} names; empty for none or more than one. */
  public static Optional<Agency> match(String received, Collection<Agency> agencies) {
    String text = normalize(received);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<Agency> active = agencies.stream().filter(Agency::active).toList();
    // The exact name first: "Cali" is the agency Cali even if another one's city were "Cali".
    List<Agency> exact = new ArrayList<>();
    for (Agency a : active) {
      if (text.equals(normalize(a.name()))) {
        exact.add(a);
      }
    }
    if (exact.size() == 1) {
      return Optional.of(exact.get(0));
    }
    List<Agency> named = new ArrayList<>();
    for (Agency a : active) {
      if (contains(text, normalize(a.name())) || contains(text, normalize(a.city()))) {
        named.add(a);
      }
    }
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** Lower case, without accents, letters and digits separated by single spaces. */
  static String normalize(String s) {
    if (s == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(s, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static boolean contains(String text, String words) {
    return !words.isEmpty() && (" " + text + " ").contains(" " + words + " ");
  }
}
