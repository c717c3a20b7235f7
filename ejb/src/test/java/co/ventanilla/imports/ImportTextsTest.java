package co.ventanilla.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.intake.SubmissionProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ImportTextsTest {

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ImportTextsTest.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void spanishAndEnglishHaveTheSameKeysAndSpanishIsTheDefault() throws IOException {
    Set<String> spanish = new TreeSet<>(load("ImportMessages.properties").stringPropertyNames());
    Set<String> english = new TreeSet<>(load("ImportMessages_en.properties").stringPropertyNames());
    assertEquals(spanish, english);
    assertTrue(load("ImportMessages_es.properties").isEmpty());
  }

  @Test
  void everyTextIsAMessageFormatWithoutQuotes() throws IOException {
    for (String bundle :
        new String[] {"ImportMessages.properties", "ImportMessages_en.properties"}) {
      Properties texts = load(bundle);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        assertFalse(text.contains("'"), bundle + " " + key + " has a quote");
        new MessageFormat(text, Locale.ROOT); // throws on a malformed pattern
      }
    }
  }

  @Test
  void reasonsOfThisBundleNameTheColumnForPeople() {
    assertEquals(
        "El campo fecha debe ser una fecha DD/MM/AAAA o AAAA-MM-DD; dice «31/02/2026».",
        ImportTexts.reason(
            new SubmissionProblem("fecha", "invalid_form_date", "31/02/2026"),
            ImportTexts.SPANISH));
    assertEquals(
        "La fecha del formulario (18/03/2026) es posterior a hoy.",
        ImportTexts.reason(
            new SubmissionProblem("fecha", "future_date", LocalDate.of(2026, 3, 18)),
            ImportTexts.SPANISH));
  }

  @Test
  void reasonsSharedWithEveryChannelComeFromTheIntakeBundle() {
    assertEquals(
        "El campo número de documento admite como máximo 30 caracteres.",
        ImportTexts.reason(
            new SubmissionProblem("numero_documento", "too_long", 30), ImportTexts.SPANISH));
  }

  @Test
  void theRefusalOfARepeatedFileNamesTheFirstImport() {
    BuzonImportSummary first =
        new BuzonImportSummary(
            12,
            "buzon-marzo.csv",
            "ab",
            "api",
            null,
            null,
            LocalDateTime.of(2026, 3, 17, 9, 30),
            LocalDateTime.of(2026, 3, 17, 9, 31),
            BuzonImportStatus.FINISHED,
            1250,
            3,
            0,
            null);
    assertEquals(
        "Este archivo ya se importó el 17/03/2026 09:30, por api (importación 12, archivo"
            + " buzon-marzo.csv): 1250 casos creados, 3 filas rechazadas, 0 duplicadas. No se"
            + " importó de nuevo.",
        new DuplicateImportException(first).message(ImportTexts.SPANISH));
    assertTrue(
        new DuplicateImportException(first)
            .message(Locale.ENGLISH)
            .startsWith("This file was already imported on 17/03/2026 09:30 by api (import 12"));
  }
}
