package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The reports to management as deployed (issue #12): the indicators API, a report generated on
 * demand and downloaded as PDF and XLSX, the mail of a report with both files, the reports screen,
 * and the refusals of roles without access.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.product();
  }

  @BeforeEach
  void people() throws Exception {
    Api api = api();
    api.area("Operaciones", "lider.op");
    api.user("gerente", "Gabriel Gerente", "gerencia", null, false);
    api.user("ana.op", "Ana Operaciones", "responsable", "Operaciones", false);
  }

  private static String today() {
    return LocalDate.now(BOGOTA).toString();
  }

  @Test
  void managementReadsTheIndicatorsOfAPeriodAndANewCaseCounts() throws Exception {
    String path = "api/indicadores?desde=" + today() + "&hasta=" + today();
    HttpResponse<String> before = api().get(path, "gerente");
    assertEquals(200, before.statusCode(), before.body());
    long received = Api.json(before.body()).getJsonNumber("recibidos").longValue();

    api()
        .radicado(
            """
            {"tipo":"queja","nombres":"Sandra Vélez","correo":"sandra.velez@example.com",
             "sede":"Bogotá","asunto":"Guarda sin dotación","descripcion":"No tenía radio."}
            """);

    JsonObject after = Api.json(api().get(path, "gerente").body());
    assertEquals(received + 1, after.getJsonNumber("recibidos").longValue());
    for (String key :
        List.of(
            "recibidos",
            "respondidos",
            "respondidosEnTermino",
            "porcentajeEnTermino",
            "diasHabilesPromedio",
            "diasHabilesMediana",
            "porcentajePrimerNivel",
            "indiceSatisfaccion",
            "vencidosAbiertos")) {
      assertTrue(after.containsKey(key), key);
    }
    for (String key : List.of("porTipo", "porCanal", "porProceso", "porSede", "porNivel")) {
      assertTrue(after.containsKey(key), key);
    }
    assertTrue(
        after.getJsonObject("porTipo").getJsonObject("QUEJA").getJsonNumber("recibidos").longValue()
            >= 1);
  }

  @Test
  void badDatesAreRefusedInSpanishPerField() throws Exception {
    HttpResponse<String> bad = api().get("api/indicadores?desde=2026-13-01", "gerente");
    assertEquals(400, bad.statusCode(), bad.body());
    JsonObject body = Api.json(bad.body());
    assertEquals("La solicitud tiene datos inválidos.", body.getString("mensaje"));
    assertEquals("desde", body.getJsonArray("errores").getJsonObject(0).getString("campo"));
    assertEquals("hasta", body.getJsonArray("errores").getJsonObject(1).getString("campo"));
    assertTrue(
        body.getJsonArray("errores").getJsonObject(1).getString("mensaje").contains("obligatorio"));

    HttpResponse<String> period =
        post("gerente", "{\"tipo\":\"trimestral\",\"periodo\":\"2026-T5\"}");
    assertEquals(400, period.statusCode(), period.body());
    assertEquals(
        "periodo",
        Api.json(period.body()).getJsonArray("errores").getJsonObject(0).getString("campo"));
  }

  @Test
  void aResponsableIsRefusedTheIndicatorsTheReportsAndTheScreen() throws Exception {
    assertEquals(
        403,
        api().get("api/indicadores?desde=" + today() + "&hasta=" + today(), "ana.op").statusCode());
    assertEquals(403, api().get("api/informes", "ana.op").statusCode());
    assertEquals(
        403, post("ana.op", "{\"tipo\":\"mensual\",\"periodo\":\"2026-11\"}").statusCode());
    assertEquals(403, api().get("informes.xhtml", "ana.op").statusCode());
  }

  @Test
  void managementGeneratesAQuarterlyReportAndDownloadsBothFiles() throws Exception {
    LocalDate now = LocalDate.now(BOGOTA);
    String quarter = now.getYear() + "-T" + ((now.getMonthValue() - 1) / 3 + 1);
    HttpResponse<String> created =
        post("gerente", "{\"tipo\":\"trimestral\",\"periodo\":\"" + quarter + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    JsonObject report = Api.json(created.body());
    assertTrue(location.endsWith("/api/informes/" + report.getJsonNumber("id")), location);
    assertEquals(quarter, report.getString("periodo"));
    assertTrue(report.isNull("enviado"), "not mailed unless asked");

    HttpResponse<byte[]> pdf = bytes("api/informes/" + report.getJsonNumber("id") + "/pdf");
    assertEquals(200, pdf.statusCode());
    assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf.body(), 4));
    HttpResponse<byte[]> xlsx = bytes("api/informes/" + report.getJsonNumber("id") + "/xlsx");
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertNotNull(wb.getSheet("Indicadores"));
      assertNotNull(wb.getSheet("Casos del período"));
    }

    HttpResponse<String> list = api().get("api/informes", "gerente");
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains("\"periodo\":\"" + quarter + "\""), list.body());
  }

  @Test
  void aReportAskedToBeMailedArrivesOnceWithItsPdfAndXlsx() throws Exception {
    HttpResponse<String> created =
        post("gerente", "{\"tipo\":\"semestral\",\"periodo\":\"2026-S1\",\"enviar\":true}");
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(
        Api.json(created.body()).getString("destinatarios").contains("gerente@empresa.example"));

    MimeMessage mail =
        Awaitility.await()
            .atMost(Duration.ofSeconds(90))
            .until(() -> mails("2026-S1"), l -> !l.isEmpty())
            .get(0);
    Multipart parts = (Multipart) mail.getContent();
    assertEquals(3, parts.getCount());
    assertEquals(Part.ATTACHMENT, parts.getBodyPart(1).getDisposition());
    assertEquals("informe-semestral-2026-S1.pdf", parts.getBodyPart(1).getFileName());
    assertEquals("informe-semestral-2026-S1.xlsx", parts.getBodyPart(2).getFileName());
    // the outbox sends every 20 s: a later round sends it no second time
    Awaitility.await()
        .pollDelay(Duration.ofSeconds(25))
        .atMost(Duration.ofSeconds(40))
        .until(() -> mails("2026-S1").size() == 1);
  }

  @Test
  void theReportsScreenOpensForManagement() throws Exception {
    HttpResponse<String> page = api().get("informes.xhtml", "gerente");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Informes a la Gerencia"), page.body());
  }

  @Test
  void onlyTheAdministratorChangesTheScheduleWhichReplacesTheConfigurationUntilReset()
      throws Exception {
    try {
      JsonObject configured = Api.json(api().get("api/informes/programacion", "gerente").body());
      assertEquals("configuracion", configured.getString("origen"));

      String body =
          "{\"destinatarios\":[\"junta.reportsit@empresa.example\"],\"hora\":9,"
              + "\"mesesAtras\":6}";
      assertEquals(403, schedule("gerente", "PUT", body).statusCode());
      HttpResponse<String> bad =
          schedule(ItEnvironment.ADMIN, "PUT", "{\"destinatarios\":[\"junta@\"],\"hora\":9}");
      assertEquals(400, bad.statusCode(), bad.body());
      assertTrue(bad.body().contains("destinatarios"), bad.body());
      assertTrue(bad.body().contains("no es un correo válido"), bad.body());
      assertEquals(400, schedule(ItEnvironment.ADMIN, "PUT", "{\"hora\":24}").statusCode());

      HttpResponse<String> saved = schedule(ItEnvironment.ADMIN, "PUT", body);
      assertEquals(200, saved.statusCode(), saved.body());
      JsonObject now = Api.json(api().get("api/informes/programacion", "gerente").body());
      assertEquals("administrador", now.getString("origen"));
      assertEquals(ItEnvironment.ADMIN, now.getString("cambiadoPor"));
      assertEquals(9, now.getInt("hora"));
      assertEquals(6, now.getInt("mesesAtras"));
      assertEquals(
          "junta.reportsit@empresa.example", now.getJsonArray("destinatarios").getString(0));

      // the next mailed report goes to the administrator's recipients
      HttpResponse<String> created =
          post("gerente", "{\"tipo\":\"mensual\",\"periodo\":\"2025-01\",\"enviar\":true}");
      assertEquals(201, created.statusCode(), created.body());
      assertTrue(
          Api.json(created.body()).getString("destinatarios").contains("junta.reportsit@"),
          created.body());

      assertEquals(403, schedule("gerente", "DELETE", null).statusCode());
      assertEquals(200, schedule(ItEnvironment.ADMIN, "DELETE", null).statusCode());
      assertEquals(
          "configuracion",
          Api.json(api().get("api/informes/programacion", "gerente").body()).getString("origen"));
    } finally {
      schedule(ItEnvironment.ADMIN, "DELETE", null);
    }
  }

  /**
   * In a real browser: management opens the screen, generates a report and downloads both files;
   * the administrator changes the schedule on the same screen.
   */
  @Test
  void managementDownloadsBothFilesFromTheScreenAndTheAdministratorSetsTheSchedule()
      throws Exception {
    api()
        .radicado(
            """
            {"tipo":"reclamo","nombres":"Óscar Reportes","correo":"oscar.reportesit@example.com",
             "sede":"Cali","asunto":"Factura con recargo","descripcion":"Cobro doble del mes."}
            """);
    Path downloads = Files.createTempDirectory("informes");
    ChromeDriver browser = Browser.start(downloads);
    URI root = base.toURI();
    try {
      Browser.login(browser, root, "gerente", Api.PASSWORD);
      browser.get(root.resolve("informes.xhtml").toString());
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reports:generate")));
      assertTrue(browser.findElements(By.id("reports:scheduleSave")).isEmpty(), "not for gerencia");
      // the quarter under way, which has this case at least: its charts are drawn
      LocalDate today = LocalDate.now(BOGOTA);
      String code = today.getYear() + "-T" + ((today.getMonthValue() - 1) / 3 + 1);
      WebElement period = browser.findElement(By.id("reports:code"));
      period.clear();
      period.sendKeys(code);
      browser.findElement(By.id("reports:show")).click();
      wait.until(
          d ->
              d.findElements(By.cssSelector(".vt-rep-charts canvas")).size() >= 3
                  && d.findElement(By.id("reports:indicators")).getText().contains(code));
      browser.findElement(By.id("reports:generate")).click();
      By pdfLink = By.cssSelector("#reports\\:runs a[href$='/pdf']");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reports:runs"), code));
      String pdfHref = browser.findElements(pdfLink).get(0).getAttribute("href");
      String id = pdfHref.replaceAll(".*/api/informes/(\\d+)/pdf$", "$1");
      browser.findElements(pdfLink).get(0).click();
      browser.findElements(By.cssSelector("#reports\\:runs a[href$='/xlsx']")).get(0).click();
      Path pdf = downloads.resolve("informe-trimestral-" + code + ".pdf");
      Path xlsx = downloads.resolve("informe-trimestral-" + code + ".xlsx");
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> Files.isRegularFile(pdf) && Files.isRegularFile(xlsx));
      assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(Files.readAllBytes(pdf), 4));
      try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
        assertTrue(book.getNumberOfSheets() > 1);
      }
      assertTrue(id.matches("\\d+"), pdfHref);
      browser.get(root.toString());
      Browser.logout(browser);

      Browser.login(browser, root, ItEnvironment.ADMIN, ItEnvironment.adminPassword());
      browser.get(root.resolve("informes.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reports:scheduleSave")));
      WebElement recipients = browser.findElement(By.id("reports:scheduleRecipients"));
      recipients.clear();
      recipients.sendKeys("comite.directivo.reportsit@empresa.example");
      browser.findElement(By.id("reports:scheduleSave")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("reports"), "Fijados por el administrador admin"));
      assertTrue(
          browser
              .findElement(By.id("reports"))
              .getText()
              .contains("comite.directivo.reportsit@empresa.example"));
      browser.findElement(By.id("reports:scheduleReset")).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reports:scheduleReset")));
      assertEquals(
          "configuracion",
          Api.json(api().get("api/informes/programacion", "gerente").body()).getString("origen"));
    } catch (RuntimeException | AssertionError e) {
      Browser.screenshot(browser, "reports-failed.png");
      throw e;
    } finally {
      browser.quit();
      schedule(ItEnvironment.ADMIN, "DELETE", null);
    }
  }

  private HttpResponse<String> schedule(String user, String method, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api().url("api/informes/programacion"))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    return api().send(Api.as(user, request));
  }

  private List<MimeMessage> mails(String period) {
    return Arrays.stream(ItEnvironment.mail().getReceivedMessagesForDomain("empresa.example"))
        .filter(
            m -> {
              try {
                return m.getSubject().contains(period)
                    && m.getAllRecipients()[0].toString().equals("gerente@empresa.example");
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  private HttpResponse<String> post(String user, String json) throws Exception {
    return api()
        .send(
            Api.as(
                user,
                HttpRequest.newBuilder(api().url("api/informes"))
                    .timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))));
  }

  private HttpResponse<byte[]> bytes(String path) throws Exception {
    return Api.HTTP.send(
        Api.as("gerente", HttpRequest.newBuilder(api().url(path)).GET()).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
