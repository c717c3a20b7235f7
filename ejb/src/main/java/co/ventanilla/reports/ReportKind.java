package co.ventanilla.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The reports management receives: quarterly partial reports and the semiannual statistical report
 * (seed 003 §5.4), and the monthly snapshot of the indicator (seed 004: "se registra mensualmente
 * en QVO"), and the semiannual report of reclamos of personal data for the RNBD (Ley 1581 de 2012).
 */
public enum ReportKind {
  MENSUAL("mensual"),
  TRIMESTRAL("trimestral"),
  SEMESTRAL("semestral"),
  /**
   * The semiannual report of the reclamos of personal data for the Registro Nacional de Bases de
   * Datos ({@link RnbdReport}): semesters, generated in February and August.
   */
  RNBD("rnbd");

  private final String code;

  ReportKind(String code) {
    this.code = code;
  }

  /** The name in the API and in file names: {@code mensual}, {@code trimestral}... */
  public String code() {
    return code;
  }

  /** Whether the timer mails this kind to management (the monthly snapshot is only stored). */
  public boolean mailed() {
    return this != MENSUAL && this != RNBD;
  }

  public static Optional<ReportKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(k -> k.code.equals(wanted) || k.name().equalsIgnoreCase(wanted))
        .findFirst();
  }
}
