package co.ventanilla.cases.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.CaseTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The case bundle: every key in both languages, every template valid, no fallback. */
class CaseMessagesTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        CaseMessagesTest.class.getResourceAsStream("/co/ventanilla/cases/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void spanishAndEnglishHaveTheSameKeys() throws IOException {
    Set<String> spanish = new TreeSet<>(load("CaseMessages.properties").stringPropertyNames());
    Set<String> english = new TreeSet<>(load("CaseMessages_en.properties").stringPropertyNames());

    assertEquals(spanish, english);
  }

  @Test
  void theSpanishLocaleFileIsEmptySoSpanishComesFromTheBase() throws IOException {
    assertTrue(load("CaseMessages_es.properties").isEmpty());
  }

  @Test
  void everyTemplateIsAValidMessageFormat() throws IOException {
    for (String file : new String[] {"CaseMessages.properties", "CaseMessages_en.properties"}) {
      Properties p = load(file);
      for (String key : p.stringPropertyNames()) {
        new MessageFormat(p.getProperty(key)); // throws on a broken pattern
        assertTrue(!p.getProperty(key).contains("'"), file + " " + key + " has a quote");
      }
    }
  }

  @Test
  void everyStateHasANameInBothLanguages() {
    for (CaseState state : CaseState.values()) {
      assertTrue(!CaseTexts.stateName(state, CaseTexts.SPANISH).isBlank());
      assertTrue(!CaseTexts.stateName(state, Locale.ENGLISH).isBlank());
    }
    assertEquals("En trámite", CaseTexts.stateName(CaseState.EN_TRAMITE, CaseTexts.SPANISH));
  }

  @Test
  void aLanguageWithoutBundleGetsSpanishNotTheServersDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertEquals(
          "Respuesta aprobada",
          CaseTexts.stateName(CaseState.RESPUESTA_APROBADA, Locale.forLanguageTag("pt-BR")));
      assertEquals(
          "Respuesta aprobada",
          CaseTexts.stateName(CaseState.RESPUESTA_APROBADA, Locale.forLanguageTag("es-CO")));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void numbersAreNotGrouped() {
    assertEquals(
        "La calificación debe estar entre 1 (Muy mala) y 5 (Excelente); se recibió 2026.",
        CaseTexts.spanish("rating.out_of_range", 2026));
  }
}
