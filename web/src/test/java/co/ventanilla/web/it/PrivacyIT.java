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

  private HttpResponse<String> anonymise(Api api, String body) throws Exception {
    return api.send(
        Api.as(
            "oficial.datos",
            HttpRequest.newBuilder(url("api/titulares/anonimizacion"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
  }
}
