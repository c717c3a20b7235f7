package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The daily workflow: each role's home starts with its queue, and the whole workflow by the staff
 * API, with no screen (issue #18, items 4 and 8): {@code POST
 * /api/casos/{radicado}/acciones/{accion}} under the same role, state and term rules as the case
 * workspace, answering the updated case, a Spanish 403, 404, 409 or 422 with the reason.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {

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
    api.user("recepcion", "Rosa Recepción", "recepcion", null, false);
    api.user("ana.op", "Ana Operaciones", "responsable", "Operaciones", false);
    api.user("lider.op", "Carlos Líder Operaciones", "lider", null, false);
    api.user("gerente", "Gabriel Gerente", "gerencia", null, false);
  }

  private java.net.URI url(String path) {
    return api().url(path);
  }

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

  /**
   * Each role's home starts with its queue (issue: what waits for reception is not on its home): a
   * new radicado is counted in reception's "por clasificar y asignar", the count links to the inbox
   * narrowed to it; management, which only reads, has no queue.
   */
  @Test
  void receptionsHomeStartsWithWhatWaitsToBeClassifiedAndLinksToIt() throws Exception {
    String radicado =
        api()
            .radicado(
                """
                {"tipo":"peticion","nombres":"Jaime Ossa","correo":"jaime.ossa@example.com",
                 "asunto":"Copia de la minuta del 3 de noviembre",
                 "descripcion":"Solicito copia de la minuta de la portería."}
                """);
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      Browser.login(browser, url(""), "recepcion", Api.PASSWORD);
      browser.get(url("").toString());
      By queue = By.cssSelector(".vt-queue-por-clasificar a");
      wait.until(ExpectedConditions.presenceOfElementLocated(queue));
      String card = browser.findElement(queue).getText();
      assertTrue(card.contains("Por clasificar y asignar"), card);
      assertTrue(Integer.parseInt(card.replaceAll("(?s)\\D.*", "")) >= 1, card);
      assertTrue(
          browser.findElements(By.cssSelector(".vt-queue-por-aprobar")).isEmpty(),
          "approving is the leader's queue");

      browser.findElement(queue).click();
      wait.until(ExpectedConditions.titleContains("Bandeja de casos"));
      browser.findElement(By.id("inbox:text")).sendKeys(radicado);
      onlyRow(browser, wait, radicado);
      browser.get(url("").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(queue));
      Browser.logout(browser);

      Browser.login(browser, url(""), "gerente", Api.PASSWORD);
      browser.get(url("").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cardMine")));
      assertTrue(browser.findElements(By.cssSelector(".vt-card-queue")).isEmpty());
    } finally {
      browser.quit();
    }
  }

  private HttpResponse<String> act(String radicado, String action, String user, String json)
      throws Exception {
    return api()
        .send(
            Api.as(
                user,
                HttpRequest.newBuilder(api().url("api/casos/" + radicado + "/acciones/" + action))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))));
  }

  /** Takes the action and returns the case it answers, asserting 200. */
  private JsonObject ok(String radicado, String action, String user, String json) throws Exception {
    HttpResponse<String> r = act(radicado, action, user, json);
    assertEquals(200, r.statusCode(), action + ": " + r.body());
    return Api.json(r.body());
  }

  private static List<String> operations(JsonObject c) {
    return c.getJsonArray("operaciones").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("accion"))
        .toList();
  }

  @Test
  void aCaseIsWorkedFromFilingToClosingWithNoScreen() throws Exception {
    String radicado =
        api()
            .radicado(
                """
                {"tipo":"queja","nombres":"Marcela Ocampo","correo":"marcela.ocampo@example.com",
                 "sede":"Pereira","asunto":"Guarda sin dotación en el turno nocturno",
                 "descripcion":"El guarda no tenía radio ni linterna."}
                """);
    JsonObject filed = Api.json(api().get("api/casos/" + radicado, "recepcion").body());
    assertTrue(operations(filed).contains("clasificar"), filed.toString());
    assertTrue(operations(filed).contains("asignar"));
    assertTrue(!operations(filed).contains("proyectar-respuesta"), "not reception's, not yet");

    ok(radicado, "clasificar", "recepcion", "{\"nivel\": 2}");
    JsonObject assigned =
        ok(
            radicado,
            "asignar",
            "recepcion",
            "{\"proceso\":\"Operaciones\",\"responsable\":\"ana.op\",\"texto\":\"Revisar minuta\"}");
    assertEquals("asignado", assigned.getString("estado"));
    assertEquals("ana.op", assigned.getString("responsable"));
    assertEquals(2, assigned.getInt("nivel"));

    assertEquals("en_tramite", ok(radicado, "iniciar", "ana.op", "{}").getString("estado"));
    ok(
        radicado,
        "proyectar-respuesta",
        "ana.op",
        "{\"texto\":\"Entregamos la dotación completa al guarda y reforzamos la revista.\"}");
    HttpResponse<String> early = act(radicado, "enviar-respuesta", "ana.op", "");
    assertEquals(409, early.statusCode(), "not approved yet: " + early.body());
    assertTrue(Api.json(early.body()).getString("mensaje").length() > 10, early.body());

    HttpResponse<String> notHers = act(radicado, "aprobar-respuesta", "ana.op", "{}");
    assertEquals(403, notHers.statusCode(), "a responsable does not approve: " + notHers.body());

    JsonObject approved = ok(radicado, "aprobar-respuesta", "lider.op", "{}");
    assertEquals("respuesta_aprobada", approved.getString("estado"));
    // an approved answer is sent, not drafted again: not offered, and refused (issue #18, item 7)
    assertTrue(!operations(approved).contains("proyectar-respuesta"), approved.toString());
    JsonObject asLeader = Api.json(api().get("api/casos/" + radicado, "lider.op").body());
    assertTrue(!operations(asLeader).contains("proyectar-respuesta"), asLeader.toString());
    HttpResponse<String> redraft =
        act(radicado, "proyectar-respuesta", "ana.op", "{\"texto\":\"Otra respuesta.\"}");
    assertEquals(409, redraft.statusCode(), redraft.body());
    assertTrue(
        Api.json(redraft.body()).getString("mensaje").contains("ya fue aprobada"), redraft.body());
    assertEquals("respondido", ok(radicado, "enviar-respuesta", "ana.op", "").getString("estado"));
    ok(radicado, "respuesta-peticionario", "recepcion", "{\"acepta\":true,\"calificacion\":4}");
    JsonObject closed =
        ok(
            radicado,
            "cerrar",
            "lider.op",
            "{\"texto\":\"Cerrado con la satisfacción del cliente\"}");

    assertEquals("cerrado", closed.getString("estado"));
    assertTrue(operations(closed).stream().noneMatch(a -> a.equals("cerrar")));
    String history = closed.getJsonArray("historia").toString();
    assertTrue(history.contains("Entregamos la dotación"), history);
  }

  /**
   * Issue #18, item 5: a sede received as free text is matched to a configured agency (accents and
   * case ignored, by name or city) or waits for reception, who finds it in its queue and the inbox
   * filter and chooses the agency in the case's header (the same command as {@code POST
   * .../acciones/sede}).
   */
  @Test
  void aSedeReceivedIsMatchedOrReceptionChoosesItFromTheConfiguredOnes() throws Exception {
    api().agency("Sede WorkflowIT Ibagué", "Ibagué");
    String matched =
        api()
            .radicado(
                """
                {"tipo":"peticion","nombres":"Irene Ospina","correo":"irene.ospina@example.com",
                 "sede":"ibague","asunto":"Certificado de servicio",
                 "descripcion":"Solicito certificado del servicio prestado en Ibagué."}
                """);
    String unknown =
        api()
            .radicado(
                """
                {"tipo":"peticion","nombres":"Hernán Quiroga","correo":"hernan.quiroga@example.com",
                 "sede":"Puesto WorkflowIT Honda","asunto":"Horario del puesto",
                 "descripcion":"Solicito el horario de atención del puesto."}
                """);
    JsonObject m = Api.json(api().get("api/casos/" + matched, "recepcion").body());
    assertEquals("Sede WorkflowIT Ibagué", m.getString("sede"), m.toString());
    assertEquals(false, m.getBoolean("sedePorConfirmar"));
    JsonObject u = Api.json(api().get("api/casos/" + unknown, "recepcion").body());
    assertEquals("Puesto WorkflowIT Honda", u.getString("sede"), "kept as received");
    assertEquals(true, u.getBoolean("sedePorConfirmar"));
    String queue = api().get("api/casos?sede=por-confirmar&cantidad=500", "recepcion").body();
    assertTrue(queue.contains(unknown) && !queue.contains(matched), queue);
    HttpResponse<String> notOurs = act(unknown, "sede", "recepcion", "{\"sede\":\"Honda\"}");
    assertEquals(409, notOurs.statusCode(), notOurs.body());
    ok(unknown, "asignar", "recepcion", "{\"proceso\":\"Operaciones\",\"responsable\":\"ana.op\"}");
    // choosing the sede is reception's (the right to classify), not the responsable's
    HttpResponse<String> notHers =
        act(unknown, "sede", "ana.op", "{\"sede\":\"Sede WorkflowIT Ibagué\"}");
    assertEquals(403, notHers.statusCode(), notHers.body());
    HttpResponse<String> none = act(unknown, "sede", "recepcion", "{}");
    assertEquals(422, none.statusCode(), none.body());

    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      Browser.login(browser, url(""), "recepcion", Api.PASSWORD);
      browser.get(url("").toString());
      By agencyQueue = By.cssSelector(".vt-queue-sede-por-confirmar a");
      wait.until(ExpectedConditions.presenceOfElementLocated(agencyQueue));
      assertTrue(browser.findElement(agencyQueue).getText().contains("Sede por confirmar"));

      browser.get(url("casos/caso.xhtml?radicado=" + unknown).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ws:agencyUnconfirmed")));
      // the responsable by name, the login as tooltip (item 7)
      var responsible = browser.findElement(By.id("ws:responsible"));
      assertEquals("Ana Operaciones", responsible.getText());
      assertEquals("ana.op", responsible.getAttribute("title"));
      Workspace.choose(browser, wait, "agencyChoice", "Sede WorkflowIT Ibagué");
      browser.findElement(By.id("ws:confirmAgency")).click();
      By growl = By.cssSelector(".ui-growl-item");
      wait.until(ExpectedConditions.visibilityOfElementLocated(growl));
      wait.until(ExpectedConditions.textToBe(By.id("ws:agency"), "Sede WorkflowIT Ibagué"));
      assertTrue(browser.findElements(By.id("ws:agencyUnconfirmed")).isEmpty());
      // the toast never covers the case header and its due date (item 7)
      org.openqa.selenium.Rectangle toast = browser.findElement(growl).getRect();
      org.openqa.selenium.Rectangle head = browser.findElement(By.id("ws:head")).getRect();
      boolean overlaps =
          toast.x < head.x + head.width
              && head.x < toast.x + toast.width
              && toast.y < head.y + head.height
              && head.y < toast.y + toast.height;
      assertTrue(!overlaps, "toast " + toast + " over the header " + head);
      // PrimeFaces speaks Spanish: its calendar's buttons and the file chooser (item 7)
      assertEquals(
          "Hoy",
          browser.executeScript(
              "return PrimeFaces.getLocaleSettings(PrimeFaces.settings.locale).today"));
      assertEquals(
          "Limpiar",
          browser.executeScript(
              "return PrimeFaces.getLocaleSettings(PrimeFaces.settings.locale).clear"));
      JsonObject confirmed = Api.json(api().get("api/casos/" + unknown, "recepcion").body());
      assertEquals("Sede WorkflowIT Ibagué", confirmed.getString("sede"));
      assertTrue(confirmed.getJsonArray("historia").toString().contains("Puesto WorkflowIT Honda"));

      // staff who reach a page that does not exist keep the intranet and its menu (item 7)
      browser.get(url("casos/no-existe.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errorMessage")));
      assertTrue(!browser.findElements(By.id("navHome")).isEmpty(), "the intranet menu");
      browser.get(url("").toString());
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector(".vt-queue-por-clasificar")));
      Browser.logout(browser);
      // a visitor gets the public page
      browser.get(url("error/no-existe.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errorMessage")));
      assertTrue(browser.findElements(By.id("navHome")).isEmpty(), "no intranet menu for visitors");

      // a period with no cases: every chart says so instead of an empty frame (item 7)
      Browser.login(browser, url(""), "gerente", Api.PASSWORD);
      browser.get(url("informes.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reports:code")));
      var code = browser.findElement(By.id("reports:code"));
      code.clear();
      code.sendKeys("2001-T1");
      browser.findElement(By.id("reports:show")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".vt-chart-empty")));
      assertTrue(
          browser
              .findElement(By.cssSelector(".vt-chart-empty"))
              .getText()
              .contains("Sin datos para el período"));
      browser.get(url("").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cardMine")));
    } finally {
      browser.quit();
    }
  }

  @Test
  void wrongInputIsRefusedInSpanishFieldByFieldAndNothingChanges() throws Exception {
    String radicado =
        api()
            .radicado(
                """
                {"tipo":"peticion","nombres":"Óscar Lema","correo":"oscar.lema@example.com",
                 "asunto":"Copia del contrato","descripcion":"Solicito copia del contrato."}
                """);

    HttpResponse<String> unknown = act(radicado, "archivar", "recepcion", "{}");
    HttpResponse<String> missing =
        act(radicado, "asignar", "recepcion", "{\"proceso\":\"Operaciones\"}");
    HttpResponse<String> shape = act(radicado, "clasificar", "recepcion", "{\"nivel\":\"alto\"}");
    HttpResponse<String> notJson = act(radicado, "nota", "recepcion", "{texto:");

    assertEquals(404, unknown.statusCode(), unknown.body());
    assertTrue(Api.json(unknown.body()).getString("mensaje").contains("asignar"), unknown.body());
    assertEquals(422, missing.statusCode(), missing.body());
    JsonObject error = Api.json(missing.body()).getJsonArray("errores").getJsonObject(0);
    assertEquals("responsable", error.getString("campo"));
    assertTrue(error.getString("mensaje").startsWith("Falta el campo"), error.toString());
    assertEquals(422, shape.statusCode(), shape.body());
    assertEquals(
        "nivel",
        Api.json(shape.body()).getJsonArray("errores").getJsonObject(0).getString("campo"));
    assertEquals(400, notJson.statusCode(), notJson.body());
    JsonObject still = Api.json(api().get("api/casos/" + radicado, "recepcion").body());
    assertEquals("radicado", still.getString("estado"));
    assertTrue(
        still.getJsonArray("acciones").getValuesAs(JsonString.class).stream()
            .anyMatch(s -> s.getString().equals("ASSIGN")));
  }

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

  private HttpResponse<String> upload(String radicado, String user, String name, byte[] content)
      throws Exception {
    String boundary = "vt" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return api()
        .send(
            Api.as(
                user,
                HttpRequest.newBuilder(api().url("api/casos/" + radicado + "/adjuntos"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
  }

  /**
   * Files after filing (issue #18, item 9): staff add the petitioner's later documents, the
   * petitioner adds them with the tracking code by API and on the status page; each is checked by
   * its content, and a wrong code finds nothing.
   */
  @Test
  void filesComeAfterFilingFromStaffAndFromThePetitionerWithTheCode() throws Exception {
    JsonObject receipt =
        api()
            .file(
                """
                {"tipo":"reclamo","nombres":"Hernán Gil","correo":"hernan.gil@example.com",
                 "asunto":"Cobro de un puesto no prestado",
                 "descripcion":"Facturaron un puesto que no se prestó en octubre."}
                """);
    String radicado = receipt.getString("radicado");
    String code = receipt.getString("codigo");

    HttpResponse<String> byStaff = upload(radicado, "recepcion", "factura-octubre.pdf", PDF);
    HttpResponse<String> program =
        upload(
            radicado,
            "recepcion",
            "factura.pdf",
            "MZ\u0090\u0000binary".getBytes(StandardCharsets.ISO_8859_1));

    assertEquals(201, byStaff.statusCode(), byStaff.body());
    assertTrue(byStaff.body().contains("factura-octubre.pdf"), byStaff.body());
    assertEquals(400, program.statusCode(), program.body());
    assertEquals(
        "adjuntos",
        Api.json(program.body()).getJsonArray("errores").getJsonObject(0).getString("campo"));

    String json =
        "{\"adjuntos\":[{\"nombre\":\"paz-y-salvo.pdf\",\"contenido\":\""
            + java.util.Base64.getEncoder().encodeToString(PDF)
            + "\"}]}";
    HttpResponse<String> wrongCode =
        api().postJson("api/pqrs/" + radicado + "/adjuntos?codigo=NOESESTE", json);
    HttpResponse<String> byPetitioner =
        api().postJson("api/pqrs/" + radicado.replace("-", "") + "/adjuntos?codigo=" + code, json);

    assertEquals(404, wrongCode.statusCode(), wrongCode.body());
    assertEquals(201, byPetitioner.statusCode(), byPetitioner.body());

    java.nio.file.Path photo = java.nio.file.Files.createTempFile("puesto-", ".pdf");
    java.nio.file.Files.write(photo, PDF);
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get(url("consulta.xhtml?radicado=" + radicado + "&codigo=" + code).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("docs:newFiles")));
      browser.findElement(By.id("docs:newFiles")).sendKeys(photo.toString());
      browser.findElement(By.id("docs:send")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("docs"), "Recibimos sus documentos"));
    } finally {
      browser.quit();
      java.nio.file.Files.deleteIfExists(photo);
    }

    JsonObject c = Api.json(api().get("api/casos/" + radicado, "recepcion").body());
    List<String> names =
        c.getJsonArray("adjuntos").getValuesAs(JsonObject.class).stream()
            .map(a -> a.getString("nombre"))
            .toList();
    assertTrue(names.contains("factura-octubre.pdf"), names.toString());
    assertTrue(names.contains("paz-y-salvo.pdf"), names.toString());
    assertTrue(names.contains(photo.getFileName().toString()), names.toString());
    assertEquals(3, names.size(), "the refused program is not stored: " + names);
    String history = c.getJsonArray("historia").toString();
    assertTrue(history.contains("El peticionario agregó archivos: paz-y-salvo.pdf"), history);
  }
}
