package co.ventanilla.intake;

import co.ventanilla.cases.PqrsType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a submission needs before it can become a case, the same for every channel. Channels call
 * {@link #check} to report every problem at once; {@link IntakeService} calls it again as a guard.
 *
 * <p>The data asked for is what the seeds ask the petitioner to give: type, names, contact data,
 * subject and description (seed 002 §5.2, "registrar la fecha, hora, nombre del usuario, documento
 * de identidad, dirección, teléfono, celular, correo electrónico"). An anonymous submission (a
 * denuncia in the whistle-blower box) needs no names nor contact data.
 */
public final class SubmissionRules {

  public static final int NAMES_MAX = 200;
  public static final int SUBJECT_MAX = 300;
  public static final int DESCRIPTION_MAX = 100_000;
  public static final int EMAIL_MAX = 254;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

  private SubmissionRules() {}

  /** The valid type codes, for messages. */
  public static String typeCodes() {
    return Arrays.stream(PqrsType.values()).map(PqrsType::code).collect(Collectors.joining(", "));
  }

  /** Every problem of {@code s}; empty when it can be filed. */
  public static List<SubmissionProblem> check(Submission s) {
    List<SubmissionProblem> problems = new ArrayList<>();
    if (s.type() == null) {
      problems.add(new SubmissionProblem("tipo", "required"));
    }
    if (s.channel() == null) {
      problems.add(new SubmissionProblem("canal", "required"));
    }
    if (!s.anonymous()) {
      required(problems, "nombres", s.names());
      if (s.email() == null && s.phone() == null && s.address() == null) {
        problems.add(new SubmissionProblem("correo", "contact_required"));
      }
    }
    maxLength(problems, "nombres", s.names(), NAMES_MAX);
    if (s.email() != null) {
      if (s.email().length() > EMAIL_MAX) {
        problems.add(new SubmissionProblem("correo", "too_long", EMAIL_MAX));
      } else if (!EMAIL.matcher(s.email()).matches()) {
        problems.add(new SubmissionProblem("correo", "invalid_email"));
      }
    }
    maxLength(problems, "tipo_documento", s.documentType(), 10);
    maxLength(problems, "numero_documento", s.documentNumber(), 30);
    maxLength(problems, "telefono", s.phone(), 40);
    maxLength(problems, "direccion", s.address(), 300);
    maxLength(problems, "sede", s.agency(), 120);
    required(problems, "asunto", s.subject());
    maxLength(problems, "asunto", s.subject(), SUBJECT_MAX);
    required(problems, "descripcion", s.description());
    maxLength(problems, "descripcion", s.description(), DESCRIPTION_MAX);
    return problems;
  }

  private static void required(List<SubmissionProblem> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new SubmissionProblem(field, "required"));
    }
  }

  private static void maxLength(
      List<SubmissionProblem> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(new SubmissionProblem(field, "too_long", max));
    }
  }
}
