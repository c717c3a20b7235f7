package co.ventanilla.cases;

import co.ventanilla.answers.Answer;
import co.ventanilla.answers.AnswerStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Read side for the public pages and the system: the public status of a case and single cases by
 * radicado. Staff read cases through {@code co.ventanilla.cases.access.CaseDesk}, which applies
 * their access.
 */
@Stateless
public class CaseQueryService {

  @Inject CaseRepository cases;

  @PersistenceContext(unitName = "ventanilla")
  EntityManager em;

  private static final java.util.regex.Pattern UNDASHED =
      java.util.regex.Pattern.compile("(?i)([a-z]*)-?((?:19|20)\\d{2})-?(\\d{6})");

  /**
   * The radicados that {@code typed} may mean: as typed, and, when it is a whole radicado with its
   * dashes, spaces or dots lost (copied from a printed constancia whose line broke at the dash, or
   * dictated by phone), the radicado rebuilt with and without its letters' prefix.
   */
  static java.util.List<String> typedRadicados(String typed) {
    return typedRadicados(typed, configuredPrefix());
  }

  static java.util.List<String> typedRadicados(String typed, String prefix) {
    String t = typed.strip();
    java.util.Set<String> candidates = new java.util.LinkedHashSet<>();
    candidates.add(t);
    java.util.regex.Matcher m = UNDASHED.matcher(t.replaceAll("[\\s.]+", ""));
    if (m.matches()) {
      String number = m.group(2) + "-" + m.group(3);
      if (!m.group(1).isEmpty()) {
        candidates.add(m.group(1).toUpperCase(java.util.Locale.ROOT) + "-" + number);
      }
      candidates.add(number);
      if (prefix != null && !prefix.isBlank()) {
        candidates.add(prefix + number);
      }
    }
    return java.util.List.copyOf(candidates);
  }

  /** {@code ventanilla.radicado.prefix}, when a configuration is at hand (none in plain tests). */
  private static String configuredPrefix() {
    try {
      return org.eclipse.microprofile.config.ConfigProvider.getConfig()
          .getOptionalValue(co.ventanilla.config.ConfigKeys.RADICADO_PREFIX, String.class)
          .orElse("");
    } catch (RuntimeException | LinkageError noConfiguration) {
      return "";
    }
  }

  /** How many cases exist, exactly. */
  public long countAll() {
    return em.createQuery("SELECT COUNT(c) FROM PqrsCase c", Long.class).getSingleResult();
  }

  /**
   * The public status of a case, only when {@code trackingCode} is the one given at filing (case
   * and spacing ignored). Unknown radicado and wrong code look the same to the caller.
   */
  public Optional<PublicStatus> publicStatus(String radicado, String trackingCode) {
    if (radicado == null || trackingCode == null) {
      return Optional.empty();
    }
    return typedRadicados(radicado).stream()
        .map(cases::findByRadicado)
        .flatMap(Optional::stream)
        .findFirst()
        .filter(c -> c.trackingCode().equalsIgnoreCase(trackingCode.strip()))
        .map(
            c ->
                new PublicStatus(
                    c.radicado(),
                    c.type(),
                    c.state(),
                    c.receivedAt(),
                    c.dueDate(),
                    c.answeredAt(),
                    c.answers().stream()
                        .filter(a -> a.status() == AnswerStatus.SENT)
                        .reduce((first, last) -> last)
                        .map(Answer::text)
                        .orElse(null)));
  }

  public Optional<PqrsCase> findByRadicado(String radicado) {
    return cases
        .findByRadicado(radicado)
        .map(
            c -> {
              c.history().size();
              return c;
            });
  }
}
