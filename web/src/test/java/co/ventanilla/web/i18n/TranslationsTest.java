package co.ventanilla.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Spanish first, English second, nothing hard-coded: every key exists in both bundles, and no page
 * shows text that does not come from a bundle.
 */
class TranslationsTest {

  /** Attributes whose value a person reads. */
  private static final Set<String> VISIBLE =
      Set.of(
          "value",
          "label",
          "itemLabel",
          "headerText",
          "footerText",
          "placeholder",
          "title",
          "alt",
          "emptyMessage",
          "currentPageReportTemplate",
          "aria-label",
          "summary",
          "requiredMessage",
          "validatorMessage",
          "converterMessage",
          "header",
          "message");

  private static final Path WEBAPP = Path.of("src/main/webapp");

  @Test
  void intranetBundlesHaveTheSameKeys() throws IOException {
    assertSameKeys("/co/ventanilla/web/i18n/Messages");
  }

  @Test
  void operationsBundlesHaveTheSameKeys() throws IOException {
    assertSameKeys("/co/ventanilla/web/i18n/Operations");
  }

  @Test
  void adminBundlesHaveTheSameKeys() throws IOException {
    assertSameKeys("/co/ventanilla/web/i18n/Admin");
  }

  @Test
  void investigationsBundlesHaveTheSameKeys() throws IOException {
    assertSameKeys("/co/ventanilla/web/i18n/Investigations");
  }

  @Test
  void investigationMessagesHaveTheSameKeys() throws IOException {
    assertSameKeys("/co/ventanilla/investigations/InvestigationMessages");
  }

  @Test
  void reportsBundlesHaveTheSameKeys() throws IOException {
    assertSameKeys("/co/ventanilla/web/i18n/Reports");
  }

  @Test
  void satisfactionBundlesHaveTheSameKeys() throws IOException {
    assertSameKeys("/co/ventanilla/web/i18n/Satisfaction");
    assertSameKeys("/co/ventanilla/satisfaction/SatisfactionMessages");
  }

  @Test
  void improvementBundlesHaveTheSameKeys() throws IOException {
    assertSameKeys("/co/ventanilla/web/i18n/Improvement");
  }

  @Test
  void improvementMessagesHaveTheSameKeys() throws IOException {
    assertSameKeys("/co/ventanilla/improvement/ImprovementMessages");
  }

  @Test
  void privacyBundlesHaveTheSameKeys() throws IOException {
    assertSameKeys("/co/ventanilla/web/i18n/Privacy");
  }

  @Test
  void intakeBundlesHaveTheSameKeys() throws IOException {
    assertSameKeys("/co/ventanilla/intake/IntakeMessages");
  }

  @Test
  void everyKeyUsedInAPageExistsInTheBundle() throws Exception {
    Properties spanish = load("/co/ventanilla/web/i18n/Messages.properties");
    Properties operations = load("/co/ventanilla/web/i18n/Operations.properties");
    Properties admin = load("/co/ventanilla/web/i18n/Admin.properties");
    Properties investigations = load("/co/ventanilla/web/i18n/Investigations.properties");
    Properties reports = load("/co/ventanilla/web/i18n/Reports.properties");
    Properties satisfaction = load("/co/ventanilla/web/i18n/Satisfaction.properties");
    Properties improvement = load("/co/ventanilla/web/i18n/Improvement.properties");
    Properties privacy = load("/co/ventanilla/web/i18n/Privacy.properties");
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      var m =
          java.util.regex.Pattern.compile(
                  "(msg|ops|adm|inv|rep|sat|acpm|priv)\\['([A-Za-z0-9_.]+)'\\]")
              .matcher(Files.readString(page));
      while (m.find()) {
        Properties bundle =
            switch (m.group(1)) {
              case "msg" -> spanish;
              case "ops" -> operations;
              case "inv" -> investigations;
              case "rep" -> reports;
              case "sat" -> satisfaction;
              case "acpm" -> improvement;
              case "priv" -> privacy;
              default -> admin;
            };
        if (!bundle.containsKey(m.group(2))) {
          missing.add(WEBAPP.relativize(page) + ": " + m.group(0));
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  /**
   * Users read the organisation's document codes (GO-PD-03, GO-RG-04) and the law, never the names
   * of the documents the product was modelled on: no text a user can see says "seed".
   */
  @Test
  void noTextShownToUsersCitesOurOwnSourceFiles() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/resources"), Path.of("../ejb/src/main/resources"))) {
      try (var files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
          for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (!text.startsWith("#")
                && java.util.regex.Pattern.compile("(?i)\\bseeds?\\b").matcher(text).find()) {
              found.add(root.relativize(file) + ": " + text);
            }
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  private static final java.util.regex.Pattern SEED =
      java.util.regex.Pattern.compile("(?i)\\bseeds?\\b");

  /**
   * Nor does any page (its text and attributes; comments are not shown), nor any text the code
   * hands to a screen, a PDF or the API's documentation (string literals of the main sources).
   */
  @Test
  void noPageOrStringOfTheCodeSaysSeed() throws Exception {
    List<String> found = new ArrayList<>();
    for (Path page : pages()) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      Document doc = factory.newDocumentBuilder().parse(page.toFile());
      seeds(doc.getDocumentElement(), WEBAPP.relativize(page).toString(), found);
    }
    java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../ejb/src/main/java"))) {
      try (var files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            String code = line.strip();
            if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
              continue;
            }
            var m = literal.matcher(code);
            while (m.find()) {
              if (SEED.matcher(m.group(1)).find()) {
                found.add(root.relativize(file) + ": " + m.group(0));
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theSeedCheckCatchesTheWordAndOnlyTheWord() {
    assertTrue(SEED.matcher("(seed 002, actividad 5)").find());
    assertTrue(SEED.matcher("Seeds 000").find());
    assertTrue(!SEED.matcher("GO-PD-03, actividad 5; Ley 1755 de 2015, art. 14").find());
    assertTrue(!SEED.matcher("seedling").find());
  }

  private static void seeds(Element element, String page, List<String> found) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      if (SEED.matcher(attributes.item(i).getNodeValue()).find()) {
        found.add(page + ": <" + element.getTagName() + " " + attributes.item(i) + ">");
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE && SEED.matcher(child.getNodeValue()).find()) {
        found.add(page + ": " + child.getNodeValue().strip());
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        seeds((Element) child, page, found);
      }
    }
  }

  /**
   * PrimeFaces speaks the user's language, never its English defaults in Spanish mode: every file
   * chooser names its buttons from a bundle (choose; upload and cancel in advanced mode), every
   * page with a calendar or a file chooser is an intranet page, and the intranet template loads
   * PrimeFaces' own texts for the user's language (calendar "Hoy"/"Limpiar", months and days),
   * which exist for both languages.
   */
  @Test
  void primeFacesComponentsHaveNoEnglishDefaultsInSpanishMode() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Path page : pages()) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      Document doc = factory.newDocumentBuilder().parse(page.toFile());
      String name = WEBAPP.relativize(page).toString();
      var uploads = doc.getElementsByTagNameNS("primefaces", "fileUpload");
      for (int i = 0; i < uploads.getLength(); i++) {
        Element u = (Element) uploads.item(i);
        List<String> labels = new ArrayList<>(List.of("label"));
        if (!"simple".equals(u.getAttribute("mode"))) {
          labels.addAll(List.of("uploadLabel", "cancelLabel"));
        }
        for (String label : labels) {
          String value = u.getAttribute(label);
          if (!value.matches("#\\{[a-z]+\\['[A-Za-z0-9_.]+'\\]\\}")) {
            wrong.add(name + ": p:fileUpload " + u.getAttribute("id") + " " + label + "=" + value);
          }
        }
      }
      boolean usesPrimeFacesTexts =
          uploads.getLength() > 0
              || doc.getElementsByTagNameNS("primefaces", "datePicker").getLength() > 0
              || doc.getElementsByTagNameNS("primefaces", "calendar").getLength() > 0;
      String template = doc.getDocumentElement().getAttribute("template");
      if (usesPrimeFacesTexts
          && !name.startsWith("WEB-INF")
          && !template.equals("/WEB-INF/templates/intranet.xhtml")) {
        wrong.add(name + ": a calendar or file chooser outside the intranet template");
      }
    }
    String intranet = Files.readString(WEBAPP.resolve("WEB-INF/templates/intranet.xhtml"));
    assertTrue(
        intranet.matches(
            "(?s).*<f:facet name=\"last\">\\s*(<!--.*?-->\\s*)?<h:outputScript library=\"primefaces\""
                + " name=\"locales/locale-#\\{localeSelector.language}.js\"/>.*"),
        "the intranet template loads PrimeFaces' texts in the user's language, last in <head>");
    for (String[] expected :
        List.of(
            new String[] {"es", "today: \"Hoy\"", "clear: \"Limpiar\""},
            new String[] {"en", "today: \"Today\"", "clear: \"Clear\""})) {
      try (InputStream in =
          TranslationsTest.class.getResourceAsStream(
              "/META-INF/resources/primefaces/locales/locale-" + expected[0] + ".js")) {
        assertTrue(in != null, "PrimeFaces has no texts for " + expected[0]);
        String js = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(js.contains(expected[1]) && js.contains(expected[2]), expected[0]);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void pagesHaveNoLiteralText() throws Exception {
    List<String> literals = new ArrayList<>();
    for (Path page : pages()) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      Document doc = factory.newDocumentBuilder().parse(page.toFile());
      collect(doc.getDocumentElement(), WEBAPP.relativize(page).toString(), literals);
    }
    assertEquals(List.of(), literals);
  }

  @Test
  void theLiteralTextCheckCatchesHardCodedText() {
    assertTrue(isLiteral("Bandeja de casos"));
    assertTrue(isLiteral("#{msg['a']} casos"));
    assertTrue(!isLiteral("#{msg['app.name']} · #{msg['inbox.title']}"));
    assertTrue(!isLiteral("  #{c.radicado()} "));
  }

  private static void collect(Element element, String page, List<String> literals) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
      boolean isAddress =
          "value".equals(name)
              && ("outputLink".equals(element.getLocalName())
                  || ("param".equals(element.getLocalName()) && element.hasAttribute("name")));
      if (VISIBLE.contains(name) && !isAddress && isLiteral(a.getNodeValue())) {
        literals.add(
            page
                + ": <"
                + element.getTagName()
                + " "
                + a.getNodeName()
                + "=\""
                + a.getNodeValue()
                + "\">");
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE && isLiteral(child.getNodeValue())) {
        literals.add(
            page
                + ": text \""
                + child.getNodeValue().strip()
                + "\" in <"
                + element.getTagName()
                + ">");
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        collect((Element) child, page, literals);
      }
    }
  }

  /** Text with a letter outside any EL expression is hard-coded. */
  static boolean isLiteral(String text) {
    String outsideEl = text.replaceAll("[#$]\\{[^}]*}", "");
    return outsideEl.codePoints().anyMatch(Character::isLetter);
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
  }

  private static void assertSameKeys(String base) throws IOException {
    Set<String> spanish = new TreeSet<>(load(base + ".properties").stringPropertyNames());
    Set<String> english = new TreeSet<>(load(base + "_en.properties").stringPropertyNames());
    Set<String> onlySpanish = new TreeSet<>(spanish);
    onlySpanish.removeAll(english);
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(spanish);
    assertEquals(Set.of(), onlySpanish, "keys missing in " + base + "_en");
    assertEquals(Set.of(), onlyEnglish, "keys missing in " + base + " (Spanish)");
    assertTrue(!spanish.isEmpty(), "bundle " + base + " looks empty");
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing bundle " + resource);
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
