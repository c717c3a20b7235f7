package co.ventanilla.cases.persistence;

import co.ventanilla.cases.Radicados;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the text typed in the inbox's search box is, and the SQL condition that finds it:
 *
 * <ul>
 *   <li>a radicado or its beginning ({@code 2026-0001}, {@code PQRS-2026-}) → prefix of the
 *       radicado, through its unique index; spaces and dots typed or pasted around it do not count;
 *   <li>a whole radicado typed without its dashes ({@code 2026000037}, {@code PQRS2026000037}, as
 *       people copy it from a printed constancia or dictate it by phone) → that radicado, with or
 *       without the configured prefix ({@link Radicados}), or (ten digits could be a cédula) the
 *       petitioner's document number;
 *   <li>an email → the petitioner's email, exactly;
 *   <li>only digits (5 to 20) → the petitioner's document number, exactly;
 *   <li>anything else → its words in the subject (and the petitioner's names), through the
 *       full-text index: every word of three letters or more required, the last one also as the
 *       beginning of a word, so that typing finds as it goes. Accents and case do not matter (the
 *       column collation decides).
 * </ul>
 *
 * A reader who may not see petitioners gets emails, documents and words searched in the subject
 * only, so a search never reveals whose case it is.
 */
final class TextSearch {

  private static final Pattern RADICADO = Pattern.compile("(?i)[a-z]*-?\\d{4}-\\d*");
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");
  private static final Pattern DOCUMENT = Pattern.compile("\\d{5,20}");
  private static final Pattern SPACING = Pattern.compile("[\\s.]+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** InnoDB's {@code innodb_ft_min_token_size}: shorter words are not in the index. */
  static final int MIN_WORD = 3;

  /**
   * InnoDB's default stopwords of three letters or more ({@code INNODB_FT_DEFAULT_STOPWORD}): they
   * are not in the index, and a required one ({@code +the}) would make every search empty.
   */
  private static final java.util.Set<String> STOPWORDS =
      java.util.Set.of(
          "about", "are", "com", "for", "from", "how", "that", "the", "this", "was", "what", "when",
          "where", "who", "will", "with", "und", "www");

  private final String condition;
  private final List<Object> params;

  private TextSearch(String condition, List<Object> params) {
    this.condition = condition;
    this.params = params;
  }

  static TextSearch parse(String text, boolean withPetitioner) {
    return parse(text, withPetitioner, Radicados.configuredPrefix());
  }

  static TextSearch parse(String text, boolean withPetitioner, String radicadoPrefix) {
    String t = text.strip();
    String compact = SPACING.matcher(t).replaceAll("");
    if (RADICADO.matcher(compact).matches()) {
      return new TextSearch("c.radicado LIKE ? ESCAPE '!'", List.of(escapeLike(compact) + "%"));
    }
    String undashed = compact.replace("-", "");
    List<String> radicados = Radicados.rebuilt(undashed, radicadoPrefix);
    if (!radicados.isEmpty()) {
      String in =
          "c.radicado IN ("
              + String.join(", ", java.util.Collections.nCopies(radicados.size(), "?"))
              + ")";
      List<Object> values = new ArrayList<>(radicados);
      if (withPetitioner && !Radicados.lettered(undashed)) {
        values.add(undashed);
        return new TextSearch("(" + in + " OR c.petitioner_document_number = ?)", values);
      }
      return new TextSearch(in, values);
    }
    if (withPetitioner && EMAIL.matcher(t).matches()) {
      return new TextSearch("c.petitioner_email = ?", List.of(t));
    }
    if (withPetitioner && DOCUMENT.matcher(t).matches()) {
      return new TextSearch("c.petitioner_document_number = ?", List.of(t));
    }
    String words = booleanQuery(t);
    String columns = withPetitioner ? "c.subject, c.petitioner_names" : "c.subject";
    if (words.isEmpty()) {
      // Only short words: no index can find them; the subject is scanned.
      return new TextSearch("c.subject LIKE ? ESCAPE '!'", List.of("%" + escapeLike(t) + "%"));
    }
    return new TextSearch("MATCH(" + columns + ") AGAINST (? IN BOOLEAN MODE)", List.of(words));
  }

  /**
   * {@code +word} for each word of at least {@link #MIN_WORD} letters, the last one {@code +word*};
   * what is not a letter or digit separates words, so no operator of the boolean mode gets through.
   */
  static String booleanQuery(String text) {
    List<String> words = new ArrayList<>();
    for (String w : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (w.codePointCount(0, w.length()) >= MIN_WORD && !STOPWORDS.contains(w)) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return "";
    }
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      q.append(i == 0 ? "" : " ").append('+').append(words.get(i));
      if (i == words.size() - 1) {
        q.append('*');
      }
    }
    return q.toString();
  }

  static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  String condition(List<Object> into) {
    into.addAll(params);
    return condition;
  }

  /**
   * Whether the search goes through the full-text index: its cost then grows with the number of
   * cases that have the words, however narrow the rest of the filter.
   */
  boolean fullText() {
    return condition.startsWith("MATCH(");
  }
}
