package co.ventanilla.privacy;

import co.ventanilla.cases.PqrsType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long a closed case keeps its petitioner's personal data: {@value #DEFAULT_YEARS} years after
 * closing unless configured, per type. During that period the company keeps the file as its record
 * of the PQRS attended (seed 001 §9.1, data used "únicamente para los fines autorizados"; the
 * titular may not obtain suppression while a legal or contractual duty to keep the data exists,
 * Decreto 1377 de 2013 art. 9, compiled in Decreto 1074 de 2015 art. 2.2.2.25.2.8); after it the
 * data is suppressed (Ley 1581 de 2012, art. 4 literal b, principio de finalidad; Decreto 1377 de
 * 2013 art. 11: data kept only "durante el tiempo que sea razonable y necesario"). A case not yet
 * closed has not started its period.
 *
 * <p>Settings: {@code ventanilla.privacy.retention-years} (all types) and {@code
 * ventanilla.privacy.retention-years.<tipo>} (one type, e.g. {@code ...retention-years.queja}).
 */
@ApplicationScoped
public class RetentionPolicy {

  public static final String YEARS = "ventanilla.privacy.retention-years";
  public static final int DEFAULT_YEARS = 5;

  private final Integer fixedYears;

  public RetentionPolicy() {
    this.fixedYears = null;
  }

  /** The same period for every type, outside a container. */
  public static RetentionPolicy fixed(int years) {
    return new RetentionPolicy(years);
  }

  private RetentionPolicy(int years) {
    this.fixedYears = years;
  }

  private Config config() {
    return ConfigProvider.getConfig();
  }

  /** The years after closing a case of {@code type} keeps its personal data. */
  public int years(PqrsType type) {
    if (fixedYears != null) {
      return fixedYears;
    }
    Optional<Integer> own = config().getOptionalValue(YEARS + "." + type.code(), Integer.class);
    int years =
        own.orElseGet(() -> config().getOptionalValue(YEARS, Integer.class).orElse(DEFAULT_YEARS));
    return Math.max(0, years);
  }

  /** The last day a case of {@code type} closed at {@code closedAt} keeps its personal data. */
  public LocalDate keptUntil(PqrsType type, LocalDateTime closedAt) {
    return closedAt.toLocalDate().plusYears(years(type));
  }
}
