package co.ventanilla.integration.buzon;

import static co.ventanilla.integration.buzon.BuzonColumns.ASUNTO;
import static co.ventanilla.integration.buzon.BuzonColumns.AUTORIZA_DATOS;
import static co.ventanilla.integration.buzon.BuzonColumns.CORREO;
import static co.ventanilla.integration.buzon.BuzonColumns.DESCRIPCION;
import static co.ventanilla.integration.buzon.BuzonColumns.DIRECCION;
import static co.ventanilla.integration.buzon.BuzonColumns.FECHA;
import static co.ventanilla.integration.buzon.BuzonColumns.NOMBRES;
import static co.ventanilla.integration.buzon.BuzonColumns.NUMERO_DOCUMENTO;
import static co.ventanilla.integration.buzon.BuzonColumns.NUMERO_FORMULARIO;
import static co.ventanilla.integration.buzon.BuzonColumns.SEDE;
import static co.ventanilla.integration.buzon.BuzonColumns.TELEFONO;
import static co.ventanilla.integration.buzon.BuzonColumns.TIPO;
import static co.ventanilla.integration.buzon.BuzonColumns.TIPO_DOCUMENTO;

import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.imports.BuzonFormRules;
import co.ventanilla.imports.BuzonRow;
import co.ventanilla.intake.Original;
import co.ventanilla.intake.Submission;
import co.ventanilla.intake.SubmissionProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one CSV record of the GO-RG-04 template into a {@link BuzonRow}: the submission it files
 * and what could not be read. It reads; it does not judge ({@link BuzonFormRules} does).
 *
 * <ul>
 *   <li>{@code fecha}: as {@link BuzonDates} reads it; anything else is reported with what it said.
 *   <li>{@code tipo}: the word, with or without accents, or the initial of the paper form (P, Q, R,
 *       S, F, D), as {@link PqrsType#parse} reads it.
 *   <li>{@code autoriza_datos}: an affirmative mark ({@link BuzonFormRules#isAffirmative}) records
 *       the consent on the form's date.
 *   <li>A row with no personal data is anonymous; {@code sede} empty takes the import's sede.
 *   <li>The case keeps as original the header line and the row as written ({@code text/csv}), and
 *       as source reference {@code archivo <name> línea <n>}.
 * </ul>
 */
final class BuzonRowTranslator {

  private final BuzonHeader header;
  private final String headerText;
  private final String fileName;
  private final BuzonUpload upload;

  BuzonRowTranslator(BuzonHeader header, String headerText, BuzonUpload upload) {
    this.header = header;
    this.headerText = headerText;
    this.fileName = upload.fileName();
    this.upload = upload;
  }

  BuzonRow translate(BuzonCsvReader.Row row) {
    List<SubmissionProblem> problems = new ArrayList<>();
    List<String> values = row.values();
    if (values.size() > header.width()
        && values.subList(header.width(), values.size()).stream().anyMatch(v -> !v.isBlank())) {
      problems.add(new SubmissionProblem("", "too_many_values", values.size()));
    }

    String dateText = value(values, FECHA);
    LocalDate date = null;
    if (dateText != null) {
      date = BuzonDates.parse(dateText).orElse(null);
      if (date == null) {
        problems.add(new SubmissionProblem(FECHA, "invalid_form_date", dateText));
      }
    }

    String typeText = value(values, TIPO);
    Optional<PqrsType> type = PqrsType.parse(typeText);
    if (typeText != null && type.isEmpty()) {
      problems.add(new SubmissionProblem(TIPO, "unknown_form_type", typeText));
    }

    String formNumber = value(values, NUMERO_FORMULARIO);
    String names = value(values, NOMBRES);
    String documentNumber = value(values, NUMERO_DOCUMENTO);
    String address = value(values, DIRECCION);
    String phone = value(values, TELEFONO);
    String email = value(values, CORREO);
    String agency = value(values, SEDE);
    boolean personalData =
        BuzonFormRules.hasPersonalData(names, documentNumber, address, phone, email);

    Submission.Builder submission =
        Submission.builder(Channel.SUGGESTION_BOX)
            .type(type.orElse(null))
            .names(names)
            .document(value(values, TIPO_DOCUMENTO), documentNumber)
            .address(address)
            .phone(phone)
            .email(email)
            .anonymous(!personalData)
            .agency(agency != null ? agency : upload.agency())
            .subject(value(values, ASUNTO))
            .description(value(values, DESCRIPCION))
            .sourceReference(sourceReference(row.line()))
            .actor(upload.uploader())
            .original(Original.text("text/csv", headerText + "\r\n" + row.text()));
    if (formNumber != null) {
      submission.sourceKey(BuzonFormRules.sourceKey(formNumber));
    }
    boolean consentMarked = BuzonFormRules.isAffirmative(value(values, AUTORIZA_DATOS));
    if (date != null) {
      submission.receivedAt(BuzonFormRules.receivedAt(date));
      if (consentMarked) {
        submission.consent(BuzonFormRules.consent(date));
      }
    }
    return new BuzonRow(row.line(), formNumber, date, consentMarked, submission.build(), problems);
  }

  private String sourceReference(int line) {
    String name = fileName.length() > 400 ? fileName.substring(0, 400) + "…" : fileName;
    return "archivo " + name + " línea " + line;
  }

  /** The stripped value of {@code column}; {@code null} when empty or absent. */
  private String value(List<String> values, String column) {
    String v = header.value(values, column);
    if (v == null) {
      return null;
    }
    String t = v.strip();
    return t.isEmpty() ? null : t;
  }
}
