package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The product as deployed: the real ROOT.war on a managed Payara Micro against this run's MariaDB,
 * started once for the whole suite. Every test talks to it from outside (HTTP, a real browser);
 * what was stored is read back through the EJBs by the test-only {@link CaseProbe}.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

  private static final HttpClient HTTP = Api.HTTP;

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  /** The suite's people (created once, idempotent): two areas and one account per role. */
  private void people() throws Exception {
    Api api = api();
    api.area("Operaciones", "lider.op");
    api.area("Talento Humano", "lider.th");
    api.user("recepcion", "Rosa Recepción", "recepcion", null, false);
    api.user("ana.op", "Ana Operaciones", "responsable", "Operaciones", false);
    api.user("lider.op", "Carlos Líder Operaciones", "lider", null, false);
    api.user("luis.th", "Luis Talento Humano", "responsable", "Talento Humano", false);
    api.user("lider.th", "Lina Líder Talento", "lider", null, false);
    api.user("sig", "Sofía SIG", "sig", null, false);
    api.user("oficial", "Oscar Oficial de Ética", "sig", null, true);
    api.user("gerente", "Gabriel Gerente", "gerencia", null, false);
  }

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.product();
  }

  @Test
  void readinessReportsDatabaseAndCamelUp() throws Exception {
    HttpResponse<String> health = get("health/ready");

    assertEquals(200, health.statusCode(), health.body());
    JsonObject body = json(health.body());
    assertEquals("UP", body.getString("status"));
    List<String> up =
        body.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> "UP".equals(c.getString("status")))
            .map(c -> c.getString("name"))
            .collect(Collectors.toList());
    assertTrue(up.containsAll(List.of("database", "camel")), up.toString());
  }

  @Test
  void postedPqrsIsFiledThroughCamelAndReadBackThroughTheEjb() throws Exception {
    HttpResponse<String> created =
        postJson(
            "api/pqrs",
            """
            {"tipo":"queja","nombres":"Ana Lucía Gómez","correo":"ana.gomez@example.com",
             "telefono":"3104567890","sede":"Medellín",
             "asunto":"Guarda ausente en la portería norte",
             "descripcion":"El sábado entre las 2 y las 4 a. m. no había guarda en la portería."}
            """);

    assertEquals(201, created.statusCode(), created.body());
    String radicado = json(created.body()).getString("radicado");
    assertTrue(radicado.matches("\\d{4}-\\d{6}"), radicado);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/api/pqrs/" + radicado), location);

    JsonObject stored = json(api().admin("api/test-probe/cases/" + radicado).body());
    assertEquals("QUEJA", stored.getString("type"));
    assertEquals("WEB", stored.getString("channel"));
    assertEquals("RADICADO", stored.getString("state"));
    assertEquals("Ana Lucía Gómez", stored.getString("names"));
    assertEquals("Guarda ausente en la portería norte", stored.getString("subject"));
    assertEquals(1, stored.getInt("history"));
  }

  @Test
  void filedCaseGetsItsLegalDueDateInBusinessDays() throws Exception {
    JsonObject receipt =
        filed(
            """
                    {"tipo":"consulta","nombres":"Marta Díaz","correo":"marta@example.com",
                     "asunto":"Alcance del contrato","descripcion":"¿El contrato cubre escoltas?"}
                    """);
    java.time.LocalDate received =
        java.time.OffsetDateTime.parse(receipt.getString("recibido")).toLocalDate();

    HttpResponse<String> expected =
        get("api/calendario/vencimiento?desde=" + received + "&dias=30");

    assertEquals(json(expected.body()).getString("vence"), receipt.getString("vence"));
  }

  @Test
  void calendarAnswersHolidaysAndTheWorkedExample() throws Exception {
    HttpResponse<String> holidays = get("api/calendario/festivos?anio=2025");
    HttpResponse<String> due10 = get("api/calendario/vencimiento?desde=2026-03-17&dias=10");
    HttpResponse<String> due15 = get("api/calendario/vencimiento?desde=2026-03-17&dias=15");
    HttpResponse<String> due30 = get("api/calendario/vencimiento?desde=2026-03-17&dias=30");
    HttpResponse<String> bad = get("api/calendario/vencimiento?desde=17/03/2026&dias=x");

    assertEquals(200, holidays.statusCode(), holidays.body());
    List<String> dates =
        json(holidays.body()).getJsonArray("festivos").getValuesAs(JsonObject.class).stream()
            .map(h -> h.getString("fecha"))
            .collect(Collectors.toList());
    assertEquals(18, dates.size(), dates.toString()); // 18 holidays, two of them on 2025-06-30
    assertEquals(2, dates.stream().filter("2025-06-30"::equals).count());
    assertEquals("{\"vence\":\"2026-04-01\"}", due10.body());
    assertEquals("{\"vence\":\"2026-04-10\"}", due15.body());
    assertEquals("{\"vence\":\"2026-05-04\"}", due30.body());
    assertEquals(400, bad.statusCode());
    assertTrue(
        bad.body().contains("\"campo\":\"desde\"") && bad.body().contains("\"campo\":\"dias\""),
        bad.body());
  }

  @Test
  void theApiTakesConsentAndBase64AttachmentsCheckedByContent() throws Exception {
    String pdf =
        java.util.Base64.getEncoder()
            .encodeToString(
                "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String program =
        java.util.Base64.getEncoder()
            .encodeToString(new byte[] {0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0});

    HttpResponse<String> accepted =
        postJson(
            "api/pqrs",
            "{\"tipo\":\"reclamo\",\"nombres\":\"Oscar Díaz\",\"correo\":\"oscar@example.com\","
                + "\"asunto\":\"Factura\",\"descripcion\":\"Adjunto la factura.\",\"autoriza_datos\":true,"
                + "\"adjuntos\":[{\"nombre\":\"factura.pdf\",\"contenido\":\""
                + pdf
                + "\"}]}");
    HttpResponse<String> refused =
        postJson(
            "api/pqrs",
            "{\"tipo\":\"reclamo\",\"nombres\":\"Oscar Díaz\",\"correo\":\"oscar@example.com\","
                + "\"asunto\":\"Factura\",\"descripcion\":\"Adjunto la factura.\","
                + "\"adjuntos\":[{\"nombre\":\"foto.jpg\",\"contenido\":\""
                + program
                + "\"}]}");

    assertEquals(201, accepted.statusCode(), accepted.body());
    JsonObject stored =
        json(
            api()
                .admin("api/test-probe/cases/" + json(accepted.body()).getString("radicado"))
                .body());
    assertEquals(1, stored.getInt("attachments"));
    assertEquals("2026-01", stored.getString("consent"));
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("foto.jpg no es de un tipo permitido"), refused.body());
  }

  @Test
  void statusNeedsTheTrackingCodeAndShowsNoPersonalData() throws Exception {
    JsonObject receipt =
        filed(
            """
                    {"tipo":"P","nombres":"Jorge Ríos","correo":"jorge@example.com",
                     "asunto":"Copia del contrato","descripcion":"Solicito copia del contrato."}
                    """);
    String radicado = receipt.getString("radicado");

    HttpResponse<String> status =
        get("api/pqrs/" + radicado + "?codigo=" + receipt.getString("codigo"));
    HttpResponse<String> wrongCode = get("api/pqrs/" + radicado + "?codigo=NOPE");

    assertEquals(200, status.statusCode(), status.body());
    JsonObject body = json(status.body());
    assertEquals("peticion", body.getString("tipo"));
    assertEquals("radicado", body.getString("estado"));
    assertTrue(!status.body().contains("Jorge") && !status.body().contains("@"), status.body());
    assertEquals(404, wrongCode.statusCode());
  }

  @Test
  void missingFieldsAreRejectedOnePerFieldInSpanishAndNothingIsStored() throws Exception {
    String before = api().admin("api/test-probe/cases/count").body();

    HttpResponse<String> rejected =
        postJson("api/pqrs", "{\"tipo\":\"queja\",\"correo\":\"no-es-correo\"}");

    assertEquals(400, rejected.statusCode());
    JsonArray errors = json(rejected.body()).getJsonArray("errores");
    List<String> fields =
        errors.getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("campo"))
            .collect(Collectors.toList());
    assertEquals(List.of("nombres", "correo", "asunto", "descripcion"), fields);
    assertTrue(
        rejected.body().contains("El campo nombres es obligatorio.")
            && rejected.body().contains("no es un correo electrónico válido"),
        rejected.body());
    assertEquals(before, api().admin("api/test-probe/cases/count").body());
  }

  @Test
  void invalidJsonIsRejectedWithASpanishMessage() throws Exception {
    HttpResponse<String> rejected = postJson("api/pqrs", "{\"tipo\": ");

    assertEquals(400, rejected.statusCode());
    assertTrue(rejected.body().contains("no es un JSON válido"), rejected.body());
  }

  @Test
  void publicFormFilesWithAnAttachmentAndConsentAndShowsTheRadicado() throws Exception {
    Path pdf = Files.createTempFile("acta", ".pdf");
    Files.writeString(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    ChromeDriver browser = Browser.start();
    try {
      browser.get(url("radicar.xhtml").toString());
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filing:asunto")));
      chooseType(browser, wait, "queja");
      browser.findElement(By.id("filing:nombres")).sendKeys("Rosa Elena Pardo");
      browser.findElement(By.id("filing:correo")).sendKeys("rosa.pardo@example.com");
      browser.findElement(By.id("filing:sede")).sendKeys("Cali");
      browser.findElement(By.id("filing:asunto")).sendKeys("Trato grosero en la recepción");
      browser.findElement(By.id("filing:descripcion")).sendKeys("El guarda de turno me gritó.");
      browser.findElement(By.id("filing:adjuntos")).sendKeys(pdf.toString());
      browser.findElement(By.id("filing:autoriza_datos")).click();
      // The citizen took long enough for the session to expire: what was typed is still filed.
      browser.manage().deleteAllCookies();
      browser.findElement(By.id("filing:enviar")).click();

      try {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("radicado")));
      } catch (org.openqa.selenium.TimeoutException e) {
        screenshot(browser, "form-failed.png");
        throw new AssertionError(
            "no receipt; the page said: " + browser.findElement(By.tagName("main")).getText(), e);
      }
      String radicado = browser.findElement(By.id("radicado")).getText();
      String code = browser.findElement(By.id("codigo")).getText();
      screenshot(browser, "form-done.png");
      assertFalse(browser.getPageSource().contains("Ingresar a Ventanilla"), "never staff login");

      assertTrue(radicado.matches("\\d{4}-\\d{6}"), radicado);
      JsonObject stored = json(api().admin("api/test-probe/cases/" + radicado).body());
      assertEquals("QUEJA", stored.getString("type"));
      assertEquals("WEB", stored.getString("channel"));
      assertEquals("Rosa Elena Pardo", stored.getString("names"));
      assertEquals(1, stored.getInt("attachments"));
      assertEquals("2026-01", stored.getString("consent"));

      browser.get(url("consulta.xhtml?radicado=" + radicado + "&codigo=" + code).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("estado")));
      assertEquals("Radicado", browser.findElement(By.id("estado")).getText());
      assertTrue(!browser.getPageSource().contains("Rosa Elena"), "status shows no personal data");
    } finally {
      browser.quit();
    }
  }

  @Test
  void publicFormRefusesPersonalDataWithoutConsentAndStoresNothing() throws Exception {
    String before = api().admin("api/test-probe/cases/count").body();
    ChromeDriver browser = Browser.start();
    try {
      browser.get(url("radicar.xhtml").toString());
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filing:asunto")));
      chooseType(browser, wait, "sugerencia");
      browser.findElement(By.id("filing:nombres")).sendKeys("Iván Castro");
      browser.findElement(By.id("filing:correo")).sendKeys("ivan@example.com");
      browser.findElement(By.id("filing:asunto")).sendKeys("Más iluminación");
      browser
          .findElement(By.id("filing:descripcion"))
          .sendKeys("Poner reflectores en el parqueadero.");
      browser.findElement(By.id("filing:enviar")).click();

      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("filing"), "debe autorizar su tratamiento"));
      screenshot(browser, "form-no-consent.png");
    } finally {
      browser.quit();
    }
    assertEquals(before, api().admin("api/test-probe/cases/count").body());
  }

  @Test
  void suggestionBoxCsvImportsGoodRowsReportsBadOnesAndRefusesTheSameFileTwice() throws Exception {
    String csv =
        "numero_formulario;fecha;tipo;nombres;tipo_documento;numero_documento;direccion;telefono;"
            + "correo;sede;asunto;descripcion;autoriza_datos\r\n"
            + "GO-9001;10/11/2026;Q;Néstor Peña;CC;79111222;;3001112233;nestor@example.com;"
            + "Bogotá;Guarda ausente;\"El guarda no estaba\r\nen la garita.\";sí\r\n"
            + "GO-9002;2026-11-11;S;;;;;;;Cali;Más luz;Poner reflectores.;\r\n"
            + "GO-9003;31/02/2026;X;Ana;;;;;;Cali;;Sin asunto;sí\r\n";
    byte[] windows1252 = csv.getBytes(java.nio.charset.Charset.forName("windows-1252"));

    HttpResponse<String> first =
        HTTP.send(
            Api.as(
                    "recepcion",
                    HttpRequest.newBuilder(url("api/importaciones/buzon?nombre=semana-46.csv")))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(windows1252))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> again =
        postMultipart("api/importaciones/buzon", "semana-46-copia.csv", windows1252);

    assertEquals(200, first.statusCode(), first.body());
    JsonObject report = json(first.body());
    assertEquals(2, report.getInt("creados"), first.body());
    assertEquals(1, report.getInt("rechazados"), first.body());
    JsonObject error = report.getJsonArray("errores").getJsonObject(0);
    assertEquals(5, error.getInt("linea"), first.body()); // row 1 spans lines 2-3
    String radicado = report.getJsonArray("radicados").getString(0);
    JsonObject stored = json(api().admin("api/test-probe/cases/" + radicado).body());
    assertEquals("SUGGESTION_BOX", stored.getString("channel"));
    assertEquals("Néstor Peña", stored.getString("names"));
    assertEquals(409, again.statusCode(), again.body());
  }

  @Test
  void staffRegisterAPhoneCallAndPrintItsConstancia() throws Exception {
    people();
    ChromeDriver browser = Browser.start();
    String radicado;
    try {
      Browser.login(browser, url(""), "recepcion", Api.PASSWORD);
      browser.get(url("registro.xhtml").toString());
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registro:asunto")));
      wait.until(d -> browser.executeScript("return !!PrimeFaces.widgets.registroTipo"));
      browser.executeScript("PrimeFaces.widgets.registroTipo.selectValue('peticion')");
      // Headless Chromium leaves PrimeFaces' overlay "entering" and ignores clicks on its items
      // (see the issue note), so the menu is driven through its widget, as a click would.
      browser.executeScript("PrimeFaces.widgets.registroCanal.selectValue('LETTER')");
      wait.until(ExpectedConditions.textToBe(By.id("registro:canal_label"), "Carta"));
      browser.findElement(By.id("registro:nombres")).sendKeys("Marleny Ospina");
      browser.findElement(By.id("registro:numero_documento")).sendKeys("43111222");
      browser.findElement(By.id("registro:telefono")).sendKeys("3157778899");
      browser.findElement(By.id("registro:asunto")).sendKeys("Certificado de servicio prestado");
      browser
          .findElement(By.id("registro:descripcion"))
          .sendKeys("Pide por teléfono un certificado del servicio de vigilancia de 2025.");
      browser.findElement(By.cssSelector("#registro\\:autoriza_datos .ui-chkbox-box")).click();
      browser.findElement(By.id("registro:guardar")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("radicado")));
      radicado = browser.findElement(By.id("radicado")).getText();
      assertTrue(
          browser
              .findElement(By.id("radicado"))
              .getAttribute("href")
              .endsWith("casos/caso.xhtml?radicado=" + radicado),
          "the receipt links to the case");
      screenshot(browser, "registration-done.png");
    } finally {
      browser.quit();
    }

    JsonObject stored = json(api().admin("api/test-probe/cases/" + radicado).body());
    assertEquals("LETTER", stored.getString("channel"));
    assertEquals("recepcion", stored.getString("firstHistoryActor"));
    assertEquals("verbal:2026-01", stored.getString("consent"));

    HttpResponse<byte[]> pdf =
        HTTP.send(
            Api.as(
                    "recepcion",
                    HttpRequest.newBuilder(url("api/casos/" + radicado + "/constancia")))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
    String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
    assertTrue(text.contains("Constancia de radicación") && text.contains(radicado), text);
    assertTrue(text.contains("Marleny Ospina") && text.contains("Carta"), text);
  }

  @Test
  void theMailboxPageShowsEachMailboxReadingAndNeverItsPassword() throws Exception {
    ChromeDriver browser = Browser.start();
    try {
      Browser.login(browser, url(""), ItEnvironment.ADMIN, ItEnvironment.adminPassword());
      browser.get(url("correo.xhtml").toString());
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("mailboxes")));
      String table = browser.findElement(By.id("mailboxes")).getText();
      screenshot(browser, "mailboxes.png");

      assertTrue(table.contains("servicio"), table);
      assertTrue(
          table.contains("imap://127.0.0.1:" + System.getProperty("vt.it.imap.port")), table);
      assertTrue(table.contains("Leyendo"), table);
      assertTrue(table.contains("cada 1 s"), table);
      assertTrue(
          !browser.getPageSource().contains(System.getProperty("vt.it.mail.password")),
          "the mailbox password is never shown");
    } finally {
      browser.quit();
    }
  }

  private HttpResponse<String> postMultipart(String path, String fileName, byte[] content)
      throws Exception {
    String boundary = "vt" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HTTP.send(
        Api.as("recepcion", HttpRequest.newBuilder(url(path)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aMailToTheServiceMailboxBecomesACaseAndItsSenderGetsTheAcknowledgement() throws Exception {
    String subject = "Queja: escolta llegó tarde " + System.nanoTime();
    jakarta.mail.Session session = jakarta.mail.Session.getInstance(new java.util.Properties());
    jakarta.mail.internet.MimeMessage mail = new jakarta.mail.internet.MimeMessage(session);
    mail.setFrom(
        new jakarta.mail.internet.InternetAddress("gloria@example.com", "Gloria Ramírez", "UTF-8"));
    mail.setRecipients(jakarta.mail.Message.RecipientType.TO, ItEnvironment.MAILBOX_ADDRESS);
    mail.setSubject(subject, "UTF-8");
    mail.setText("El escolta asignado llegó 40 minutos tarde al aeropuerto.", "UTF-8");
    mail.setHeader("Message-ID", "<" + System.nanoTime() + "@example.com>");
    mail.saveChanges();

    ItEnvironment.mail()
        .getUserManager()
        .getUserByEmail(ItEnvironment.MAILBOX_ADDRESS)
        .deliver(mail);

    String radicado =
        org.awaitility.Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> {
                  HttpResponse<String> r =
                      api()
                          .admin(
                              "api/test-probe/cases/by-subject?s="
                                  + java.net.URLEncoder.encode(subject, "UTF-8"));
                  return r.statusCode() == 200 ? r.body().replace("\"", "") : null;
                },
                java.util.Objects::nonNull);
    JsonObject stored = json(api().admin("api/test-probe/cases/" + radicado).body());
    assertEquals("EMAIL", stored.getString("channel"));
    assertEquals("QUEJA", stored.getString("type"));
    assertEquals("Gloria Ramírez", stored.getString("names"));

    jakarta.mail.internet.MimeMessage ack = awaitMail(s -> s.contains(radicado));
    assertEquals("auto-replied", ack.getHeader("Auto-Submitted", null));
    assertEquals("gloria@example.com", ack.getAllRecipients()[0].toString());
  }

  @Test
  void suggestionBoxScreenShowsTheImportReportAndRefusesTheSameFileAgain() throws Exception {
    String run = String.valueOf(System.nanoTime());
    String day =
        java.time.LocalDate.now()
            .minusDays(3)
            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    Path csv = Files.createTempDirectory("buzon").resolve("buzon-pantalla.csv");
    Files.writeString(
        csv,
        "numero_formulario;fecha;tipo;nombres;tipo_documento;numero_documento;direccion;telefono;"
            + "correo;sede;asunto;descripcion;autoriza_datos\r\n"
            + ("P-" + run + "-1;" + day + ";Q;Camila Rueda;CC;52111222;;;camila@example.com;")
            + "Bogotá;Guarda dormido;El guarda de la portería estaba dormido.;sí\r\n"
            + ("P-" + run + "-2;" + day + ";S;;;;;;;Cali;Más luz;Poner reflectores.;\r\n")
            + ("P-" + run + "-3;31/02/2026;F;Ana;;;;;;Cali;Buen trato;Gracias.;sí\r\n"));

    people();
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      Browser.login(browser, url(""), "recepcion", Api.PASSWORD);
      browser.get(url("buzon.xhtml").toString());
      wait.until(ExpectedConditions.titleContains("Importar buzón de sugerencias"));
      upload(browser, wait, csv);
      try {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("buzon:errores")));
      } catch (org.openqa.selenium.TimeoutException e) {
        screenshot(browser, "buzon-failed.png");
        throw new AssertionError(
            "no report; the page said: " + browser.findElement(By.tagName("main")).getText(), e);
      }
      screenshot(browser, "buzon-imported.png");

      assertEquals("2", browser.findElement(By.id("buzon:creados")).getText());
      assertEquals("1", browser.findElement(By.id("buzon:rechazados")).getText());
      assertEquals("0", browser.findElement(By.id("buzon:duplicados")).getText());
      String rejected = browser.findElement(By.cssSelector("#buzon\\:errores tbody")).getText();
      assertTrue(rejected.startsWith("4 fecha"), rejected);
      assertTrue(rejected.contains("31/02/2026"), rejected);
      String radicados = browser.findElement(By.id("buzon:radicados")).getText();
      assertTrue(radicados.matches("(?s).*\\d{4}-\\d{6}.*\\d{4}-\\d{6}.*"), radicados);
      String report = browser.findElement(By.id("buzon:reporte")).getAttribute("href");
      assertTrue(report.matches(".*/api/importaciones/buzon/\\d+/reporte"), report);
      HttpResponse<String> reportCsv =
          HTTP.send(
              Api.as("recepcion", HttpRequest.newBuilder(URI.create(report))).build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue(reportCsv.body().contains("31/02/2026"), reportCsv.body());
      String history = browser.findElement(By.id("buzon:history")).getText();
      assertTrue(
          history.contains("buzon-pantalla.csv"),
          history + browser.findElement(By.id("buzon:history")).getAttribute("outerHTML"));

      browser.get(url("buzon.xhtml").toString());
      wait.until(ExpectedConditions.titleContains("Importar buzón de sugerencias"));
      upload(browser, wait, csv);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("buzon:messages"), "Este archivo ya se importó"));
      screenshot(browser, "buzon-duplicate.png");
      String message = browser.findElement(By.id("buzon:messages")).getText();
      assertTrue(message.contains("buzon-pantalla.csv") && message.contains("2 casos"), message);
      assertTrue(browser.findElements(By.id("buzon:errores")).isEmpty());
    } finally {
      browser.quit();
    }
  }

  /** Hands a file to the auto-uploading p:fileUpload, as choosing it in the dialog does. */
  private static void upload(ChromeDriver browser, WebDriverWait wait, Path file) {
    By input = By.cssSelector("#buzon\\:archivo input[type=file]");
    wait.until(ExpectedConditions.presenceOfElementLocated(input));
    browser.findElement(input).sendKeys(file.toString());
  }

  @Test
  void aMailTheIntakeRefusesIsShownInQuarantineAndCanBeDiscardedWithAReason() throws Exception {
    String subject = "Correo sin remitente válido " + System.nanoTime();
    jakarta.mail.Session session = jakarta.mail.Session.getInstance(new java.util.Properties());
    jakarta.mail.internet.MimeMessage mail = new jakarta.mail.internet.MimeMessage(session);
    // An address without a domain can never be answered: the intake refuses it at once.
    mail.setFrom(new jakarta.mail.internet.InternetAddress("pedro@intranet", "Pedro", "UTF-8"));
    mail.setRecipients(jakarta.mail.Message.RecipientType.TO, ItEnvironment.MAILBOX_ADDRESS);
    mail.setSubject(subject, "UTF-8");
    mail.setText("Quiero saber el estado de mi solicitud.", "UTF-8");
    mail.setHeader("Message-ID", "<" + System.nanoTime() + "@intranet>");
    mail.saveChanges();
    ItEnvironment.mail()
        .getUserManager()
        .getUserByEmail(ItEnvironment.MAILBOX_ADDRESS)
        .deliver(mail);
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> api().admin("cuarentena.xhtml").body().contains(subject));

    people();
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      Browser.login(browser, url(""), "recepcion", Api.PASSWORD);
      browser.get(url("cuarentena.xhtml").toString());
      wait.until(ExpectedConditions.titleContains("Correo en cuarentena"));
      By row = By.xpath("//tbody[@id='quarantine:mails_data']/tr[contains(., '" + subject + "')]");
      String pending = wait.until(ExpectedConditions.presenceOfElementLocated(row)).getText();
      assertTrue(pending.contains("pedro@intranet") && pending.contains("Pendiente"), pending);
      assertTrue(pending.contains("no es un correo electrónico válido"), pending);
      String original =
          browser
              .findElement(row)
              .findElement(By.cssSelector("a[href*='/api/cuarentena/']"))
              .getAttribute("href");
      HttpResponse<String> eml =
          HTTP.send(
              Api.as("recepcion", HttpRequest.newBuilder(URI.create(original))).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, eml.statusCode());
      assertTrue(eml.body().contains("Quiero saber el estado"), eml.body());
      screenshot(browser, "quarantine-pending.png");

      browser.findElement(row).findElement(By.cssSelector("[id$=':reimport']")).click();
      wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector(".ui-confirmdialog-yes")))
          .click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), "sigue sin poder radicarse"));
      screenshot(browser, "quarantine-reimport-failed.png");

      // clicked by script: the growl of the reimport may still cover the row
      browser.executeScript(
          "arguments[0].click()",
          browser.findElement(row).findElement(By.cssSelector("[id$=':discard']")));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("discardForm:reason")))
          .sendKeys("Remitente sin dominio; se llamó al cliente.");
      screenshot(browser, "quarantine-discard-dialog.png");
      browser.findElement(By.id("discardForm:confirmDiscard")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), "descartado"));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("discardDialog")));
      wait.until(ExpectedConditions.numberOfElementsToBe(row, 0));

      browser.get(url("cuarentena.xhtml?estado=DISCARDED").toString());
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("quarantine:status_label"), "Descartado"));
      String discarded;
      try {
        discarded = wait.until(ExpectedConditions.presenceOfElementLocated(row)).getText();
      } catch (org.openqa.selenium.TimeoutException e) {
        screenshot(browser, "quarantine-failed.png");
        throw new AssertionError(
            "not listed as discarded; the page said: "
                + browser.findElement(By.tagName("main")).getText(),
            e);
      }
      assertTrue(discarded.contains("Descartado"), discarded);
      assertTrue(discarded.contains("Remitente sin dominio"), discarded);
      screenshot(browser, "quarantine-discarded.png");
    } finally {
      browser.quit();
    }
  }

  /** The first mail to example.com whose subject passes {@code wanted}, once it arrives. */
  private static jakarta.mail.internet.MimeMessage awaitMail(
      java.util.function.Predicate<String> wanted) {
    return org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                java.util.Arrays.stream(
                        ItEnvironment.mail().getReceivedMessagesForDomain("example.com"))
                    .filter(m -> wanted.test(subjectOf(m)))
                    .findFirst()
                    .orElse(null),
            java.util.Objects::nonNull);
  }

  private static String subjectOf(jakarta.mail.internet.MimeMessage m) {
    try {
      return String.valueOf(m.getSubject());
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  /** Picks a type in the public form's menu (a plain select: the page carries no PrimeFaces). */
  private static void chooseType(ChromeDriver browser, WebDriverWait wait, String code) {
    new org.openqa.selenium.support.ui.Select(
            wait.until(ExpectedConditions.elementToBeClickable(By.id("filing:tipo"))))
        .selectByValue(code);
    assertEquals(code, browser.findElement(By.id("filing:tipo")).getAttribute("value"));
  }

  private static void screenshot(ChromeDriver browser, String name) {
    Browser.screenshot(browser, name);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Files a PQRS through the API and returns its receipt (radicado, codigo, recibido, vence). */
  private JsonObject filed(String body) throws Exception {
    return json(postJson("api/pqrs", body).body());
  }

  private HttpResponse<String> postJson(String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(url(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI url(String path) {
    return URI.create(base.toString()).resolve(path);
  }

  private static JsonObject json(String body) {
    assertNotNull(body);
    return Json.createReader(new StringReader(body)).readObject();
  }

  // ---------------------------------------------------------------------------------------------
  // Intranet: login, roles, inbox, workspace, access
  // ---------------------------------------------------------------------------------------------

  @Test
  void theIntranetAndTheStaffApiNeedALoginAndAWrongPasswordIsRefusedInSpanish() throws Exception {
    people();
    HttpResponse<String> page = api().get("casos/bandeja.xhtml?vista=vencidos");
    HttpResponse<String> apiCall = api().get("api/casos");

    assertEquals(302, page.statusCode());
    assertTrue(
        page.headers().firstValue("Location").orElse("").contains("login.xhtml?next="),
        page.headers().toString());
    assertEquals(401, apiCall.statusCode());
    assertTrue(apiCall.body().contains("Inicie sesión"), apiCall.body());
    assertTrue(apiCall.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.get(url("casos/bandeja.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:userName")));
      browser.findElement(By.id("login:userName")).sendKeys("recepcion");
      browser.findElement(By.id("login:password")).sendKeys("no-es-la-clave");
      browser.findElement(By.id("login:enter")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("login:messages"), "Usuario o contraseña incorrectos"));
      screenshot(browser, "login-refused.png");

      browser.findElement(By.id("login:password")).sendKeys(Api.PASSWORD);
      browser.findElement(By.id("login:enter")).click();
      wait.until(ExpectedConditions.titleContains("Bandeja de casos"));
      assertEquals("Rosa Recepción", browser.findElement(By.id("who")).getText());
      screenshot(browser, "login-returns-to-the-inbox.png");
    } finally {
      browser.quit();
    }
    String logins = api().admin("api/test-probe/logins/recepcion").body();
    assertTrue(logins.contains("BAD_PASSWORD") && logins.contains("SUCCESS"), logins);
  }

  @Test
  void fiveWrongPasswordsInARowLockTheAccount() throws Exception {
    api().user("cerrojo", "Cuenta de prueba", "recepcion", null, false);
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> wrong =
          api()
              .send(
                  HttpRequest.newBuilder(url("api/casos"))
                      .header("Authorization", Api.basic("cerrojo", "clave-" + i)));
      assertEquals(401, wrong.statusCode());
    }

    HttpResponse<String> right = api().get("api/casos", "cerrojo");

    assertEquals(401, right.statusCode(), "locked even with the right password");
    String logins = api().admin("api/test-probe/logins/cerrojo").body();
    assertTrue(logins.startsWith("LOCKED\nLOCKED"), logins);
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.get(url("login.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:userName")));
      browser.findElement(By.id("login:userName")).sendKeys("cerrojo");
      browser.findElement(By.id("login:password")).sendKeys(Api.PASSWORD);
      browser.findElement(By.id("login:enter")).click();
      // The page says the same as for a wrong password or an unknown user: nothing to enumerate.
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("login:messages"), "Usuario o contraseña incorrectos"));
      assertTrue(
          !browser.findElement(By.id("login:messages")).getText().contains("bloqueada"),
          "the login page must not tell that the account is locked");
      screenshot(browser, "login-locked.png");
    } finally {
      browser.quit();
    }
  }

  @Test
  void aCaseIsFoundAssignedDraftedApprovedAndSentInTheBrowserAndItsAnswerReachesThePetitioner()
      throws Exception {
    people();
    JsonObject receipt =
        api()
            .file(
                """
                {"tipo":"reclamo","nombres":"Hernán Quintero","correo":"hernan@example.com",
                 "sede":"Bogotá","asunto":"Cobro de horas extra no prestadas",
                 "descripcion":"La factura de octubre cobra 20 horas extra de vigilancia."}
                """);
    String radicado = receipt.getString("radicado");
    String answer = "Revisamos la factura y anulamos las 20 horas extra cobradas.";

    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      Browser.login(browser, url(""), "recepcion", Api.PASSWORD);
      browser.get(url("casos/bandeja.xhtml").toString());
      wait.until(ExpectedConditions.titleContains("Bandeja de casos"));
      browser.findElement(By.id("inbox:text")).sendKeys(radicado);
      String table = onlyRow(browser, wait, radicado);
      assertTrue(table.contains(radicado) && table.contains("Reclamo"), table);
      assertTrue(table.contains("Hernán Quintero"), "reception sees the petitioner: " + table);
      screenshot(browser, "inbox-filtered.png");

      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.linkText("Cobro de horas extra no prestadas")))
          .click();
      wait.until(ExpectedConditions.textToBe(By.id("ws:radicado"), radicado));
      screenshot(browser, "workspace-new.png");
      act(browser, wait, "ASSIGN");
      choose(browser, wait, "areaChoice", "Operaciones");
      choose(browser, wait, "personChoice", "ana.op");
      confirm(browser, wait, "Caso asignado.");
      assertEquals("Operaciones", browser.findElement(By.id("ws:area")).getText());
      assertEquals("Asignado", browser.findElement(By.id("ws:state")).getText());
      Browser.logout(browser);

      Browser.login(browser, url(""), "ana.op", Api.PASSWORD);
      open(browser, wait, radicado);
      act(browser, wait, "DRAFT");
      browser.findElement(By.id("actionForm:text")).sendKeys(answer);
      confirm(browser, wait, "Respuesta guardada.");
      assertEquals("Respuesta proyectada", browser.findElement(By.id("ws:state")).getText());
      assertTrue(
          browser.findElements(By.cssSelector("[id^='ws:acts:'][id$=':do']")).stream()
              .noneMatch(b -> b.getText().equals("Revisar respuesta")),
          "the responsible does not approve");
      Browser.logout(browser);

      Browser.login(browser, url(""), "lider.op", Api.PASSWORD);
      open(browser, wait, radicado);
      act(browser, wait, "REVIEW");
      confirm(browser, wait, "Respuesta aprobada.");
      assertEquals("Respuesta aprobada", browser.findElement(By.id("ws:state")).getText());
      screenshot(browser, "workspace-approved.png");
      Browser.logout(browser);

      Browser.login(browser, url(""), "ana.op", Api.PASSWORD);
      open(browser, wait, radicado);
      act(browser, wait, "SEND");
      confirm(browser, wait, "Respuesta enviada al peticionario.");
      assertEquals("Respondido", browser.findElement(By.id("ws:state")).getText());
      String timeline = browser.findElement(By.id("timeline")).getText();
      assertTrue(
          timeline.contains("Asignado") && timeline.contains("Respuesta aprobada"), timeline);
      screenshot(browser, "workspace-answered.png");
    } finally {
      browser.quit();
    }

    jakarta.mail.internet.MimeMessage mail =
        awaitMail(subject -> subject.contains(radicado) && subject.contains("respuesta"));
    assertEquals("hernan@example.com", mail.getAllRecipients()[0].toString());
    assertTrue(String.valueOf(mail.getContent()).contains("anulamos las 20 horas"));
    JsonObject status =
        json(api().get("api/pqrs/" + radicado + "?codigo=" + receipt.getString("codigo")).body());
    assertEquals("respondido", status.getString("estado"));
    JsonObject stored = json(api().admin("api/test-probe/cases/" + radicado).body());
    assertTrue(stored.getInt("history") >= 6, stored.toString());
  }

  @Test
  void aResponsibleOfAnotherAreaIsRefusedTheCaseByUrlAjaxAndRestAndEachRefusalIsJournaled()
      throws Exception {
    people();
    String ofOperaciones =
        api()
            .radicado(
                """
                {"tipo":"queja","nombres":"Julia Torres","correo":"julia@example.com",
                 "asunto":"Guarda dormido en la portería","descripcion":"A las 3 a. m. dormía."}
                """);
    String ofTalento =
        api()
            .radicado(
                """
                {"tipo":"peticion","nombres":"Pedro Gil","correo":"pedro@example.com",
                 "asunto":"Certificado laboral","descripcion":"Pido mi certificado laboral."}
                """);
    assertEquals(
        "",
        api()
            .form(
                "api/casos/" + ofOperaciones + "/asignacion",
                "proceso=Operaciones&responsable=ana.op",
                "recepcion"));
    api()
        .form(
            "api/casos/" + ofTalento + "/asignacion",
            "proceso=Talento+Humano&responsable=luis.th",
            "recepcion");

    HttpResponse<String> rest = api().get("api/casos/" + ofOperaciones, "luis.th");
    HttpResponse<String> own = api().get("api/casos/" + ofTalento, "luis.th");
    HttpResponse<String> listed = api().get("api/casos?alcance=todos&cantidad=500", "luis.th");

    assertEquals(403, rest.statusCode(), rest.body());
    assertTrue(rest.body().contains("No tiene acceso al caso " + ofOperaciones), rest.body());
    assertEquals(200, own.statusCode(), own.body());
    assertTrue(!listed.body().contains(ofOperaciones) && listed.body().contains(ofTalento));

    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      Browser.login(browser, url(""), "luis.th", Api.PASSWORD);
      browser.get(url("casos/caso.xhtml?radicado=" + ofOperaciones).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errorMessage")));
      assertEquals(
          "No tiene acceso al caso " + ofOperaciones + ".",
          browser.findElement(By.id("errorMessage")).getText());
      assertTrue(browser.getTitle().startsWith("Acceso denegado"), browser.getTitle());
      screenshot(browser, "forbidden-by-url.png");

      // AJAX: from his own case, link the other area's case by typing its radicado
      open(browser, wait, ofTalento);
      browser.executeScript(
          "window.vtStatus = null;"
              + " $(document).on('pfAjaxError', function(e, xhr) { window.vtStatus = xhr.status; });");
      act(browser, wait, "LINK");
      browser.findElement(By.id("actionForm:other")).sendKeys(ofOperaciones);
      browser.findElement(By.id("actionForm:confirm")).click();
      wait.until(d -> browser.executeScript("return window.vtStatus") != null);
      assertEquals(403L, browser.executeScript("return window.vtStatus"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ajaxError")));
      assertEquals(
          "No tiene acceso al caso " + ofOperaciones + ".",
          browser.findElement(By.id("ajaxErrorText")).getText(),
          "the person is told why nothing happened");
    } finally {
      browser.quit();
    }
    String journal = api().admin("api/test-probe/access/" + ofOperaciones).body();
    assertTrue(journal.contains("luis.th VIEW false"), journal);
    assertTrue(journal.contains("luis.th LINK false") || journal.contains("luis.th VIEW false"));
    assertEquals(3, journal.lines().filter(l -> l.startsWith("luis.th")).count(), journal);
  }

  @Test
  void aProtectedCaseIsSeenOnlyByThePeopleNamedOnItAndNeverInAnotherInboxOrSearch()
      throws Exception {
    people();
    String denuncia =
        api()
            .radicado(
                """
                {"tipo":"denuncia","nombres":"Testigo Reservado","correo":"testigo@example.com",
                 "asunto":"Supervisor pide dinero a los guardas",
                 "descripcion":"El supervisor del puesto norte cobra por asignar turnos."}
                """);

    HttpResponse<String> sigList = api().get("api/casos?alcance=todos&texto=" + denuncia, "sig");
    HttpResponse<String> sigCase = api().get("api/casos/" + denuncia, "sig");
    HttpResponse<String> officerCase = api().get("api/casos/" + denuncia, "oficial");

    assertEquals(0, json(sigList.body()).getJsonArray("casos").size(), sigList.body());
    assertEquals(403, sigCase.statusCode());
    assertEquals(200, officerCase.statusCode(), officerCase.body());
    JsonObject file = json(officerCase.body());
    assertTrue(file.getBoolean("protegido"));
    assertEquals("Testigo Reservado", file.getJsonObject("peticionario").getString("nombres"));

    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      Browser.login(browser, url(""), "sig", Api.PASSWORD);
      browser.get(url("casos/bandeja.xhtml").toString());
      wait.until(ExpectedConditions.titleContains("Bandeja de casos"));
      browser.findElement(By.id("inbox:text")).sendKeys(denuncia);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inbox:cases"), "No hay casos que coincidan."));
      browser.findElement(By.id("inbox:text")).clear();
      browser.findElement(By.id("inbox:text")).sendKeys("supervisor dinero");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inbox:cases"), "No hay casos que coincidan."));
      screenshot(browser, "protected-not-in-sig-search.png");
      Browser.logout(browser);

      Browser.login(browser, url(""), "oficial", Api.PASSWORD);
      browser.get(url("casos/bandeja.xhtml").toString());
      wait.until(ExpectedConditions.titleContains("Bandeja de casos"));
      browser.findElement(By.id("inbox:text")).sendKeys("supervisor dinero");
      String officerInbox = onlyRow(browser, wait, denuncia);
      assertTrue(officerInbox.contains("Protegido"), officerInbox);
      screenshot(browser, "protected-in-officer-inbox.png");
      open(browser, wait, denuncia);
      String accesses = browser.findElement(By.id("ws:accesses")).getText();
      // staff are shown by name (the login is the tooltip)
      assertTrue(accesses.contains("Sofía SIG") && accesses.contains("Rechazado"), accesses);
      assertTrue(accesses.contains("Oscar Oficial de Ética · abrió el caso"), accesses);
      screenshot(browser, "protected-case-journal.png");
    } finally {
      browser.quit();
    }
    String journal = api().admin("api/test-probe/access/" + denuncia).body();
    assertTrue(journal.contains("oficial VIEW true"), journal);
    assertTrue(journal.contains("sig VIEW false"), journal);
  }

  @Test
  void aCaseIsAssignedOnlyToSomeoneWhoWorksInTheChosenProcess() throws Exception {
    people();
    String radicado =
        api()
            .radicado(
                """
                {"tipo":"reclamo","nombres":"Olga Pardo","correo":"olga@example.com",
                 "asunto":"Cobro de recargo nocturno","descripcion":"No pedí servicio nocturno."}
                """);

    List<Integer> refused = new ArrayList<>();
    for (String wrong : List.of("luis.th", "gerente", "recepcion")) {
      refused.add(
          api()
              .send(
                  Api.as(
                      "recepcion",
                      HttpRequest.newBuilder(url("api/casos/" + radicado + "/asignacion"))
                          .header("Content-Type", "application/x-www-form-urlencoded")
                          .POST(
                              HttpRequest.BodyPublishers.ofString(
                                  "proceso=Operaciones&responsable=" + wrong))))
              .statusCode());
    }
    HttpResponse<String> right =
        api()
            .send(
                Api.as(
                    "recepcion",
                    HttpRequest.newBuilder(url("api/casos/" + radicado + "/asignacion"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "proceso=Operaciones&responsable=ana.op"))));

    assertEquals(List.of(409, 409, 409), refused, "another process, management, reception");
    assertEquals(204, right.statusCode(), right.body());
  }

  @Test
  void theLevelMenuPromisesNoTermTheActivePresetDoesNotGive() throws Exception {
    people();
    String radicado =
        api()
            .radicado(
                """
                {"tipo":"queja","nombres":"Hernán Ruiz","correo":"hernan@example.com",
                 "asunto":"Ronda incompleta","descripcion":"El guarda no hizo la ronda de las 2."}
                """);
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      Browser.login(browser, url(""), "recepcion", Api.PASSWORD);
      open(browser, wait, radicado);
      act(browser, wait, "CLASSIFY");

      String dialog = browser.findElement(By.id("actionForm")).getText();
      String menu =
          (String)
              browser.executeScript(
                  "return Array.from(document.querySelectorAll('#actionForm option'))"
                      + ".map(o => o.textContent).join('|')");

      // the default preset (Ley 1755) gives levels no term: neither the menu nor the help says so
      assertTrue(menu.contains("Nivel 2 · queja del servicio (sin término propio)"), menu);
      assertTrue(!menu.contains("2–3 días"), menu);
      assertTrue(dialog.contains("rige el término del tipo"), dialog);
    } finally {
      browser.quit();
    }
  }

  @Test
  void managementReadsACaseWithoutThePetitionersDataAndWithoutActions() throws Exception {
    people();
    String radicado =
        api()
            .radicado(
                """
                {"tipo":"felicitacion","nombres":"Marta Lucía Gómez","correo":"marta@example.com",
                 "asunto":"Excelente guarda en la recepción","descripcion":"Muy amable."}
                """);

    JsonObject seen = json(api().get("api/casos/" + radicado, "gerente").body());
    HttpResponse<String> constancia = api().get("api/casos/" + radicado + "/constancia", "gerente");

    assertTrue(seen.getJsonObject("peticionario").getBoolean("reservado"));
    assertTrue(!seen.toString().contains("Marta Lucía"), seen.toString());
    assertTrue(
        !seen.toString().contains("marta@example.com"),
        "not even as the address of the acknowledgement in the history: " + seen);
    assertEquals(
        List.of("VIEW", "NOTE"),
        seen.getJsonArray("acciones").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals(403, constancia.statusCode());
  }

  @Test
  void theInboxIsAsItsOwnerLeftItAfterOpeningACaseUntilTheFiltersAreCleared() throws Exception {
    people();
    String radicado =
        api()
            .radicado(
                """
                {"tipo":"queja","nombres":"Rocío Mendoza","correo":"rocio@example.com",
                 "asunto":"Portería sin minuta de visitantes",
                 "descripcion":"No anotaron mi ingreso en la minuta."}
                """);
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      Browser.login(browser, url(""), "recepcion", Api.PASSWORD);
      browser.get(url("casos/bandeja.xhtml").toString());
      wait.until(ExpectedConditions.titleContains("Bandeja de casos"));
      browser.findElement(By.id("inbox:text")).sendKeys(radicado);
      onlyRow(browser, wait, radicado);
      By typeHeader = By.cssSelector("th[id='inbox:cases:colType']");
      assertTrue(browser.findElement(typeHeader).isDisplayed());
      // The toggler's overlay ignores clicks in headless Chromium, like the select menus (see
      // choose): its widget unticks the column, as a click does, and sends the same event.
      browser.executeScript(
          "var t = PF('columnToggler'); t.show();"
              + " t.uncheck(t.itemContainer.find('> .ui-columntoggler-item').filter(function() {"
              + " return $(this).text().trim() === 'Tipo'; }).find('.ui-chkbox-box')); t.hide();");
      wait.until(ExpectedConditions.invisibilityOfElementLocated(typeHeader));

      browser.findElement(By.linkText("Portería sin minuta de visitantes")).click();
      wait.until(ExpectedConditions.textToBe(By.id("ws:radicado"), radicado));
      browser.findElement(By.id("navInbox")).click();
      wait.until(ExpectedConditions.titleContains("Bandeja de casos"));

      assertEquals(radicado, browser.findElement(By.id("inbox:text")).getAttribute("value"));
      assertTrue(onlyRow(browser, wait, radicado).contains(radicado));
      assertTrue(
          browser.findElements(typeHeader).stream().noneMatch(WebElement::isDisplayed),
          "the column hidden stays hidden");

      browser.findElement(By.id("inbox:clear")).click();
      wait.until(d -> "".equals(d.findElement(By.id("inbox:text")).getAttribute("value")));
      browser.get(url("casos/bandeja.xhtml").toString());
      wait.until(ExpectedConditions.titleContains("Bandeja de casos"));
      assertEquals("", browser.findElement(By.id("inbox:text")).getAttribute("value"));
    } finally {
      browser.quit();
    }
  }

  @Test
  void theFilteredCaseListExportsToAnExcelWorkbook() throws Exception {
    people();
    String radicado =
        api()
            .radicado(
                """
                {"tipo":"sugerencia","nombres":"Iván Castro","correo":"ivan@example.com",
                 "asunto":"Reflectores en el parqueadero","descripcion":"Poner más luz."}
                """);

    HttpResponse<byte[]> xlsx =
        HTTP.send(
            Api.as(
                    "recepcion",
                    HttpRequest.newBuilder(url("api/casos/exportacion?texto=" + radicado)))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertEquals(200, xlsx.statusCode());
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.body()))) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
      assertEquals("Radicado", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals(radicado, sheet.getRow(1).getCell(0).getStringCellValue());
      assertEquals("Sugerencia", sheet.getRow(1).getCell(1).getStringCellValue());
      assertEquals(1, sheet.getLastRowNum());
    }
  }

  @Test
  void theIntranetSwitchesToEnglishAndBack() throws Exception {
    people();
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      Browser.login(browser, url(""), "recepcion", Api.PASSWORD);
      browser.get(url("casos/bandeja.xhtml").toString());
      wait.until(ExpectedConditions.titleContains("Bandeja de casos"));
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lang:language")))
          .selectByValue("en");
      wait.until(ExpectedConditions.titleContains("Case inbox"));
      assertTrue(browser.findElement(By.id("navHome")).getText().contains("Home"));
      screenshot(browser, "inbox-english.png");
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lang:language")))
          .selectByValue("es");
      wait.until(ExpectedConditions.titleContains("Bandeja de casos"));
    } finally {
      browser.quit();
    }
  }

  @Test
  void theServicesThemselvesRefuseAChangeToWhoLacksItsRoleEvenPastThePages() throws Exception {
    people();

    // The test door has no page rule of its own: only the service's check stands in the way.
    String refused =
        api()
            .form(
                "api/test-probe/staff/user",
                "user=intruso&name=Intruso&roles=admin&password=" + Api.enc(Api.PASSWORD),
                "recepcion");

    assertTrue(refused.contains("no tiene el rol necesario (admin)"), refused);
    assertEquals(401, api().get("api/casos", "intruso").statusCode(), "no account was created");
  }

  @Test
  void aPasswordSetByAnAdministratorDoesNotOpenTheStaffApi() throws Exception {
    api()
        .form(
            "api/test-probe/staff/user",
            "user=temporal&name=Temporal&roles=recepcion&mustChange=true&password="
                + Api.enc(Api.PASSWORD));

    HttpResponse<String> call = api().get("api/casos", "temporal");

    assertEquals(401, call.statusCode());
    assertTrue(call.body().contains("Cambie en la intranet"), call.body());
  }

  /** Waits until the inbox lists one case only, {@code radicado}; returns the table's text. */
  private static String onlyRow(ChromeDriver browser, WebDriverWait wait, String radicado) {
    By rows = By.cssSelector("#inbox\\:cases_data > tr");
    wait.until(
        d -> {
          try {
            var found = d.findElements(rows);
            return found.size() == 1 && found.get(0).getText().contains(radicado);
          } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
            return false;
          }
        });
    return browser.findElement(By.id("inbox:cases")).getText();
  }

  /** Opens the workspace of {@code radicado}. */
  private void open(ChromeDriver browser, WebDriverWait wait, String radicado) {
    browser.get(url("casos/caso.xhtml?radicado=" + radicado).toString());
    wait.until(ExpectedConditions.textToBe(By.id("ws:radicado"), radicado));
  }

  /** Opens the dialog of an action of the workspace. */
  private static void act(ChromeDriver browser, WebDriverWait wait, String action) {
    Workspace.act(browser, wait, action);
  }

  /** Confirms the open dialog and waits for the growl that says it was done. */
  private static void confirm(ChromeDriver browser, WebDriverWait wait, String done) {
    browser.findElement(By.id("actionForm:confirm")).click();
    try {
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), done));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot(browser, "action-failed.png");
      throw new AssertionError(
          "not done; the dialog said: " + browser.findElement(By.id("actionForm")).getText(), e);
    }
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("actionDialog")));
  }

  private static void choose(
      ChromeDriver browser, WebDriverWait wait, String widget, String value) {
    Workspace.choose(browser, wait, widget, value);
  }

  // --- Administration screens (admin-screens branch) ---

  @Test
  void anAdministratorCreatesAnAccountWhoseOwnerMustChangeTheFirstPasswordBeforeTheInbox()
      throws Exception {
    people();
    String first = "Primera-Clave-2026";
    String chosen = "Mi-Clave-Propia-77";
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = adminWait(browser);
      openAsAdmin(browser, wait, "admin/usuarios.xhtml", "Usuarios y roles");

      // when: the administrator creates the account with two roles and an area
      browser.findElement(By.id("users:create")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:newUserName")));
      type(browser, "userForm:newUserName", "Marta.Nueva");
      type(browser, "userForm:fullName", "Marta Nueva Responsable");
      type(browser, "userForm:email", "marta.nueva@empresa.example");
      tick(browser, "userForm:roles", "RECEPCION");
      tick(browser, "userForm:roles", "RESPONSABLE");
      choose(browser, wait, "userAreas", "Operaciones");
      type(browser, "userForm:firstPassword", first);
      assertTrue(
          browser.findElement(By.id("userForm:mustChange_input")).isSelected(),
          "must change the first password: on by default");
      screenshot(browser, "admin-user-create.png");
      browser.findElement(By.id("userForm:save")).click();
      growl(browser, wait, "Cuenta marta.nueva creada.");
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("userDialog")));

      // then: the table lists it with its roles, area and the pending change
      type(browser, "users:search", "marta.nueva");
      String row = onlyRow(wait, "users:table");
      assertTrue(row.contains("Marta Nueva Responsable"), row);
      assertTrue(row.contains("Recepción") && row.contains("Responsable"), row);
      assertTrue(row.contains("Operaciones"), row);
      assertTrue(row.contains("Debe cambiar la contraseña") && row.contains("Nunca"), row);
      screenshot(browser, "admin-users.png");
      Browser.logout(browser);

      // and: the owner logs in, must change the password before anything else
      Browser.login(browser, url(""), "marta.nueva", first);
      wait.until(ExpectedConditions.urlContains("cuenta.xhtml"));
      assertTrue(
          browser.findElement(By.id("password")).getText().contains("elija una nueva"),
          browser.findElement(By.id("password")).getText());
      browser.get(url("casos/bandeja.xhtml").toString());
      wait.until(ExpectedConditions.urlContains("cuenta.xhtml"));
      browser.findElement(By.id("password:current")).sendKeys(first);
      browser.findElement(By.id("password:fresh")).sendKeys(chosen);
      browser.findElement(By.id("password:repeated")).sendKeys(chosen);
      browser.findElement(By.id("password:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("password:messages"), "Su contraseña quedó cambiada."));
      browser.get(url("casos/bandeja.xhtml").toString());
      wait.until(ExpectedConditions.titleContains("Bandeja de casos"));
      assertEquals("Marta Nueva Responsable", browser.findElement(By.id("who")).getText());
      screenshot(browser, "admin-new-user-inbox.png");
    } finally {
      browser.quit();
    }
    HttpResponse<String> withTheFirst =
        api()
            .send(
                HttpRequest.newBuilder(url("api/casos"))
                    .header("Authorization", Api.basic("marta.nueva", first)));
    HttpResponse<String> withTheChosen =
        api()
            .send(
                HttpRequest.newBuilder(url("api/casos"))
                    .header("Authorization", Api.basic("marta.nueva", chosen)));
    assertEquals(401, withTheFirst.statusCode());
    assertEquals(200, withTheChosen.statusCode(), withTheChosen.body());
  }

  @Test
  void anAdministratorSeesWhyAnAccountIsLockedUnlocksItAndSetsATemporaryPassword()
      throws Exception {
    api().user("berta.b", "Berta Bloqueada", "recepcion", null, false);
    for (int i = 0; i < 5; i++) {
      api()
          .send(
              HttpRequest.newBuilder(url("api/casos"))
                  .header("Authorization", Api.basic("berta.b", "equivocada-" + i)));
    }
    assertEquals(401, api().get("api/casos", "berta.b").statusCode(), "locked");

    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = adminWait(browser);
      openAsAdmin(browser, wait, "admin/usuarios.xhtml", "Usuarios y roles");
      type(browser, "users:search", "berta.b");
      String locked = onlyRow(wait, "users:table");
      assertTrue(locked.contains("Bloqueada hasta"), locked);

      // the attempts tell why
      browser.findElement(By.id("users:table:0:attempts")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attemptsForm:attempts")));
      String attempts = browser.findElement(By.id("attemptsForm")).getText();
      assertTrue(attempts.contains("Contraseña incorrecta"), attempts);
      assertTrue(attempts.contains("Cuenta bloqueada"), attempts);
      screenshot(browser, "admin-user-attempts.png");
      browser.executeScript("PF('attemptsDialog').hide()");
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("attemptsDialog")));

      // when
      browser.findElement(By.id("users:table:0:unlock")).click();
      confirmYes(browser, wait);
      growl(browser, wait, "Cuenta berta.b desbloqueada.");

      // then
      wait.until(d -> !onlyRow(wait, "users:table").contains("Bloqueada hasta"));
      assertTrue(browser.findElements(By.id("users:table:0:unlock")).isEmpty());
      assertEquals(200, api().get("api/casos", "berta.b").statusCode(), "unlocked");

      // and: a temporary password, refused while too short, then a proposed one
      browser.findElement(By.id("users:table:0:password")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passwordForm:newPassword")));
      type(browser, "passwordForm:newPassword", "corta-1");
      browser.findElement(By.id("passwordForm:setPassword")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("passwordForm:errors"), "La contraseña debe tener al menos 10 caracteres."));
      browser.findElement(By.id("passwordForm:proposeNew")).click();
      wait.until(
          d ->
              d.findElement(By.id("passwordForm:newPassword")).getAttribute("value").length()
                  >= 14);
      browser.findElement(By.id("passwordForm:setPassword")).click();
      growl(browser, wait, "Contraseña temporal asignada a berta.b");
      wait.until(d -> onlyRow(wait, "users:table").contains("Debe cambiar la contraseña"));
    } finally {
      browser.quit();
    }
    assertEquals(401, api().get("api/casos", "berta.b").statusCode(), "the old password is gone");
  }

  @Test
  void onlyAnAdministratorReachesTheUsersScreenAndSigTheOtherAdministration() throws Exception {
    people();
    assertEquals(403, api().get("admin/usuarios.xhtml", "recepcion").statusCode());
    assertEquals(403, api().get("admin/usuarios.xhtml", "sig").statusCode());
    assertEquals(403, api().get("admin/terminos.xhtml", "recepcion").statusCode());
    assertEquals(200, api().get("admin/areas.xhtml", "sig").statusCode());
    assertEquals(200, api().get("admin/festivos.xhtml", "sig").statusCode());
    assertEquals(200, api().admin("admin/usuarios.xhtml").statusCode());

    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = adminWait(browser);
      Browser.login(browser, url(""), "recepcion", Api.PASSWORD);
      assertTrue(browser.findElements(By.id("navUsers")).isEmpty(), "no link to the users");
      assertTrue(browser.findElements(By.id("navTerms")).isEmpty(), "no administration menu");
      browser.get(url("admin/usuarios.xhtml").toString());
      wait.until(ExpectedConditions.titleContains("Acceso denegado"));
      screenshot(browser, "admin-users-forbidden.png");
    } finally {
      browser.quit();
    }
  }

  @Test
  void anAdministratorCannotTakeTheAdminRoleFromThemselves() throws Exception {
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = adminWait(browser);
      openAsAdmin(browser, wait, "admin/usuarios.xhtml", "Usuarios y roles");
      type(browser, "users:search", ItEnvironment.ADMIN);
      // the search redraws the table: find the row and click in one step, again if it was redrawn
      wait.until(
          d -> {
            try {
              var row =
                  rowsOf(d, "users:table").stream()
                      .filter(
                          r ->
                              r.findElement(By.cssSelector("[id$=':userName']"))
                                  .getText()
                                  .equals(ItEnvironment.ADMIN))
                      .findFirst();
              if (row.isEmpty()) {
                return false;
              }
              row.get().findElement(By.cssSelector("[id$=':edit']")).click();
              return true;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
              return false;
            }
          });
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:fullName")));
      assertTrue(browser.findElement(By.id("userForm")).getText().contains("Es su propia cuenta"));

      // when
      tick(browser, "userForm:roles", "RECEPCION");
      tick(browser, "userForm:roles", "ADMIN"); // takes it away
      browser.findElement(By.id("userForm:save")).click();

      // then
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("userForm:errors"),
              "No puede quitarse el rol de administrador ni desactivar su propia cuenta."));
      screenshot(browser, "admin-user-cannot-demote-self.png");
    } finally {
      browser.quit();
    }
    assertEquals(200, api().admin("admin/usuarios.xhtml").statusCode(), "still an administrator");
  }

  @Test
  void anAreaIsCreatedHandedToAnotherLeaderAndDeactivated() throws Exception {
    people();
    String area = "Seguridad Electrónica";
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = adminWait(browser);
      openAsAdmin(browser, wait, "admin/areas.xhtml", "Procesos y líderes");

      // when: created, led by the leader of Operaciones, whose email is proposed
      browser.findElement(By.id("areas:create")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("areaForm:name")));
      type(browser, "areaForm:name", area);
      pick(browser, wait, "areaLeader", "lider.op");
      wait.until(
          d ->
              "lider.op@empresa.example"
                  .equals(d.findElement(By.id("areaForm:leaderEmail")).getAttribute("value")));
      screenshot(browser, "admin-area-create.png");
      browser.findElement(By.id("areaForm:save")).click();
      growl(browser, wait, "Proceso " + area + " creado, con lider.op como líder.");
      String created = areaRow(browser, wait, area).getText();
      assertTrue(created.contains("Carlos Líder Operaciones"), created);
      assertTrue(created.contains("lider.op@empresa.example") && created.contains("Activo"));

      // and: handed to the SIG office with another email
      areaRow(browser, wait, area).findElement(By.cssSelector("[id$=':changeLeader']")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("areaForm:leaderEmail")));
      pick(browser, wait, "areaLeader", "sig");
      wait.until(
          d ->
              "sig@empresa.example"
                  .equals(d.findElement(By.id("areaForm:leaderEmail")).getAttribute("value")));
      type(browser, "areaForm:leaderEmail", "seguridad@empresa.example");
      browser.findElement(By.id("areaForm:save")).click();
      growl(browser, wait, "El proceso " + area + " queda a cargo de sig.");

      // and: no longer offered
      areaRow(browser, wait, area).findElement(By.cssSelector("[id$=':deactivate']")).click();
      confirmYes(browser, wait);
      growl(browser, wait, "Proceso " + area + " desactivado");

      // then: as stored, read again
      browser.get(url("admin/areas.xhtml").toString());
      String stored = areaRow(browser, wait, area).getText();
      assertTrue(
          stored.contains("Sofía SIG") && stored.contains("(sig)") || stored.contains("sig"));
      assertTrue(stored.contains("seguridad@empresa.example"), stored);
      assertTrue(stored.contains("Inactivo"), stored);
      screenshot(browser, "admin-areas.png");

      // and the ladder: a mailbox for level 4, then none again
      browser.findElement(By.id("areas:ladder:3:editMailbox")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mailboxForm:mailbox")));
      type(browser, "mailboxForm:mailbox", "gerencia general");
      browser.findElement(By.id("mailboxForm:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("mailboxForm:errors"), "Escriba un correo electrónico válido"));
      type(browser, "mailboxForm:mailbox", "gerencia@empresa.example");
      browser.findElement(By.id("mailboxForm:save")).click();
      growl(browser, wait, "Buzón del nivel Gerencia general guardado.");
      wait.until(
          ExpectedConditions.textToBe(By.id("areas:ladder:3:mailbox"), "gerencia@empresa.example"));
      browser.findElement(By.id("areas:ladder:3:editMailbox")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mailboxForm:mailbox")));
      type(browser, "mailboxForm:mailbox", "");
      browser.findElement(By.id("mailboxForm:save")).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("areas:ladder:3:mailbox")));
    } finally {
      browser.quit();
    }
  }

  @Test
  void anAgencyIsCreatedRenamedAndDeactivatedAndAGivenNameIsRefusedTwice() throws Exception {
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = adminWait(browser);
      openAsAdmin(browser, wait, "admin/sedes.xhtml", "Sedes");
      browser.findElement(By.id("agencies:create")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agencyForm:name")));
      type(browser, "agencyForm:name", "Puesto Zona Franca");
      type(browser, "agencyForm:city", "Cartagena");
      browser.findElement(By.id("agencyForm:save")).click();
      growl(browser, wait, "Sede Puesto Zona Franca creada.");

      // the same name again (case and accents ignored) is refused in the dialog
      browser.findElement(By.id("agencies:create")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agencyForm:name")));
      type(browser, "agencyForm:name", "puesto zona franca");
      browser.findElement(By.id("agencyForm:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("agencyForm:errors"), "Ya existe la sede puesto zona franca."));
      browser.executeScript("PF('agencyDialog').hide()");

      rowWith(browser, wait, "agencies:table", "Puesto Zona Franca")
          .findElement(By.cssSelector("[id$=':edit']"))
          .click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agencyForm:name")));
      type(browser, "agencyForm:name", "Puesto Mamonal");
      browser.findElement(By.id("agencyForm:save")).click();
      growl(browser, wait, "Sede Puesto Mamonal guardada.");
      rowWith(browser, wait, "agencies:table", "Puesto Mamonal")
          .findElement(By.cssSelector("[id$=':deactivate']"))
          .click();
      confirmYes(browser, wait);
      growl(browser, wait, "Sede Puesto Mamonal desactivada.");
      browser.get(url("admin/sedes.xhtml").toString());
      String row = rowWith(browser, wait, "agencies:table", "Puesto Mamonal").getText();
      assertTrue(row.contains("Cartagena") && row.contains("Inactiva"), row);
      screenshot(browser, "admin-agencies.png");
    } finally {
      browser.quit();
    }
  }

  @Test
  void aTermWithinTheLawIsSavedAndAppliesToNewCasesAndOneBeyondItIsRefusedInSpanish()
      throws Exception {
    // felicitaciones: no other test files one, so the suite's terms stay as they are
    String felicitacion =
        """
        {"tipo":"felicitacion","nombres":"Inés Pardo","correo":"ines@example.com",
         "asunto":"Buen servicio","descripcion":"El guarda de la noche fue muy amable."}
        """;
    int row = 7; // PqrsType.FELICITACION, in the order of the enum
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = adminWait(browser);
      openAsAdmin(browser, wait, "admin/terminos.xhtml", "Términos y preajuste");
      assertEquals("Ley 1755 de 2015", browser.findElement(By.id("terms:presetName")).getText());
      String legal = browser.findElement(By.id("terms:types")).getText();
      assertTrue(legal.contains("Felicitación"), legal);

      // when: beyond the law
      browser.findElement(By.id("terms:types:" + row + ":edit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("termForm:days")));
      assertEquals("Felicitación", browser.findElement(By.id("termForm:subject")).getText());
      type(browser, "termForm:days", "20");
      browser.findElement(By.id("termForm:save")).click();

      // then
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("termForm:errors"),
              "El término de un tipo debe estar entre 1 y 15 días hábiles: la empresa puede"
                  + " responder antes que la ley, nunca después (Ley 1755 de 2015, art. 14)."));
      screenshot(browser, "admin-term-beyond-the-law.png");
      assertEquals(
          "15 días hábiles", browser.findElement(By.id("terms:types:" + row + ":days")).getText());

      // when: within it
      type(browser, "termForm:days", "8");
      browser.findElement(By.id("termForm:save")).click();
      growl(browser, wait, "Término de Felicitación guardado.");
      wait.until(
          ExpectedConditions.textToBe(By.id("terms:types:" + row + ":days"), "8 días hábiles"));
      assertEquals(
          "Propio", browser.findElement(By.id("terms:types:" + row + ":origin")).getText());
      screenshot(browser, "admin-terms.png");

      // then: a felicitación filed now is due in 8 business days
      JsonObject shorter = filed(felicitacion);
      assertEquals(dueIn(shorter, 8), shorter.getString("vence"));

      // and a level cannot have more than 30 days either
      browser.findElement(By.id("terms:levels:0:edit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("termForm:noTerm")));
      browser.findElement(By.cssSelector("#termForm\\:noTerm .ui-chkbox-box")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("termForm:days")));
      type(browser, "termForm:days", "40");
      browser.findElement(By.id("termForm:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("termForm:errors"),
              "El término de un nivel debe estar entre 1 y 30 días hábiles, o quedar sin término."));
      browser.executeScript("PF('termDialog').hide()");

      // when: back to the preset
      browser.findElement(By.id("terms:types:" + row + ":reset")).click();
      confirmYes(browser, wait);
      growl(browser, wait, "Término de Felicitación restablecido al del preajuste.");
      wait.until(
          ExpectedConditions.textToBe(By.id("terms:types:" + row + ":days"), "15 días hábiles"));
      assertEquals(
          "Del preajuste", browser.findElement(By.id("terms:types:" + row + ":origin")).getText());
    } finally {
      browser.quit();
    }
    JsonObject legalAgain = filed(felicitacion);
    assertEquals(dueIn(legalAgain, 15), legalAgain.getString("vence"));
  }

  @Test
  void theHolidaysOf2026AreTheEighteenOfLey51De1983WithTheirWeekdays() throws Exception {
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = adminWait(browser);
      openAsAdmin(browser, wait, "admin/festivos.xhtml?anio=2025", "Festivos");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("holidays:summary"), "festivos en 2025"));

      // when
      pick(browser, wait, "yearMenu", "2026");

      // then
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("holidays:summary"), "18 festivos en 2026"));
      List<org.openqa.selenium.WebElement> rows = rowsOf(browser, "holidays:table");
      assertEquals(18, rows.size());
      String immaculate =
          rows.stream()
              .map(org.openqa.selenium.WebElement::getText)
              .filter(t -> t.startsWith("08/12/2026"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no holiday on 08/12/2026"));
      assertEquals("08/12/2026 martes Inmaculada Concepción", immaculate.replace('\n', ' '));
      assertTrue(rows.get(0).getText().startsWith("01/01/2026"), rows.get(0).getText());
      assertTrue(browser.findElement(By.id("holidays")).getText().contains("Ley 51 de 1983"));
      screenshot(browser, "admin-holidays-2026.png");
    } finally {
      browser.quit();
    }
  }

  /** A wait that looks again when AJAX replaced the element it was reading. */
  private static WebDriverWait adminWait(ChromeDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** Logs the administrator in and opens {@code page}, waiting for its {@code title}. */
  private void openAsAdmin(ChromeDriver browser, WebDriverWait wait, String page, String title) {
    Browser.login(browser, url(""), ItEnvironment.ADMIN, ItEnvironment.adminPassword());
    browser.get(url(page).toString());
    wait.until(ExpectedConditions.titleContains(title));
  }

  /** Replaces the text of the input {@code id}. */
  private static void type(ChromeDriver browser, String id, String text) {
    org.openqa.selenium.WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** Toggles the check box of {@code value} in the PrimeFaces selectManyCheckbox {@code id}. */
  private static void tick(ChromeDriver browser, String id, String value) {
    browser
        .findElement(
            By.xpath(
                "//*[@id='"
                    + id
                    + "']//input[@value='"
                    + value
                    + "']/ancestor::div[contains(@class,'ui-chkbox')][1]"
                    + "/div[contains(@class,'ui-chkbox-box')]"))
        .click();
  }

  /**
   * Waits for the growl to say {@code text}, then clears it (it would cover the buttons at the top
   * right).
   */
  private static void growl(ChromeDriver browser, WebDriverWait wait, String text) {
    try {
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), text));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot(browser, "admin-no-growl.png");
      throw new AssertionError("the growl did not say: " + text, e);
    }
    browser.executeScript("PF('growl').removeAll()");
  }

  /** Picks a value of a select menu like {@link #choose}, and fires its change (its AJAX). */
  private static void pick(ChromeDriver browser, WebDriverWait wait, String widget, String value) {
    choose(browser, wait, widget, value);
    browser.executeScript("PrimeFaces.widgets['" + widget + "'].triggerChange()");
  }

  /** Answers yes in the page's confirmation dialog. */
  private static void confirmYes(ChromeDriver browser, WebDriverWait wait) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
  }

  /** The rows of the data table {@code id}, without the row of an empty table. */
  private static List<org.openqa.selenium.WebElement> rowsOf(
      org.openqa.selenium.WebDriver browser, String id) {
    return browser.findElements(By.cssSelector("[id='" + id + "_data'] > tr[data-ri]"));
  }

  /** Waits until table {@code id} has exactly one row, and returns its text. */
  private static String onlyRow(WebDriverWait wait, String id) {
    return wait.until(
        d -> {
          List<org.openqa.selenium.WebElement> rows = rowsOf(d, id);
          return rows.size() == 1 ? rows.get(0).getText() : null;
        });
  }

  /** The row of table {@code id} whose text contains {@code text}. */
  private static org.openqa.selenium.WebElement rowWith(
      ChromeDriver browser, WebDriverWait wait, String id, String text) {
    return wait.until(
        d -> {
          try {
            return rowsOf(d, id).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElse(null);
          } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
            return null;
          }
        });
  }

  private static org.openqa.selenium.WebElement areaRow(
      ChromeDriver browser, WebDriverWait wait, String area) {
    return rowWith(browser, wait, "areas:table", area);
  }

  /** The due date of a case filed as {@code receipt} with a term of {@code days}. */
  private String dueIn(JsonObject receipt, int days) throws Exception {
    java.time.LocalDate received =
        java.time.OffsetDateTime.parse(receipt.getString("recibido")).toLocalDate();
    HttpResponse<String> due =
        get("api/calendario/vencimiento?desde=" + received + "&dias=" + days);
    return json(due.body()).getString("vence");
  }
}
