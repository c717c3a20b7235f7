package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.calendar.BusinessCalendar;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Personal data protection end to end on one Payara Micro start (issue 15, Ley 1581 de 2012): the
 * two data requests get their legal terms through the public API; a reclamo filed on the public
 * form puts its legend on the person's other case; the officer finds, exports and anonymises the
 * person, after which no screen or API answer shows the name, document or email and the indicators
 * of the period are unchanged; a hold answers 409 with the reason, an unknown person 404.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

  private static final String NAME = "Lucía Fernanda Quintero";
  private static final String DOC = "1020304050";
  private static final String EMAIL = "lucia.quintero@example.com";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.product();
  }

  private Api api() {
    return new Api(base);
  }

  private URI url(String path) {
    return URI.create(base.toString()).resolve(path);
  }

  @Test
  void dataRequestsAreDueOnTheTermsOfLey1581() throws Exception {
    Api api = api();
    JsonObject consulta =
        api.file(
            "{\"tipo\":\"consulta_datos\",\"nombres\":\"Pedro Gómez\",\"numero_documento\":"
                + "\"79111222\",\"correo\":\"pedro.gomez@example.com\",\"asunto\":\"Qué datos"
                + " míos tienen\",\"descripcion\":\"Quiero conocer mis datos.\","
                + "\"autoriza_datos\":true}");
    LocalDate received = LocalDate.parse(consulta.getString("recibido").substring(0, 10));
    BusinessCalendar calendar = BusinessCalendar.colombia();
    assertEquals(calendar.addBusinessDays(received, 10).toString(), consulta.getString("vence"));
    assertEquals("Ley 1581 de 2012, art. 14", consulta.getString("fundamento"));

    JsonObject reclamo =
        api.file(
            "{\"tipo\":\"reclamo_datos\",\"nombres\":\"Pedro Gómez\",\"numero_documento\":"
                + "\"79111222\",\"correo\":\"pedro.gomez@example.com\",\"asunto\":\"Corregir mi"
                + " dirección\",\"descripcion\":\"Mi dirección cambió.\",\"autoriza_datos\":true}");
    assertEquals(calendar.addBusinessDays(received, 15).toString(), reclamo.getString("vence"));
    assertEquals("Ley 1581 de 2012, art. 15", reclamo.getString("fundamento"));
    assertEquals(
        "false RADICADO",
        api.admin("api/test-probe/privacy/case/" + reclamo.getString("radicado")).body());

    // without the titular's identification: filed all the same, and waiting for it (art. 15)
    HttpResponse<String> incomplete =
        api.postJson(
            "api/pqrs",
            "{\"tipo\":\"reclamo_datos\",\"nombres\":\"Ana\",\"correo\":\"ana@example.com\","
                + "\"asunto\":\"Borrar mis datos\",\"descripcion\":\"No quiero más correos.\","
                + "\"autoriza_datos\":true}");
    assertEquals(201, incomplete.statusCode(), incomplete.body());
    assertEquals(
        "true RADICADO",
        api.admin(
                "api/test-probe/privacy/case/" + Api.json(incomplete.body()).getString("radicado"))
            .body());
  }

  @Test
  void aReclamoMarksThePersonWhoIsThenExportedAndAnonymisedWithoutChangingTheIndicators()
      throws Exception {
    Api api = api();
    api.user("oficial.sig", "Directora SIG", "sig", null, false);
    api.user("oficial.datos", "Oficial de datos", "datos", null, false);
    api.user("gerente.priv", "Gerente", "gerencia", null, false);
    String other =
        api.radicado(
            "{\"tipo\":\"queja\",\"nombres\":\""
                + NAME
                + "\",\"tipo_documento\":\"CC\",\"numero_documento\":\""
                + DOC
                + "\",\"correo\":\""
                + EMAIL
                + "\",\"sede\":\"Cali\",\"asunto\":\"Guarda dormido en portería\","
                + "\"descripcion\":\"Soy "
                + NAME
                + " y el guarda dormía.\",\"autoriza_datos\":true}");

    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      // the reclamo, on the public form
      browser.get(url("radicar.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filing:asunto")));
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filing:tipo")))
          .selectByValue("reclamo_datos");
      browser.findElement(By.id("filing:nombres")).sendKeys(NAME);
      browser.findElement(By.id("filing:numero_documento")).sendKeys(DOC);
      browser.findElement(By.id("filing:correo")).sendKeys(EMAIL);
      browser.findElement(By.id("filing:asunto")).sendKeys("Supresión de mis datos");
      browser
          .findElement(By.id("filing:descripcion"))
          .sendKeys("Pido que eliminen mis datos personales de sus registros.");
      browser.findElement(By.id("filing:autoriza_datos")).click();
      browser.findElement(By.id("filing:enviar")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("radicado")));
      String reclamo = browser.findElement(By.id("radicado")).getText();
      assertEquals("Ley 1581 de 2012, art. 15", browser.findElement(By.id("fundamento")).getText());
      String today = LocalDate.now(java.time.ZoneId.of("America/Bogota")).toString();
      String indicators = "api/indicadores?desde=" + today + "&hasta=" + today;
      String before = api.admin(indicators).body();

      // the legend, on the person's other case
      Browser.login(browser, URI.create(base.toString()), "oficial.sig", Api.PASSWORD);
      browser.get(url("casos/caso.xhtml?radicado=" + other).toString());
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='reclamoLegend']")));
      String legend = browser.findElement(By.cssSelector("[id$='reclamoLegend']")).getText();
      assertTrue(legend.contains(reclamo) && legend.contains("Supresión de mis datos"), legend);
      JsonObject viaApi = Api.json(api.get("api/casos/" + other, "oficial.sig").body());
      assertEquals(
          reclamo,
          viaApi
              .getJsonObject("peticionario")
              .getJsonObject("reclamoEnTramite")
              .getString("radicado"));

      // the officer finds the person, and the export holds what is kept
      browser.get(url("privacidad/titulares.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("titulares:documento")));
      browser.findElement(By.id("titulares:documento")).sendKeys(DOC);
      browser.findElement(By.id("titulares:buscar")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("titulares:casos")));
      String cases = browser.findElement(By.id("titulares:casos")).getText();
      assertTrue(cases.contains(other) && cases.contains(reclamo), cases);
      Browser.screenshot(browser, "privacidad-titular");
      HttpResponse<String> export =
          api.get("api/titulares/exportacion?documento=" + DOC, "oficial.datos");
      assertEquals(200, export.statusCode(), export.body());
      assertTrue(export.body().contains(NAME) && export.body().contains(EMAIL), export.body());
      HttpResponse<byte[]> pdf =
          Api.HTTP.send(
              Api.as(
                      "oficial.datos",
                      HttpRequest.newBuilder(
                          url("api/titulares/exportacion?documento=" + DOC + "&formato=pdf")))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, pdf.statusCode());
      assertEquals(
          "%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
      assertTrue(
          api.admin("api/test-probe/access/" + other).body().contains("oficial.datos VIEW true"));
      assertEquals(403, api.get("api/titulares?documento=" + DOC, "gerente.priv").statusCode());

      // anonymised from the screen
      browser.findElement(By.id("titulares:motivo")).sendKeys("Reclamo " + reclamo);
      browser.findElement(By.id("titulares:anonimizar")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("titulares:messages"), "Datos anonimizados: 2 casos"));

      // no screen or answer shows the person any more
      for (String page :
          new String[] {"casos/caso.xhtml?radicado=" + other, "casos/bandeja.xhtml?vista=todos"}) {
        browser.get(url(page).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session:logout")));
        String source = browser.getPageSource();
        assertFalse(source.contains("Fernanda Quintero"), page);
        assertFalse(source.contains(DOC), page);
        assertFalse(source.contains(EMAIL), page);
      }
      for (String path :
          new String[] {
            "api/casos/" + other, "api/casos/" + reclamo, "api/casos?alcance=todos&cantidad=500"
          }) {
        String body = api.get(path, "oficial.sig").body();
        assertFalse(
            body.contains("Fernanda Quintero") || body.contains(DOC) || body.contains(EMAIL), body);
      }
      assertEquals(before, api.admin(indicators).body());

      // the same again changes nothing; someone never held is 404; a hold is 409
      HttpResponse<String> again =
          anonymise(api, "{\"documento\":\"" + DOC + "\",\"motivo\":\"otra vez\"}");
      assertEquals(200, again.statusCode(), again.body());
      assertTrue(Api.json(again.body()).getBoolean("yaAnonimizado"));
      HttpResponse<String> unknown =
          anonymise(api, "{\"documento\":\"5550001\",\"motivo\":\"reclamo\"}");
      assertEquals(404, unknown.statusCode());
      assertTrue(Api.json(unknown.body()).getString("mensaje").startsWith("No tenemos datos"));
      String held =
          api.radicado(
              "{\"tipo\":\"peticion\",\"nombres\":\"Mario Held\",\"numero_documento\":\"8080808\","
                  + "\"correo\":\"mario@example.com\",\"asunto\":\"Certificado\","
                  + "\"descripcion\":\"Necesito un certificado.\",\"autoriza_datos\":true}");
      api.form("api/test-probe/privacy/hold", "radicado=" + held);
      HttpResponse<String> blocked =
          anonymise(api, "{\"documento\":\"8080808\",\"motivo\":\"reclamo\"}");
      assertEquals(409, blocked.statusCode(), blocked.body());
      JsonObject refusal = Api.json(blocked.body());
      assertTrue(refusal.getString("mensaje").contains("Retención legal"), blocked.body());
      assertEquals(
          "2099-12-31", refusal.getJsonArray("bloqueos").getJsonObject(0).getString("hasta"));
    } finally {
      browser.quit();
    }
  }

  /** The text of version 2026-01 (V19), the one the public form showed before versions. */
  private static final String POLICY_2026_01 =
      "De acuerdo con la Ley 1581 de 2012, los datos que entregue se usarán solo para tramitar y"
          + " responder su solicitud y para medir la calidad del servicio. Puede conocer,"
          + " actualizar, rectificar o suprimir sus datos en cualquier momento mediante una"
          + " petición por este mismo canal.";

  @Test
  void consentIsKeptAsEvidenceAndTheAdministratorPublishesTheNextPolicyVersion() throws Exception {
    Api api = api();
    api.user("politica.admin", "Administradora", "admin", null, false);
    api.user("oficial.datos", "Oficial de datos", "datos", null, false);
    // the public form shows the published text; a consent by API keeps version, hash, channel
    // and origin
    assertTrue(api.get("radicar.xhtml").body().contains(POLICY_2026_01));
    String doc = "6161616";
    api.radicado(
        "{\"tipo\":\"peticion\",\"nombres\":\"PrivacyIT Consentida\",\"numero_documento\":\""
            + doc
            + "\",\"correo\":\"privacyit.consentida@example.com\",\"asunto\":\"Certificado\","
            + "\"descripcion\":\"Necesito un certificado.\",\"autoriza_datos\":true}");
    JsonObject consent = consentOf(api, doc, 0);
    assertEquals("2026-01", consent.getString("versionPolitica"));
    assertEquals(sha256(POLICY_2026_01), consent.getString("sha256Texto"));
    assertEquals("api", consent.getString("canal"));
    assertTrue(consent.getString("origen").startsWith("IP "), consent.toString());

    String version = "2026-12-privacyit";
    String text = "Política PrivacyIT: sus datos se tratan según la Ley 1581 de 2012. Versión ñ.";
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      Browser.login(browser, URI.create(base.toString()), "politica.admin", Api.PASSWORD);
      browser.get(url("admin/politica-datos.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("politica:version")));
      assertEquals("2026-01", browser.findElement(By.id("politica:vigente")).getText());
      // bad input: a clear Spanish reason, nothing published
      browser.findElement(By.id("politica:version")).sendKeys("2026-01");
      browser.findElement(By.id("politica:texto")).sendKeys("Otro texto");
      publish(browser, wait);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("politica:messages"), "ya fue publicada"));
      browser.findElement(By.id("politica:version")).clear();
      browser.findElement(By.id("politica:version")).sendKeys(version);
      browser.findElement(By.id("politica:texto")).clear();
      browser.findElement(By.id("politica:texto")).sendKeys(text);
      publish(browser, wait);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("politica:messages"), "Versión " + version + " publicada"));
      assertEquals(version, browser.findElement(By.id("politica:vigente")).getText());
      Browser.screenshot(browser, "privacidad-politica");

      // from now on the form shows it and each consent records it
      assertTrue(api.get("radicar.xhtml").body().contains("Política PrivacyIT"));
      api.radicado(
          "{\"tipo\":\"peticion\",\"nombres\":\"PrivacyIT Consentida\",\"numero_documento\":\""
              + doc
              + "\",\"correo\":\"privacyit.consentida@example.com\",\"asunto\":\"Otro"
              + " certificado\",\"descripcion\":\"Otro más.\","
              + "\"autoriza_datos\":true}");
      JsonObject second = consentOf(api, doc, 1);
      assertEquals(version, second.getString("versionPolitica"));
      assertEquals(sha256(text), second.getString("sha256Texto"));
    } finally {
      browser.quit();
      api.form("api/test-probe/privacy/policy/forget", "version=" + version);
    }

    // the person revokes the authorization: recorded, listed, bad input refused
    HttpResponse<String> noReason =
        post(api, "api/titulares/revocacion", "{\"documento\":\"" + doc + "\"}");
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertTrue(Api.json(noReason.body()).getString("mensaje").startsWith("Escriba el motivo"));
    HttpResponse<String> revoked =
        post(
            api,
            "api/titulares/revocacion",
            "{\"documento\":\"" + doc + "\",\"motivo\":\"Reclamo de revocación decidido\"}");
    assertEquals(201, revoked.statusCode(), revoked.body());
    JsonObject held = Api.json(api.get("api/titulares?documento=" + doc, "oficial.datos").body());
    assertEquals(
        "Reclamo de revocación decidido",
        held.getJsonArray("revocaciones").getJsonObject(0).getString("motivo"));
  }

  @Test
  void theRetentionRunIsListedApprovedOnceOnTheOfficersScreenAndTheOfficerIsTold()
      throws Exception {
    Api api = api();
    api.user("oficial.datos", "Oficial de datos", "datos", null, false);
    String old =
        api.radicado(
            "{\"tipo\":\"felicitacion\",\"nombres\":\"PrivacyIT Antigua\",\"numero_documento\":"
                + "\"6262626\",\"correo\":\"privacyit.antigua@example.com\",\"asunto\":"
                + "\"Buen servicio\",\"descripcion\":\"Gracias por todo.\","
                + "\"autoriza_datos\":true}");
    String proposed = api.form("api/test-probe/privacy/retention", "radicado=" + old);
    String period = proposed.split(" ")[0];
    assertTrue(proposed.matches("\\d{4}-\\d{2} [1-9]\\d*"), proposed);
    assertEquals(
        "1",
        api.admin(
                "api/test-probe/privacy/outbox?to=oficial.datos@empresa.example&subject="
                    + Api.enc("Revisión de conservación " + period))
            .body());
    JsonObject runs = Api.json(api.get("api/titulares/conservacion", "oficial.datos").body());
    JsonObject run = runs.getJsonArray("revisiones").getJsonObject(0);
    assertEquals(period, run.getString("periodo"));
    assertFalse(run.containsKey("aprobada"));
    assertTrue(run.getJsonArray("casosListados").toString().contains(old), run.toString());

    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      Browser.login(browser, URI.create(base.toString()), "oficial.datos", Api.PASSWORD);
      browser.get(url("privacidad/titulares.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("titulares:conservacion")));
      assertTrue(
          browser.findElement(By.id("titulares:conservacion")).getText().contains(old),
          browser.findElement(By.id("titulares:conservacion")).getText());
      click(browser, wait, By.id("titulares:revisiones:0:aprobar"));
      click(browser, wait, By.id("titulares:confirmarSi"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("titulares:messages"), "Revisión " + period + " aprobada"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("titulares:conservacion"), "Anonimizado"));
      Browser.screenshot(browser, "privacidad-conservacion");
    } finally {
      browser.quit();
    }
    api.user("oficial.sig", "Directora SIG", "sig", null, false);
    HttpResponse<String> after = api.get("api/casos/" + old, "oficial.sig");
    assertEquals(200, after.statusCode(), after.body());
    assertFalse(after.body().contains("PrivacyIT Antigua"), after.body());
    HttpResponse<String> twice =
        post(api, "api/titulares/conservacion/" + period + "/aprobacion", "");
    assertEquals(409, twice.statusCode(), twice.body());
    assertTrue(
        Api.json(twice.body()).getString("mensaje").contains("ya fue aprobada por oficial.datos"),
        twice.body());
    HttpResponse<String> unknown = post(api, "api/titulares/conservacion/1999-01/aprobacion", "");
    assertEquals(404, unknown.statusCode(), unknown.body());
  }

  @Test
  void theRnbdReportOfReclamosIsKeptWithTheReportsAndTheOfficerSeesOnlyIt() throws Exception {
    Api api = api();
    api.user("oficial.datos", "Oficial de datos", "datos", null, false);
    api.radicado(
        "{\"tipo\":\"reclamo_datos\",\"nombres\":\"PrivacyIT Reclamante\",\"numero_documento\":"
            + "\"6363636\",\"correo\":\"privacyit.reclamante@example.com\",\"asunto\":\"Revoco"
            + " la autorización\",\"descripcion\":\"No autorizo más el tratamiento.\","
            + "\"autoriza_datos\":true}");
    LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Bogota"));
    String semester = today.getYear() + "-S" + (today.getMonthValue() <= 6 ? 1 : 2);
    HttpResponse<String> created =
        postAs(
            api,
            "oficial.datos",
            "api/informes",
            "{\"tipo\":\"rnbd\",\"periodo\":\"" + semester + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject report = Api.json(created.body());
    assertEquals("rnbd", report.getString("tipo"));
    HttpResponse<byte[]> pdf =
        Api.HTTP.send(
            Api.as(
                    "oficial.datos",
                    HttpRequest.newBuilder(url("api/informes/" + report.getInt("id") + "/pdf")))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    // the officer's list holds only RNBD reports
    String list = api.get("api/informes", "oficial.datos").body();
    assertTrue(list.contains("\"tipo\":\"rnbd\""), list);
    assertFalse(list.contains("\"tipo\":\"trimestral\""), list);
    // on the reports screen, with the next due date in February or August
    HttpResponse<String> page = api.get("informes.xhtml", "oficial.datos");
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("Reclamos de datos personales (RNBD)"), page.body());
    assertTrue(page.body().contains(semester), page.body());
    String next = page.body().replaceAll("(?s).*id=\"reports:nextRnbd\">([^<]*)<.*", "$1");
    assertTrue(next.matches("\\d{2}/0[28]/\\d{4} \\d{2}:\\d{2}"), next);
    // but no other kind
    HttpResponse<String> quarterly =
        postAs(
            api,
            "oficial.datos",
            "api/informes",
            "{\"tipo\":\"trimestral\",\"periodo\":\"2026-T1\"}");
    assertEquals(403, quarterly.statusCode(), quarterly.body());
  }

  private HttpResponse<String> postAs(Api api, String user, String path, String body)
      throws Exception {
    return api.send(
        Api.as(
            user,
            HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
  }

  /** Role × action rows of the screens and endpoints of consent and retention. */
  @Test
  void onlyTheRolesNamedReachTheConsentAndRetentionScreensAndEndpoints() throws Exception {
    Api api = api();
    String[] roles = {
      "recepcion", "responsable", "lider", "sig", "comite", "gerencia", "admin", "datos"
    };
    java.util.List<String> wrong = new java.util.ArrayList<>();
    for (String role : roles) {
      String user = "privacyit." + role;
      api.user(user, "PrivacyIT " + role, role, null, false);
      boolean officer = role.equals("datos") || role.equals("sig");
      boolean administrator = role.equals("admin") || role.equals("sig");
      expect(
          wrong,
          role,
          "GET conservacion",
          officer ? 200 : 403,
          api.get("api/titulares/conservacion", user).statusCode());
      expect(
          wrong,
          role,
          "POST aprobacion",
          officer ? 404 : 403,
          api.send(
                  Api.as(
                      user,
                      HttpRequest.newBuilder(url("api/titulares/conservacion/1999-02/aprobacion"))
                          .POST(HttpRequest.BodyPublishers.noBody())))
              .statusCode());
      expect(
          wrong,
          role,
          "POST revocacion",
          officer ? 400 : 403,
          api.send(
                  Api.as(
                      user,
                      HttpRequest.newBuilder(url("api/titulares/revocacion"))
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString("{}"))))
              .statusCode());
      expect(
          wrong,
          role,
          "GET titulares.xhtml",
          officer ? 200 : 403,
          api.get("privacidad/titulares.xhtml", user).statusCode());
      expect(
          wrong,
          role,
          "GET politica-datos.xhtml",
          administrator ? 200 : 403,
          api.get("admin/politica-datos.xhtml", user).statusCode());
      boolean reports = Set.of("gerencia", "sig", "admin", "datos").contains(role);
      expect(
          wrong,
          role,
          "GET informes",
          reports ? 200 : 403,
          api.get("api/informes", user).statusCode());
      expect(
          wrong,
          role,
          "GET informes.xhtml",
          reports ? 200 : 403,
          api.get("informes.xhtml", user).statusCode());
      expect(
          wrong,
          role,
          "GET indicadores",
          reports && !role.equals("datos") ? 200 : 403,
          api.get("api/indicadores?desde=2026-01-01&hasta=2026-01-31", user).statusCode());
      expect(
          wrong,
          role,
          "POST informes rnbd",
          reports ? 201 : 403,
          postAs(api, user, "api/informes", "{\"tipo\":\"rnbd\",\"periodo\":\"2025-S1\"}")
              .statusCode());
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static void expect(
      java.util.List<String> wrong, String role, String action, int expected, int actual) {
    if (expected != actual) {
      wrong.add(action + " as " + role + ": " + actual + " (expected " + expected + ")");
    }
  }

  private JsonObject consentOf(Api api, String doc, int index) throws Exception {
    HttpResponse<String> r = api.get("api/titulares?documento=" + doc, "oficial.datos");
    assertEquals(200, r.statusCode(), r.body());
    return Api.json(r.body())
        .getJsonArray("casos")
        .getJsonObject(index)
        .getJsonObject("autorizacion");
  }

  private static void publish(ChromeDriver browser, WebDriverWait wait) {
    click(browser, wait, By.id("politica:publicar"));
    click(browser, wait, By.id("politica:confirmarSi"));
  }

  /** Finds and clicks in one wait, again when the element went stale. */
  private static void click(ChromeDriver browser, WebDriverWait wait, By by) {
    wait.until(
        d -> {
          try {
            org.openqa.selenium.WebElement e = browser.findElement(by);
            if (!e.isDisplayed() || !e.isEnabled()) {
              return false;
            }
            e.click();
            return true;
          } catch (org.openqa.selenium.StaleElementReferenceException
              | org.openqa.selenium.NoSuchElementException
              | org.openqa.selenium.ElementNotInteractableException ex) {
            return false;
          }
        });
  }

  private static String sha256(String text) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> post(Api api, String path, String body) throws Exception {
    return api.send(
        Api.as(
            "oficial.datos",
            HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
  }

  private HttpResponse<String> anonymise(Api api, String body) throws Exception {
    return api.send(
        Api.as(
            "oficial.datos",
            HttpRequest.newBuilder(url("api/titulares/anonimizacion"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
  }
}
