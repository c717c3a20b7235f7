package co.ventanilla.integration.buzon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.imports.BuzonFormRules;
import co.ventanilla.imports.BuzonRow;
import co.ventanilla.imports.ImportTexts;
import co.ventanilla.intake.Consent;
import co.ventanilla.intake.Submission;
import co.ventanilla.intake.SubmissionProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuzonRowTranslatorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 17);

  private final BuzonRowTranslator translator =
      new BuzonRowTranslator(
          BuzonHeader.of(Arrays.asList(TestFiles.HEADER.split(";"))),
          TestFiles.HEADER,
          new BuzonUpload("buzon-marzo.csv", "api", "Sede Principal", null));

  private BuzonRow translate(int line, String text) {
    return translator.translate(
        new BuzonCsvReader.Row(line, text, Arrays.asList(text.split(";", -1))));
  }

  /** The reasons the ejb rules would give, as the report shows them. */
  private static List<String> reasons(BuzonRow row) {
    return BuzonFormRules.check(row, TODAY, null).stream()
        .map(p -> p.field() + ": " + ImportTexts.reason(p, ImportTexts.SPANISH))
        .toList();
  }

  @Test
  void aCompleteRowBecomesASuggestionBoxSubmissionWithItsProvenance() {
    // when
    String text =
        "1001;10/03/2026;Q;María Peña;CC;52123456;Calle 1;3001234567;maria@example.com;;"
            + "Portería;El guarda tardó;SI";
    BuzonRow row = translate(7, text);
    Submission s = row.submission();

    // then
    assertEquals(List.of(), reasons(row));
    assertEquals(7, row.line());
    assertEquals("1001", row.formNumber());
    assertEquals(Channel.SUGGESTION_BOX, s.channel());
    assertEquals(PqrsType.QUEJA, s.type());
    assertEquals("María Peña", s.names());
    assertEquals("CC", s.documentType());
    assertEquals("Sede Principal", s.agency()); // empty sede: the import's
    assertFalse(s.anonymous());
    assertEquals(LocalDateTime.of(2026, 3, 10, 8, 0), s.receivedAt());
    assertEquals(
        new Consent("formulario-GO-RG-04", LocalDateTime.of(2026, 3, 10, 8, 0)), s.consent());
    assertEquals("buzon:formulario:1001", s.sourceKey());
    assertEquals("archivo buzon-marzo.csv línea 7", s.sourceReference());
    assertEquals("api", s.actor());
    assertEquals("text/csv", s.original().mediaType());
    assertEquals(
        TestFiles.HEADER + "\r\n" + text,
        new String(s.original().content(), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({
    "P, PETICION",
    "q, QUEJA",
    "R, RECLAMO",
    "S, SUGERENCIA",
    "F, FELICITACION",
    "D, DENUNCIA",
    "Petición, PETICION",
    "queja, QUEJA",
    "Felicitación, FELICITACION",
    "solicitud de información, SOLICITUD_INFORMACION"
  })
  void theTypeIsReadAsWordOrInitial(String written, PqrsType type) {
    BuzonRow row = translate(2, "1;10/03/2026;" + written + ";;;;;;;;a;b;");
    assertEquals(type, row.submission().type());
    assertEquals(List.of(), row.readProblems());
  }

  @Test
  void aRowWithoutPersonalDataIsAnonymousAndNeedsNoConsent() {
    BuzonRow row = translate(2, "5;2026-03-10;S;;;;;;;Sede Sur;Luz;Más luz en el sótano;");
    assertTrue(row.submission().anonymous());
    assertNull(row.submission().consent());
    assertEquals("Sede Sur", row.submission().agency());
    assertEquals(List.of(), reasons(row));
  }

  @Test
  void eachBadColumnHasItsReason() {
    // given: an unreadable date, an unknown type, a bad email, personal data without the mark,
    // no subject
    BuzonRow row = translate(9, "6;31/02/2026;Queso;Ana;;;;;ana@;;;Texto;no");

    // then
    assertEquals(
        List.of(
            "fecha: El campo fecha debe ser una fecha DD/MM/AAAA o AAAA-MM-DD; dice «31/02/2026».",
            "tipo: El tipo «Queso» no se reconoce. Escriba Petición, Queja, Reclamo, Sugerencia,"
                + " Felicitación o Denuncia, o su inicial (P, Q, R, S, F, D).",
            "autoriza_datos: El formulario trae datos personales sin la autorización de"
                + " tratamiento de datos (Ley 1581 de 2012): marque autoriza_datos con SI o X, o"
                + " deje la fila sin datos personales.",
            "correo: El campo correo no es un correo electrónico válido.",
            "asunto: El campo asunto es obligatorio."),
        reasons(row));
  }

  @Test
  void aMissingFormNumberOrDateIsReportedByTheRules() {
    BuzonRow row = translate(3, ";;Q;;;;;;;;a;b;");
    assertNull(row.submission().sourceKey());
    assertEquals(
        List.of(
            "numero_formulario: El campo número de formulario es obligatorio.",
            "fecha: El campo fecha es obligatorio."),
        reasons(row));
  }

  @Test
  void valuesBeyondTheHeaderMeanAStraySeparator() {
    BuzonRow row = translate(4, "7;10/03/2026;Q;;;;;;;;a;b;;de más");
    assertEquals(List.of(new SubmissionProblem("", "too_many_values", 14)), row.readProblems());
    assertEquals(
        ": La fila tiene 14 valores, más que columnas el encabezado: hay un separador fuera de"
            + " comillas.",
        reasons(row).get(0));
  }

  @Test
  void emptyTrailingValuesThatExcelAddsAreNoProblem() {
    assertEquals(List.of(), translate(4, "7;10/03/2026;Q;;;;;;;;a;b;;;").readProblems());
  }
}
