package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Satisfaction as deployed (issue #14): the petitioner rates the answer from the link of the answer
 * mail without logging in, changes it within the window, is refused a tampered, expired or closed
 * link with nothing recorded, and gets one reminder; the semiannual survey campaign.
 */
@ExtendWith(ArquillianExtension.class)
class SatisfactionIT {

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.product().addClass(SatisfactionProbe.class);
  }

  @BeforeEach
  void people() throws Exception {
    Api api = api();
    api.area("Operaciones", "lider.op");
    api.user("ana.op", "Ana Operaciones", "responsable", "Operaciones", false);
    api.user("sig", "Sofía SIG", "sig", null, false);
    api.user("gerente", "Gabriel Gerente", "gerencia", null, false);
  }

  @Test
  void theAnswerMailsBuenaLinkRatesTheCaseWithoutLoginAndATamperedLinkIsRefused() throws Exception {
    JsonObject receipt =
        api()
            .file(
                """
                {"tipo":"queja","nombres":"Paula Restrepo","correo":"paula.restrepo@example.com",
                 "sede":"Cali","asunto":"Guarda sin carné en portería",
                 "descripcion":"El guarda de la noche no portaba carné."}
                """);
    String radicado = receipt.getString("radicado");
    answer(radicado);

    MimeMessage mail = awaitMail("paula.restrepo@example.com", radicado, "respuesta");
    String body = String.valueOf(mail.getContent());
    assertTrue(body.contains("funcionan hasta el"), "the mail says how long: " + body);
    Matcher link = Pattern.compile("4 — Buena: (\\S+)").matcher(body);
    assertTrue(link.find(), body);
    String url = link.group(1);
    assertFalse(url.contains("paula") || url.contains(radicado), "no personal data: " + url);
    String path = url.substring(url.indexOf("calificar"));

    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get(api().url(path).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rating:confirm")));
      assertTrue(browser.findElement(By.id("rating:score:1")).isSelected(), "4 is chosen");
      click(browser, "rating:accepted:0");
      browser.findElement(By.id("rating:confirm")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gracias")));
      assertTrue(browser.findElement(By.id("gracias")).getText().contains("4 — Buena"));
      Browser.screenshot(browser, "calificar-gracias.png");
      JsonObject rated = rating(radicado);
      assertEquals(4, rated.getInt("caseScore"));
      assertEquals("true", rated.getString("accepted"));

      // 2 without a comment is refused and changes nothing; with one, it replaces the 4
      browser.get(api().url(path.replace("puntaje=4", "puntaje=2")).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rating:confirm")));
      browser.findElement(By.id("rating:comment")).clear();
      browser.findElement(By.id("rating:confirm")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("rating:messages"), "escriba un comentario"));
      assertEquals(4, rating(radicado).getInt("caseScore"));
      browser.findElement(By.id("rating:comment")).sendKeys("Tardaron en responder.");
      browser.findElement(By.id("rating:confirm")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gracias")));
      JsonObject changed = rating(radicado);
      assertEquals(2, changed.getInt("caseScore"));
      assertEquals("Tardaron en responder.", changed.getString("comment"));
      assertEquals(1, changed.getInt("changes"));

      // a tampered token: a clear Spanish page, nothing recorded
      int at = path.indexOf("token=") + 10;
      char c = path.charAt(at);
      String tampered = path.substring(0, at) + (c == 'x' ? 'y' : 'x') + path.substring(at + 1);
      browser.get(api().url(tampered.replace("puntaje=2", "puntaje=5")).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motivo")));
      assertTrue(browser.findElement(By.id("motivo")).getText().contains("no es válido"));
      assertTrue(browser.findElements(By.id("rating:confirm")).isEmpty());
      Browser.screenshot(browser, "calificar-alterado.png");

      // an expired one
      String expired = api().admin("api/test-probe/satisfaction/expired/" + radicado).body();
      browser.get(api().url("calificar?token=" + expired + "&puntaje=5").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motivo")));
      assertTrue(browser.findElement(By.id("motivo")).getText().contains("venció"));

      // the public status page carries the same five links
      browser.get(
          api()
              .url("consulta.xhtml?radicado=" + radicado + "&codigo=" + receipt.getString("codigo"))
              .toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calificar")));
      assertEquals(5, browser.findElements(By.cssSelector("#calificar li a")).size());

      // staff see the rating on the case
      Browser.login(browser, api().url(""), "sig", Api.PASSWORD);
      browser.get(api().url("casos/caso.xhtml?radicado=" + radicado).toString());
      wait.until(ExpectedConditions.textToBe(By.id("ws:radicado"), radicado));
      String page = browser.findElement(By.tagName("body")).getText();
      assertTrue(page.contains("Mala") && page.contains("Tardaron en responder."), page);

      // once the change window passed, the same link is refused and nothing changes
      api().form("api/test-probe/satisfaction/age", "radicado=" + radicado + "&days=30");
      browser.get(api().url(path).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motivo")));
      assertTrue(browser.findElement(By.id("motivo")).getText().contains("ya fue calificada"));
      assertEquals(2, rating(radicado).getInt("caseScore"));
    } finally {
      browser.quit();
    }

    // the management report of the quarter carries the ratings by link
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Bogota"));
    String quarter = today.getYear() + "-T" + ((today.getMonthValue() - 1) / 3 + 1);
    var created =
        api()
            .send(
                Api.as(
                    "gerente",
                    java.net.http.HttpRequest.newBuilder(api().url("api/informes"))
                        .timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/json")
                        .POST(
                            java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"tipo\":\"trimestral\",\"periodo\":\"" + quarter + "\"}"))));
    assertEquals(201, created.statusCode(), created.body());
    var xlsx =
        Api.HTTP.send(
            Api.as(
                    "gerente",
                    java.net.http.HttpRequest.newBuilder(
                        api()
                            .url(
                                "api/informes/"
                                    + Api.json(created.body()).getJsonNumber("id")
                                    + "/xlsx")))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.body()))) {
      var sheet = wb.getSheet("Calificación por enlace");
      assertTrue(sheet != null, "the satisfaction section is in the report");
      String all =
          new org.apache.poi.ss.usermodel.DataFormatter()
              .formatCellValue(
                  sheet.getRow(findRow(sheet, "Calificaciones por enlace")).getCell(1));
      assertTrue(Double.parseDouble(all.replace(',', '.')) >= 1, all);
    }
  }

  private static int findRow(org.apache.poi.ss.usermodel.Sheet sheet, String label) {
    for (org.apache.poi.ss.usermodel.Row row : sheet) {
      if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) {
        return row.getRowNum();
      }
    }
    throw new AssertionError(label + " not in " + sheet.getSheetName());
  }

  @Test
  void anAnswerWithoutRatingGetsOneReminderAndARatedOneNone() throws Exception {
    String quiet =
        api()
            .radicado(
                """
                {"tipo":"peticion","nombres":"Julián Mora","correo":"julian.mora@example.com",
                 "asunto":"Certificado de servicio","descripcion":"Pido un certificado."}
                """);
    answer(quiet);
    assertEquals("0", api().admin("api/test-probe/satisfaction/reminders/" + quiet).body());
    api().form("api/test-probe/satisfaction/age", "radicado=" + quiet + "&days=6");
    api().form("api/test-probe/satisfaction/timer", "");
    api().form("api/test-probe/satisfaction/timer", "");
    assertEquals("1", api().admin("api/test-probe/satisfaction/reminders/" + quiet).body());
    assertTrue(rating(quiet).getBoolean("reminded"));
    MimeMessage reminder = awaitMail("julian.mora@example.com", quiet, "cómo le pareció");
    assertTrue(String.valueOf(reminder.getContent()).contains("5 — Excelente: "));
  }

  @Test
  void inJuneOneCampaignOpensEveryContactGetsOneMailAndTheLinkAnswersAreTabulated()
      throws Exception {
    // SIG imports the contacts on the contacts screen: good rows kept, the bad one reported
    java.nio.file.Path csv =
        java.nio.file.Files.createTempDirectory("contactos").resolve("contactos.csv");
    java.nio.file.Files.writeString(
        csv,
        "empresa;contacto;correo;telefono;sede;contrato\n"
            + "Conjunto Alameda;Lucía Gómez;lucia@alameda.example;3001112233;Bogotá;C-101\n"
            + "Conjunto Alameda;Mario Ruiz;mario@alameda.example;;Bogotá;C-101\n"
            + "Bodegas Acopi;Sonia Paz;sonia@acopi.example;;Cali;C-202\n"
            + "Clínica Norte;Iván Ríos;ivan@norte.example;3157778899;Cali;C-303\n"
            + ";Sin Empresa;nadie@x.example;;Cali;\n");
    ChromeDriver staff = Browser.start();
    WebDriverWait staffWait = new WebDriverWait(staff, Duration.ofSeconds(30));
    try {
      Browser.login(staff, api().url(""), "sig", Api.PASSWORD);
      staff.get(api().url("encuestas/contactos.xhtml").toString());
      By file = By.cssSelector("#contacts\\:archivo input[type=file]");
      staffWait.until(ExpectedConditions.presenceOfElementLocated(file));
      staff.findElement(file).sendKeys(csv.toString());
      staffWait.until(ExpectedConditions.presenceOfElementLocated(By.id("contacts:report")));
      String report = staff.findElement(By.id("contacts:report")).getText();
      assertTrue(report.contains("rechazado") && report.contains("Falta la empresa."), report);
      assertTrue(
          staff.findElement(By.id("contacts:messages")).getText().contains("4 creados"),
          staff.findElement(By.id("contacts:messages")).getText());
      assertEquals(4, staff.findElements(By.cssSelector("[id='contacts:list_data'] tr")).size());
      Browser.screenshot(staff, "encuestas-contactos.png");
    } catch (RuntimeException | Error e) {
      staff.quit();
      throw e;
    }

    String opened = timer("2027-06-01T08:00:00");
    assertFalse(opened.equals("none"), "a campaign opens in June");
    assertEquals("none", timer("2027-06-01T09:00:00"), "once per period");

    List<String> contacts =
        List.of(
            "lucia@alameda.example",
            "mario@alameda.example",
            "sonia@acopi.example",
            "ivan@norte.example");
    java.util.Map<String, String> links = new java.util.HashMap<>();
    for (String to : contacts) {
      MimeMessage m = awaitMail(to, "2027-S1", "Encuesta");
      Matcher link =
          Pattern.compile("(encuesta\\.xhtml\\?token=\\S+)")
              .matcher(String.valueOf(m.getContent()));
      assertTrue(link.find());
      links.put(to, link.group(1));
    }
    for (String to : contacts) {
      assertEquals(1, mails(to, "Encuesta de satisfacción del cliente 2027-S1").size(), to);
    }
    // the answers (questions of version 1: scale, scale, yes/no, scale, scale, 0-10, text)
    int[][] given = {
      {5, 4, 1, 4, 5, 10}, {3, 3, 0, 2, 3, 6}, {4, 4, 1, 5, 4, 9}, {2, 3, 0, 3, 2, 5}
    };
    ChromeDriver browser = Browser.start();
    try {
      answer(browser, links.get("lucia@alameda.example"), given[0], "Todo bien.");
      // Mario answers twice: the second replaces the first
      answer(browser, links.get("mario@alameda.example"), new int[] {2, 2, 0, 1, 2, 3}, "");
      answer(browser, links.get("mario@alameda.example"), given[1], "Más rondas.");
      answer(browser, links.get("sonia@acopi.example"), given[2], "");
      Browser.screenshot(browser, "encuesta-gracias.png");
    } finally {
      browser.quit();
    }

    // the reminder goes once, to the one who did not answer
    timer("2027-06-15T08:00:00");
    timer("2027-06-15T09:00:00");
    awaitMail("ivan@norte.example", "2027-S1", "Recordatorio");
    assertEquals(0, mails("lucia@alameda.example", "Recordatorio").size());

    try {
      // the questionnaire in use is frozen: SIG's change makes version 2
      staff.get(api().url("encuestas/cuestionario.xhtml").toString());
      staffWait.until(ExpectedConditions.presenceOfElementLocated(By.id("frozen")));
      assertTrue(staff.findElement(By.id("frozen")).getText().contains("no cambia"));
      staff.findElement(By.id("questionnaire:text")).sendKeys("¿Algo más que quiera contarnos?");
      staff.findElement(By.id("questionnaire:addQuestion")).click();
      staffWait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Versión 2"));
      assertTrue(staff.findElement(By.tagName("main")).getText().contains("¿Algo más que"));
      Browser.screenshot(staff, "encuestas-cuestionario.png");

      // Iván answers by phone: SIG enters it on the campaign's questionnaire (version 1)
      staff.get(api().url("encuestas/campanas.xhtml").toString());
      staffWait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaigns:list")));
      staff.findElement(By.linkText("2027-S1")).click();
      staffWait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "2027-S1"));
      Browser.screenshot(staff, "encuestas-resultados.png");
      WebElement ivan =
          staff.findElements(By.cssSelector("[id='campaigns:invitations_data'] tr")).stream()
              .filter(r -> r.getText().contains("Iván Ríos"))
              .findFirst()
              .orElseThrow();
      ivan.findElement(By.linkText("Registrar respuesta telefónica o de visita")).click();
      staffWait.until(ExpectedConditions.presenceOfElementLocated(By.id("entry:save")));
      fill(staff, given[3], "Que el supervisor llame más.");
      staff.findElement(By.id("entry:save")).click();
      staffWait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("entry:messages"), "Respuestas guardadas"));
      staff.get(api().url("encuestas/respuesta.xhtml?invitacion=999999").toString());
      staffWait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("pageMessages"), "No existe esa invitación"));
    } finally {
      staff.quit();
    }

    JsonObject campaign =
        Api.json(api().get("api/encuestas", "sig").body()).getJsonArray("encuestas").stream()
            .map(v -> v.asJsonObject())
            .filter(c -> c.getString("periodo").equals("2027-S1"))
            .findFirst()
            .orElseThrow();
    assertEquals(4, campaign.getInt("invitados"));
    assertEquals(4, campaign.getInt("respuestas"));
    assertEquals(100.0, campaign.getJsonNumber("tasaRespuesta").doubleValue(), 1e-9);

    JsonObject results =
        Api.json(
            api().get("api/encuestas/" + campaign.getInt("id") + "/resultados", "gerente").body());
    // an independent computation over what the test answered
    double[] means = new double[6];
    for (int[] g : given) {
      for (int q = 0; q < 6; q++) {
        means[q] += g[q] / (double) given.length;
      }
    }
    long promoters = Arrays.stream(given).filter(g -> g[5] >= 9).count();
    long detractors = Arrays.stream(given).filter(g -> g[5] <= 6).count();
    double nps = 100.0 * (promoters - detractors) / given.length;
    var questions = results.getJsonArray("preguntas");
    for (int q : new int[] {0, 1, 3, 4}) {
      assertEquals(
          means[q],
          questions.getJsonObject(q).getJsonNumber("promedio").doubleValue(),
          1e-9,
          "mean of question " + (q + 1));
    }
    assertEquals(
        means[2] * 100,
        questions.getJsonObject(2).getJsonNumber("porcentajeSi").doubleValue(),
        1e-9);
    assertEquals(nps, questions.getJsonObject(5).getJsonNumber("nps").doubleValue(), 1e-9);
    assertEquals(nps, results.getJsonObject("campana").getJsonNumber("nps").doubleValue(), 1e-9);
    double scale = 0;
    for (int[] g : given) {
      scale += (g[0] + g[1] + g[3] + g[4]) / (4.0 * given.length);
    }
    assertEquals(
        scale, results.getJsonObject("campana").getJsonNumber("promedio").doubleValue(), 1e-9);
    JsonObject cali =
        results.getJsonArray("sedes").stream()
            .map(v -> v.asJsonObject())
            .filter(a -> a.getString("nombre").equals("Cali"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, cali.getInt("invitados"));
    assertEquals(2, cali.getInt("respuestas"));
    assertEquals(0.0, cali.getJsonNumber("nps").doubleValue(), 1e-9); // one 9, one 5
    assertTrue(results.getJsonArray("comentarios").toString().contains("Más rondas."));
    assertTrue(
        results.getJsonArray("comentarios").toString().contains("Que el supervisor llame más."));

    // the window ends: the campaign closes, its results go to the process leaders
    timer("2027-08-01T08:00:00");
    MimeMessage results2 = awaitMail("lider.op@empresa.example", "2027-S1", "Resultados");
    jakarta.mail.Multipart parts = (jakarta.mail.Multipart) results2.getContent();
    assertEquals(3, parts.getCount());
    assertEquals("encuesta-2027-S1.xlsx", parts.getBodyPart(2).getFileName());
    ChromeDriver late = Browser.start();
    try {
      late.get(api().url(links.get("lucia@alameda.example")).toString());
      new WebDriverWait(late, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("motivo")));
      assertTrue(late.findElement(By.id("motivo")).getText().contains("ya no recibe"));
    } finally {
      late.quit();
    }
  }

  private void answer(ChromeDriver browser, String link, int[] scores, String comment) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(api().url(link).toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey:send")));
    fill(browser, scores, comment);
    browser.findElement(By.id("survey:send")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gracias")));
  }

  /** Answers the questionnaire on the page: six scores (version 1's order) and the comment. */
  private static void fill(ChromeDriver browser, int[] scores, String comment) {
    List<WebElement> questions = browser.findElements(By.cssSelector(".vt-question"));
    assertEquals(7, questions.size());
    for (int q = 0; q < 6; q++) {
      WebElement radio =
          questions.get(q).findElement(By.cssSelector("input[value='" + scores[q] + "']"));
      browser.executeScript("arguments[0].click();", radio);
    }
    WebElement text = questions.get(6).findElement(By.tagName("textarea"));
    text.clear();
    text.sendKeys(comment);
  }

  private String timer(String at) throws Exception {
    return api().form("api/test-probe/satisfaction/survey-timer", "at=" + at);
  }

  private static List<MimeMessage> mails(String to, String subjectPart) {
    return Arrays.stream(ItEnvironment.mail().getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(to)
                    && m.getSubject().contains(subjectPart);
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  private void answer(String radicado) throws Exception {
    api()
        .form(
            "api/test-probe/satisfaction/answer",
            "radicado="
                + Api.enc(radicado)
                + "&text="
                + Api.enc("Revisamos su caso y lo resolvimos."));
  }

  private JsonObject rating(String radicado) throws Exception {
    return Api.json(api().admin("api/test-probe/satisfaction/rating/" + radicado).body());
  }

  private static void click(ChromeDriver browser, String id) {
    WebElement input = browser.findElement(By.id(id));
    browser.executeScript("arguments[0].click();", input);
  }

  private static MimeMessage awaitMail(String to, String radicado, String subjectPart) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                Arrays.stream(ItEnvironment.mail().getReceivedMessages())
                    .filter(
                        m -> {
                          try {
                            return m.getAllRecipients()[0].toString().equals(to)
                                && m.getSubject().contains(radicado)
                                && m.getSubject().contains(subjectPart);
                          } catch (jakarta.mail.MessagingException e) {
                            return false;
                          }
                        })
                    .findFirst()
                    .orElse(null),
            java.util.Objects::nonNull);
  }
}
