package co.ventanilla.imports;

import co.ventanilla.intake.Consent;
import co.ventanilla.intake.Submission;
import co.ventanilla.intake.SubmissionProblem;
import co.ventanilla.intake.SubmissionRules;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a transcribed suggestion-box form (GO-RG-04, seed 002 GO-PD-03 §4 activity 1) needs to
 * become a case, on top of what every submission needs ({@link SubmissionRules}):
 *
 * <ul>
 *   <li><b>numero_formulario</b>: required, at most {@value #FORM_NUMBER_MAX} characters. It is the
 *       form's identity: a form number is filed once ({@link #sourceKey}); a second row or file
 *       with it is reported as a duplicate naming the first radicado. The template's example row
 *       ({@value #EXAMPLE_FORM_NUMBER}) is refused so it never becomes a case.
 *   <li><b>fecha</b>: required; not after today, and not after the date the box was emptied when
 *       the import gives one. The case is received on that date at {@link #RECEPTION_TIME}: the
 *       paper carries no time, the form was in the box by the opening of that business day at the
 *       latest, and the upload's own time of day would be invented. The legal term counts from that
 *       date (Ley 1755 de 2015, art. 14: "dentro de los quince (15) días siguientes a su
 *       recepción").
 *   <li><b>autoriza_datos</b>: a form that carries personal data (names, document number, address,
 *       phone or email) needs the petitioner's mark authorizing their processing (Ley 1581 de 2012,
 *       art. 9: "se requiere la autorización previa e informada del Titular"); it is recorded as
 *       consent {@value #CONSENT_POLICY} given on the form's date. A form with no personal data is
 *       filed as anonymous and needs no mark. Affirmative marks: {@code si, sí, s, x, true, 1}.
 * </ul>
 */
public final class BuzonFormRules {

  /** The consent's policy version: the text printed on the paper form. */
  public static final String CONSENT_POLICY = "formulario-GO-RG-04";

  /** The time of day a form is taken as received. */
  public static final LocalTime RECEPTION_TIME = LocalTime.of(8, 0);

  public static final int FORM_NUMBER_MAX = 40;

  /** The form number of the template's example row. */
  public static final String EXAMPLE_FORM_NUMBER = "EJEMPLO";

  private static final String SOURCE_KEY_PREFIX = "buzon:formulario:";
  private static final Set<String> AFFIRMATIVE = Set.of("si", "s", "x", "true", "1");

  private BuzonFormRules() {}

  /** The intake source key of form {@code formNumber}: the same number is filed once. */
  public static String sourceKey(String formNumber) {
    return SOURCE_KEY_PREFIX + formNumber;
  }

  /** When a form dated {@code formDate} is taken as received. */
  public static LocalDateTime receivedAt(LocalDate formDate) {
    return formDate.atTime(RECEPTION_TIME);
  }

  /** The consent a form dated {@code formDate} with an affirmative mark records. */
  public static Consent consent(LocalDate formDate) {
    return new Consent(CONSENT_POLICY, receivedAt(formDate));
  }

  /** Whether {@code mark} authorizes the processing of data: si, sí, s, x, true or 1. */
  public static boolean isAffirmative(String mark) {
    if (mark == null) {
      return false;
    }
    String key =
        Normalizer.normalize(mark.strip(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return AFFIRMATIVE.contains(key);
  }

  /** Whether any of names, document number, address, phone or email is given. */
  public static boolean hasPersonalData(
      String names, String documentNumber, String address, String phone, String email) {
    for (String value : new String[] {names, documentNumber, address, phone, email}) {
      if (value != null && !value.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every problem of {@code row}: those found while reading it, then these rules' and {@link
   * SubmissionRules}', at most one per column. Empty when it can be filed.
   *
   * @param today the current date in Colombia
   * @param collectionDate when the box was emptied; {@code null} when not given
   */
  public static List<SubmissionProblem> check(
      BuzonRow row, LocalDate today, LocalDate collectionDate) {
    List<SubmissionProblem> problems = new ArrayList<>(row.readProblems());
    Set<String> reported = new HashSet<>();
    row.readProblems().forEach(p -> reported.add(p.field()));
    Submission s = row.submission();

    String number = row.formNumber();
    if (!reported.contains("numero_formulario")) {
      if (number == null || number.isBlank()) {
        add(problems, reported, new SubmissionProblem("numero_formulario", "required"));
      } else if (number.length() > FORM_NUMBER_MAX) {
        add(
            problems,
            reported,
            new SubmissionProblem("numero_formulario", "too_long", FORM_NUMBER_MAX));
      } else if (number.equalsIgnoreCase(EXAMPLE_FORM_NUMBER)) {
        add(problems, reported, new SubmissionProblem("numero_formulario", "example_row"));
      }
    }

    LocalDate date = row.formDate();
    if (!reported.contains("fecha")) {
      if (date == null) {
        add(problems, reported, new SubmissionProblem("fecha", "required"));
      } else if (date.isAfter(today)) {
        add(problems, reported, new SubmissionProblem("fecha", "future_date", date));
      } else if (collectionDate != null && date.isAfter(collectionDate)) {
        add(problems, reported, new SubmissionProblem("fecha", "after_collection", collectionDate));
      }
    }

    if (!reported.contains("autoriza_datos")
        && !row.consentMarked()
        && hasPersonalData(s.names(), s.documentNumber(), s.address(), s.phone(), s.email())) {
      add(problems, reported, new SubmissionProblem("autoriza_datos", "consent_required"));
    }

    for (SubmissionProblem p : SubmissionRules.check(s)) {
      if (!reported.contains(p.field())) {
        add(problems, reported, p);
      }
    }
    return problems;
  }

  private static void add(
      List<SubmissionProblem> problems, Set<String> reported, SubmissionProblem problem) {
    problems.add(problem);
    reported.add(problem.field());
  }
}
