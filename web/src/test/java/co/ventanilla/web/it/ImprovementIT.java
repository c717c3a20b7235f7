package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The ACPM matrix GI-RG-07 as deployed (issue #14): three cases of one process get the same cause,
 * the rule proposes an ACPM, the Dirección SIG accepts it, the owners work its actions, closing is
 * refused (409) until someone who owns none of them verified it, and the matrix exports to XLSX in
 * the GI-RG-07 column order; the screens and the refusals of roles without access.
 */
@ExtendWith(ArquillianExtension.class)
class ImprovementIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final String AREA = "Medios Tecnológicos";
  private static final String SIG = "sig.mejora";
  private static final String OWNER = "ana.mejora";
  private static final String LEADER = "lider.mejora";

  /** The GI-RG-07 columns, written out here independently of the product's list. */
  private static final List<String> GI_RG_07 =
      List.of(
          "No.",
          "Fecha de apertura",
          "Proceso",
          "Sede",
          "Origen",
          "Registros de origen",
          "Tipo de acción",
          "Descripción del hallazgo",
          "Análisis de causas (5 porqués)",
          "Análisis de causas (6M)",
          "Causa raíz",
          "Acción",
          "Responsable",
          "Fecha de compromiso",
          "Estado de la acción",
          "Seguimiento",
          "Eficaz",
          "Evidencia de eficacia",
          "Verificado por",
          "Fecha de verificación",
          "Fecha de cierre",
          "Estado de la ACPM");

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.product();
  }

  private Api api() {
    return new Api(base);
  }

  private void people() throws Exception {
    Api api = api();
    api.area(AREA, LEADER);
    api.user(SIG, "Sonia SIG", "sig", null, false);
    api.user(OWNER, "Ana Mejora", "responsable", AREA, false);
    api.user(LEADER, "Luis Líder", "lider", AREA, false);
    api.user("gerente.mejora", "Gema Gerente", "gerencia", null, false);
    api.user("recepcion.mejora", "Rita Recepción", "recepcion", null, false);
  }

  private HttpResponse<String> post(String path, String user, String json) throws Exception {
    return api()
        .send(
            Api.as(
                user,
                HttpRequest.newBuilder(api().url(path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json))));
  }

  private HttpResponse<String> form(String path, String user, String body) throws Exception {
    return api()
        .send(
            Api.as(
                user,
                HttpRequest.newBuilder(api().url(path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))));
  }

  @Test
  void aRecurringCauseIsProposedAcceptedWorkedAndClosesOnlyOnceVerifiedByAnother()
      throws Exception {
    people();
    List<String> radicados = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String r =
          api()
              .radicado(
                  "{\"tipo\":\"queja\",\"nombres\":\"Cliente "
                      + i
                      + "\",\"correo\":\"cliente"
                      + i
                      + "@example.com\",\"asunto\":\"Puesto sin guarda\",\"descripcion\":\"El"
                      + " puesto quedó sin cubrir en el relevo.\"}");
      HttpResponse<String> assigned =
          form(
              "api/casos/" + r + "/asignacion",
              SIG,
              "proceso=" + Api.enc(AREA) + "&responsable=" + OWNER + "&nota=x");
      assertEquals(204, assigned.statusCode(), assigned.body());
      HttpResponse<String> caused =
          form("api/casos/" + r + "/causa", SIG, "causa=PUESTO_DESCUBIERTO");
      assertEquals(200, caused.statusCode(), caused.body());
      radicados.add(r);
    }
    assertEquals(
        400, form("api/casos/" + radicados.get(0) + "/causa", SIG, "causa=NO_EXISTE").statusCode());
    assertEquals(
        403,
        form(
                "api/casos/" + radicados.get(0) + "/causa",
                "recepcion.mejora",
                "causa=PUESTO_DESCUBIERTO")
            .statusCode());

    // the rule proposes (the timer may have run first: look among the pending ones)
    assertEquals(200, post("api/acpm/propuestas/evaluacion", SIG, null).statusCode());
    HttpResponse<String> pending = api().get("api/acpm/propuestas", SIG);
    assertEquals(200, pending.statusCode(), pending.body());
    JsonObject proposal =
        Api.json(pending.body()).getJsonArray("propuestas").stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> AREA.equals(p.getString("proceso", "")))
            .filter(p -> "recurrencia".equals(p.getString("regla")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(pending.body()));
    assertEquals(3, proposal.getInt("ocurrencias"));
    assertEquals(403, api().get("api/acpm/propuestas", OWNER).statusCode());
    assertEquals(403, api().get("mejora/propuestas.xhtml", OWNER).statusCode());

    HttpResponse<String> accepted =
        post(
            "api/acpm/propuestas/" + proposal.getJsonNumber("id") + "/aceptacion",
            SIG,
            "{\"tipo\":\"correctiva\"}");
    assertEquals(201, accepted.statusCode(), accepted.body());
    JsonObject acpm = Api.json(accepted.body());
    String number = acpm.getString("numero");
    assertTrue(number.matches("ACPM-\\d{4}-\\d{3}"), number);
    assertEquals("causa_recurrente", acpm.getString("origen"));
    assertEquals(
        radicados,
        acpm.getJsonArray("radicados").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    String location = accepted.headers().firstValue("Location").orElseThrow();
    String path = "api/acpm/" + acpm.getJsonNumber("id");
    assertTrue(location.endsWith("/" + path), location);

    // worked: two actions, one the leader's own
    String due = LocalDate.now(BOGOTA).plusDays(7).toString();
    assertEquals(
        201,
        post(
                path + "/acciones",
                SIG,
                "{\"descripcion\":\"Programar relevos con 15 minutos de traslapo\","
                    + "\"responsable\":\""
                    + OWNER
                    + "\",\"fechaCompromiso\":\""
                    + due
                    + "\"}")
            .statusCode());
    assertEquals(
        201,
        post(
                path + "/acciones",
                SIG,
                "{\"descripcion\":\"Supervisar los relevos nocturnos\",\"responsable\":\""
                    + LEADER
                    + "\",\"fechaCompromiso\":\""
                    + due
                    + "\"}")
            .statusCode());
    HttpResponse<String> badDate =
        post(
            path + "/acciones",
            SIG,
            "{\"descripcion\":\"x\",\"responsable\":\""
                + OWNER
                + "\",\"fechaCompromiso\":\"ayer\"}");
    assertEquals(400, badDate.statusCode(), badDate.body());
    assertEquals(
        "fechaCompromiso",
        Api.json(badDate.body()).getJsonArray("errores").getJsonObject(0).getString("campo"));

    HttpResponse<String> early = post(path + "/cierre", SIG, null);
    assertEquals(409, early.statusCode(), early.body());
    assertTrue(
        Api.json(early.body()).getString("mensaje").contains("verificación de eficacia"),
        early.body());

    assertEquals(
        200,
        post(path + "/seguimiento", OWNER, "{\"texto\":\"Relevos reprogramados\"}").statusCode());
    assertEquals(
        200, post(path + "/acciones/1/estado", OWNER, "{\"estado\":\"cumplida\"}").statusCode());
    assertEquals(
        403, post(path + "/acciones/2/estado", OWNER, "{\"estado\":\"cumplida\"}").statusCode());
    assertEquals(
        200, post(path + "/acciones/2/estado", LEADER, "{\"estado\":\"cumplida\"}").statusCode());

    String verification = "{\"eficaz\":true,\"evidencia\":\"Sin puestos descubiertos en 30 días\"}";
    HttpResponse<String> byOwner = post(path + "/verificacion", LEADER, verification);
    assertEquals(409, byOwner.statusCode(), byOwner.body());
    assertEquals(403, post(path + "/verificacion", OWNER, verification).statusCode());
    HttpResponse<String> verified = post(path + "/verificacion", SIG, verification);
    assertEquals(200, verified.statusCode(), verified.body());
    assertEquals("verificada", Api.json(verified.body()).getString("estado"));
    HttpResponse<String> closed = post(path + "/cierre", SIG, null);
    assertEquals(200, closed.statusCode(), closed.body());
    assertEquals("cerrada", Api.json(closed.body()).getString("estado"));

    // who reads it
    assertEquals(200, api().get(path, "gerente.mejora").statusCode());
    assertEquals(200, api().get(path, OWNER).statusCode());
    assertEquals(403, api().get(path, "recepcion.mejora").statusCode());
    JsonObject figures = Api.json(api().get("api/acpm/cifras", "gerente.mejora").body());
    assertTrue(figures.getJsonObject("total").getInt("cerradas") >= 1, figures.toString());
    assertEquals(403, api().get("api/acpm/cifras", OWNER).statusCode());
    JsonObject mine =
        Api.json(api().get("api/acpm?responsable=" + OWNER + "&estado=cerrada", SIG).body());
    assertTrue(
        mine.getJsonArray("acpm").stream()
            .anyMatch(a -> number.equals(a.asJsonObject().getString("numero"))),
        mine.toString());

    // the matrix in the GI-RG-07 order, read back
    HttpResponse<byte[]> xlsx =
        Api.HTTP.send(
            Api.as(
                    SIG,
                    HttpRequest.newBuilder(
                            api().url("api/acpm/exportacion?proceso=" + Api.enc(AREA)))
                        .GET())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = wb.getSheet("GI-RG-07");
      Row header = sheet.getRow(0);
      List<String> columns = new ArrayList<>();
      for (int i = 0; i < header.getLastCellNum(); i++) {
        columns.add(header.getCell(i).getStringCellValue());
      }
      assertEquals(GI_RG_07, columns);
      List<String> owners = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        if (number.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
          owners.add(sheet.getRow(r).getCell(12).getStringCellValue());
          assertEquals("Cerrada", sheet.getRow(r).getCell(21).getStringCellValue());
        }
      }
      assertEquals(List.of(OWNER, LEADER), owners, "one row per action");
    }

    // the screens
    HttpResponse<String> matrix = api().get("mejora/matriz.xhtml", SIG);
    assertEquals(200, matrix.statusCode());
    assertTrue(matrix.body().contains(number), "the matrix lists it");
    HttpResponse<String> workspace =
        api().get("mejora/acpm.xhtml?id=" + acpm.getJsonNumber("id"), OWNER);
    assertEquals(200, workspace.statusCode());
    assertTrue(workspace.body().contains("Sin puestos descubiertos en 30 días"));
    assertEquals(403, api().get("mejora/matriz.xhtml", "recepcion.mejora").statusCode());
    HttpResponse<String> theCase = api().get("casos/caso.xhtml?radicado=" + radicados.get(0), SIG);
    assertTrue(
        theCase.body().contains("Puesto sin cubrir o relevo tardío"), "the case shows its cause");
  }

  /** The workspace's forms in a real browser: analysis, a new action with its owner, follow-up. */
  @Test
  void theSigOfficeWorksAnEntryOnItsWorkspace() throws Exception {
    people();
    HttpResponse<String> opened =
        post(
            "api/acpm",
            SIG,
            "{\"origen\":\"auditoria_interna\",\"tipo\":\"preventiva\",\"descripcion\":"
                + "\"Minutas de relevo incompletas\",\"proceso\":\""
                + AREA
                + "\",\"referencia\":\"Auditoría interna 2026\"}");
    assertEquals(201, opened.statusCode(), opened.body());
    long id = Api.json(opened.body()).getJsonNumber("id").longValue();
    java.net.URI root = java.net.URI.create(base.toString());
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      Browser.login(browser, root, SIG, Api.PASSWORD);
      browser.get(root.resolve("mejora/acpm.xhtml?id=" + id).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("acpm:rootCause")));
      browser
          .findElement(By.id("acpm:rootCause"))
          .sendKeys("Formato de minuta sin campo de relevo");
      browser.findElement(By.id("acpm:saveAnalysis")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("acpm:messages"), "Análisis guardado."));

      browser.findElement(By.id("acpm:actionText")).sendKeys("Rediseñar el formato de minuta");
      Workspace.choose(browser, wait, "ownerChoice", OWNER);
      String due =
          LocalDate.now(BOGOTA)
              .plusDays(20)
              .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      browser.findElement(By.id("acpm:actionDue_input")).sendKeys(due);
      browser.findElement(By.id("acpm:addAction")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("acpm:messages"), "Acción agregada."));
      assertTrue(browser.findElement(By.id("acpm:actions")).getText().contains(OWNER));

      browser.findElement(By.id("acpm:note")).sendKeys("Formato en revisión con Operaciones");
      browser.findElement(By.id("acpm:addNote")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("acpm:messages"), "Seguimiento registrado."));
      Browser.screenshot(browser, "acpm-workspace.png");

      JsonObject stored = Api.json(api().get("api/acpm/" + id, SIG).body());
      assertEquals(
          "Formato de minuta sin campo de relevo",
          stored.getJsonObject("analisis").getString("causaRaiz"));
      assertEquals(
          OWNER, stored.getJsonArray("acciones").getJsonObject(0).getString("responsable"));
      assertEquals(1, stored.getJsonArray("seguimiento").size());

      browser.get(root.resolve("mejora/matriz.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matrix:rows")));
      assertTrue(
          browser.findElement(By.id("matrix:rows")).getText().contains(stored.getString("numero")));
      Browser.screenshot(browser, "acpm-matrix.png");
      browser.get(root.resolve("mejora/propuestas.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposals:rows")));
      Browser.screenshot(browser, "acpm-proposals.png");
      browser.findElement(By.id("settings:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("settings:settingsMessages"), "Configuración guardada."));
    } finally {
      browser.quit();
    }
  }
}
