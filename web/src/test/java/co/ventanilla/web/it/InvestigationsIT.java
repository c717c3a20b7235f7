package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.attachments.ContentStore;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * Investigations of siniestros as deployed (one Payara Micro start): the staff API opens one from a
 * case ({@code 201} + Location), takes evidence and answers its SHA-256, verifies integrity and
 * gives the final report; a member of staff outside the committee gets {@code 403} and is
 * journaled; a protected witness's name never reaches a member who is not its custodian, neither in
 * the API's answer nor in the PDF's text.
 */
@ExtendWith(ArquillianExtension.class)
class InvestigationsIT {

  private static final String WITNESS = "Yesid Arboleda Quintana";

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
    api.user("sig", "Sofía SIG", "sig", null, false);
    api.user("comite.inv", "Camilo Comité", "comite", null, false);
    api.user("comite.fuera", "Fabio Fuera del Comité", "comite", null, false);
  }

  /** A reclamo for a theft, assigned to Operaciones: its modality alleges a crime. */
  private String assignedTheft() throws Exception {
    Api api = api();
    String radicado =
        api.radicado(
            """
            {"tipo":"reclamo","nombres":"Conjunto Residencial Los Almendros",
             "correo":"admin@almendros.example.co","sede":"Medellín",
             "asunto":"Hurto de un televisor en la torre 3",
             "descripcion":"Durante la noche hurtaron un televisor del apartamento 302."}
            """);
    api.form(
        "api/casos/" + radicado + "/asignacion",
        "proceso=Operaciones&responsable=ana.op",
        "recepcion");
    return radicado;
  }

  private HttpResponse<String> open(String radicado, String user) throws Exception {
    return api()
        .send(
            Api.as(
                user,
                HttpRequest.newBuilder(api().url("api/casos/" + radicado + "/investigacion"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "modalidad=hurto&motivo="
                                + Api.enc("Hurto de un televisor en el turno nocturno")))));
  }

  private long openedWithCommittee(String radicado) throws Exception {
    HttpResponse<String> opened = open(radicado, "sig");
    assertEquals(201, opened.statusCode(), opened.body());
    long id = Api.json(opened.body()).getJsonNumber("id").longValue();
    api()
        .form(
            "api/investigaciones/" + id + "/miembros", "usuario=comite.inv&rol=operaciones", "sig");
    return id;
  }

  @Test
  void openingByRestAnswersCreatedWithTheInvestigationsLocation() throws Exception {
    String radicado = assignedTheft();

    HttpResponse<String> opened = open(radicado, "sig");

    assertEquals(201, opened.statusCode(), opened.body());
    JsonObject body = Api.json(opened.body());
    long id = body.getJsonNumber("id").longValue();
    String location = opened.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/api/investigaciones/" + id), location);
    assertEquals("hurto", body.getString("modalidad"));
    JsonObject stored = Api.json(api().admin("api/test-probe/cases/" + radicado).body());
    assertEquals("EN_INVESTIGACION", stored.getString("state"));
    HttpResponse<String> again = open(radicado, "sig");
    assertEquals(409, again.statusCode(), again.body());
    assertTrue(Api.json(again.body()).getString("mensaje").contains("ya tiene una investigación"));
  }

  @Test
  void evidenceAnswersItsShaAndTheIntegrityCheckVerifiesIt() throws Exception {
    long id = openedWithCommittee(assignedTheft());
    byte[] minuta =
        "Minuta del puesto torre 3: 02:10 ronda sin novedad; 03:40 se escucha ruido.\n"
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> stored =
        multipart(
            "api/investigaciones/" + id + "/evidencias",
            "comite.inv",
            "minuta.txt",
            minuta,
            "documento");

    assertEquals(201, stored.statusCode(), stored.body());
    JsonObject evidence = Api.json(stored.body());
    assertEquals(ContentStore.sha256(minuta), evidence.getString("sha256"));
    assertEquals(1, evidence.getInt("numero"));
    HttpResponse<String> integrity =
        api().get("api/investigaciones/" + id + "/integridad", "comite.inv");
    assertEquals(200, integrity.statusCode(), integrity.body());
    JsonObject report = Api.json(integrity.body());
    assertEquals(1, report.getInt("verificadas"));
    assertEquals(0, report.getJsonArray("alteradas").size());

    HttpResponse<String> badKind =
        multipart(
            "api/investigaciones/" + id + "/evidencias", "comite.inv", "x.txt", minuta, "rumor");
    assertEquals(400, badKind.statusCode(), badKind.body());
    assertEquals(
        "tipo",
        Api.json(badKind.body()).getJsonArray("errores").getJsonObject(0).getString("campo"));
  }

  @Test
  void aStaffMemberOutsideTheCommitteeGets403AndIsJournaled() throws Exception {
    String radicado = assignedTheft();
    long id = openedWithCommittee(radicado);

    HttpResponse<String> refused = api().get("api/investigaciones/" + id, "comite.fuera");
    HttpResponse<String> report =
        api().get("api/investigaciones/" + id + "/informe", "comite.fuera");
    HttpResponse<String> byRole = api().get("api/investigaciones", "recepcion");

    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(Api.json(refused.body()).getString("mensaje").length() > 0);
    assertEquals(403, report.statusCode());
    assertEquals(403, byRole.statusCode(), "reception's role does not reach investigations");
    String journal = api().admin("api/test-probe/access/" + radicado).body();
    assertTrue(journal.contains("comite.fuera VIEW false"), journal);
    assertTrue(journal.contains("comite.fuera DOWNLOAD false"), journal);
    assertEquals(
        0,
        Api.json(api().get("api/investigaciones", "comite.fuera").body())
            .getJsonArray("investigaciones")
            .size());
  }

  @Test
  void aMemberTakenOffTheCommitteeIsRefusedFromThenOn() throws Exception {
    long id = openedWithCommittee(assignedTheft());
    assertEquals(200, api().get("api/investigaciones/" + id, "comite.inv").statusCode());

    HttpResponse<String> noReason = remove(id, "comite.inv", "");
    HttpResponse<String> chair = remove(id, "sig", "Vacaciones");
    HttpResponse<String> removed = remove(id, "comite.inv", "Conflicto de interés");

    assertEquals(400, noReason.statusCode(), noReason.body());
    assertEquals(400, chair.statusCode(), chair.body());
    assertTrue(Api.json(chair.body()).getString("mensaje").contains("preside"), chair.body());
    assertEquals(204, removed.statusCode(), removed.body());
    assertEquals(403, api().get("api/investigaciones/" + id, "comite.inv").statusCode());
  }

  private HttpResponse<String> remove(long id, String user, String reason) throws Exception {
    return api()
        .send(
            Api.as(
                "sig",
                HttpRequest.newBuilder(
                        api()
                            .url(
                                "api/investigaciones/"
                                    + id
                                    + "/miembros/"
                                    + user
                                    + "?motivo="
                                    + Api.enc(reason)))
                    .DELETE()));
  }

  @Test
  void aProtectedWitnessNameNeverReachesAMemberWhoIsNotItsCustodian() throws Exception {
    long id = openedWithCommittee(assignedTheft());
    String added =
        api()
            .form(
                "api/investigaciones/" + id + "/partes",
                "tipo=testigo&protegida=true&nombres="
                    + Api.enc(WITNESS)
                    + "&documento=CC+71222333",
                "sig");
    assertTrue(added.contains("\"id\""), added);

    HttpResponse<String> forMember = api().get("api/investigaciones/" + id, "comite.inv");
    HttpResponse<byte[]> pdf =
        Api.HTTP.send(
            Api.as(
                    "comite.inv",
                    HttpRequest.newBuilder(api().url("api/investigaciones/" + id + "/informe"))
                        .timeout(Duration.ofSeconds(30)))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<String> forSig = api().get("api/investigaciones/" + id, "sig");

    assertEquals(200, forMember.statusCode(), forMember.body());
    assertFalse(forMember.body().contains("Yesid"), forMember.body());
    assertFalse(forMember.body().contains("71222333"), forMember.body());
    assertTrue(forMember.body().contains("Testigo 1"), forMember.body());
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String text = text(pdf.body());
    assertTrue(text.contains("INFORME FINAL"), text);
    assertTrue(text.contains("Testigo 1"), text);
    assertFalse(text.contains("Yesid"), text);
    assertTrue(forSig.body().contains(WITNESS), "the Dirección SIG is a custodian");

    HttpResponse<String> screen =
        api().get("investigaciones/investigacion.xhtml?id=" + id, "comite.inv");
    assertEquals(200, screen.statusCode());
    assertTrue(screen.body().contains("Testigo 1"), "the parties tab shows the pseudonym");
    assertFalse(screen.body().contains("Yesid"), "nor the screen shows the name");
  }

  @Test
  void theScreensAnswerTheCommitteeAndRefuseEveryoneElse() throws Exception {
    String radicado = assignedTheft();
    long id = openedWithCommittee(radicado);

    HttpResponse<String> workspace =
        api().get("investigaciones/investigacion.xhtml?id=" + id, "comite.inv");
    HttpResponse<String> list = api().get("investigaciones/lista.xhtml", "comite.inv");
    HttpResponse<String> home = api().get("index.xhtml", "comite.inv");
    HttpResponse<String> caseBehind =
        api().get("casos/caso.xhtml?radicado=" + radicado, "comite.inv");

    assertEquals(200, workspace.statusCode());
    assertTrue(workspace.body().contains("Línea de tiempo"), "tabs in Spanish");
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains(radicado), "the member's list has it");
    assertTrue(home.body().contains(radicado), "the committee's home shows its investigations");
    assertEquals(200, caseBehind.statusCode(), "a member opens the case behind the investigation");
    assertTrue(caseBehind.body().contains("investigacion.xhtml?id=" + id), "and its link back");

    assertEquals(
        403,
        api().get("investigaciones/investigacion.xhtml?id=" + id, "comite.fuera").statusCode());
    assertEquals(
        403, api().get("casos/caso.xhtml?radicado=" + radicado, "comite.fuera").statusCode());
    assertEquals(403, api().get("investigaciones/lista.xhtml", "recepcion").statusCode());
    assertEquals(403, api().get("admin/investigaciones.xhtml", "comite.inv").statusCode());
    HttpResponse<String> lists = api().get("admin/investigaciones.xhtml", "sig");
    assertEquals(200, lists.statusCode());
    assertTrue(lists.body().contains("Copia de la denuncia penal"), "the checklist by modality");
    String journal = api().admin("api/test-probe/access/" + radicado).body();
    assertTrue(
        journal.lines().filter(l -> l.startsWith("comite.fuera VIEW false")).count() >= 2, journal);
  }

  /**
   * The committee's work in the browser: the Dirección SIG starts the case's trámite and opens the
   * investigation from the case workspace (modality and reason), names a member, uploads evidence
   * (its SHA-256 shown), verifies integrity and adds a protected witness; the member then sees the
   * investigation with the witness as "Testigo 1" only.
   */
  @Test
  void theCommitteeWorksASiniestroInTheBrowser() throws Exception {
    String radicado = assignedTheft();
    java.nio.file.Path minuta = java.nio.file.Files.createTempFile("minuta-", ".txt");
    byte[] content =
        "Minuta del puesto: 03:40 se escucha ruido en la torre 3.\n"
            .getBytes(StandardCharsets.UTF_8);
    java.nio.file.Files.write(minuta, content);
    ChromeDriver browser = Browser.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // AJAX updates replace the tables being read: read them again rather than fail.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    try {
      Browser.login(browser, api().url(""), "sig", Api.PASSWORD);
      browser.get(api().url("casos/caso.xhtml?radicado=" + radicado).toString());
      Workspace.act(browser, wait, "START");
      browser.findElement(By.id("actionForm:confirm")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("ws:acts:3:do")));
      Workspace.act(browser, wait, "INVESTIGATE");
      Workspace.choose(browser, wait, "modalityChoice", "HURTO");
      browser
          .findElement(By.id("actionForm:text"))
          .sendKeys("Hurto de un televisor en el turno nocturno");
      browser.findElement(By.id("actionForm:confirm")).click();
      // the link is followed by its address: the confirmation toast of the step before may
      // still cover it at the bottom right
      browser.get(
          wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ws:investigationLink")))
              .getAttribute("href"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tabs:facts:addMember")));
      String page = browser.getCurrentUrl();
      assertTrue(page.contains("investigacion.xhtml?id="), page);
      Browser.screenshot(browser, "investigacion-hechos.png");

      Workspace.choose(browser, wait, "memberChoice", "comite.inv");
      Workspace.choose(browser, wait, "memberRoleChoice", "GESTION_HUMANA");
      browser.findElement(By.id("tabs:facts:addMember")).click();
      wait.until(
          d -> d.findElement(By.id("tabs:facts:members")).getText().contains("Camilo Comité"));

      browser.findElement(By.cssSelector("a[href='#tabs:evidencias']")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:evidence:addEvidence")));
      Workspace.choose(browser, wait, "evidenceKindChoice", "DOCUMENTO");
      browser
          .findElement(By.id("tabs:evidence:evidenceDescription"))
          .sendKeys("Copia de la minuta");
      browser.findElement(By.id("tabs:evidence:evidenceFile_input")).sendKeys(minuta.toString());
      browser.findElement(By.id("tabs:evidence:addEvidence")).click();
      String sha = ContentStore.sha256(content);
      wait.until(d -> d.getPageSource().contains(sha));
      browser.findElement(By.cssSelector("a[href='#tabs:evidencias']")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:evidence:verify"))).click();
      wait.until(d -> d.getPageSource().contains("Integridad verificada"));
      Browser.screenshot(browser, "investigacion-evidencias.png");

      browser.findElement(By.cssSelector("a[href='#tabs:partes']")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:parties:addParty")));
      Workspace.choose(browser, wait, "partyKindChoice", "TESTIGO");
      browser.findElement(By.id("tabs:parties:partyNames")).sendKeys(WITNESS);
      browser
          .findElement(By.cssSelector("[id='tabs:parties:partyProtected'] .ui-chkbox-box"))
          .click();
      browser.findElement(By.id("tabs:parties:addParty")).click();
      wait.until(
          d -> d.findElement(By.id("tabs:parties:partyRows")).getText().contains("Testigo 1"));
      assertTrue(browser.getPageSource().contains(WITNESS), "the Dirección SIG sees the name");
      Browser.logout(browser);

      Browser.login(browser, api().url(""), "comite.inv", Api.PASSWORD);
      browser.get(page);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tabs:parties:partyRows")));
      String member = browser.getPageSource();
      assertTrue(member.contains("Testigo 1"), "the member reads the pseudonym");
      assertFalse(member.contains("Yesid"), "never the name");
      assertTrue(member.contains(sha), "the evidence and its hash");
    } finally {
      browser.quit();
      java.nio.file.Files.deleteIfExists(minuta);
    }
  }

  private HttpResponse<String> multipart(
      String path, String user, String fileName, byte[] content, String kind) throws Exception {
    String boundary = "vt" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(part(boundary, "tipo", kind));
    body.writeBytes(part(boundary, "descripcion", "Copia de la minuta del puesto"));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return api()
        .send(
            Api.as(user, HttpRequest.newBuilder(api().url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static byte[] part(String boundary, String name, String value) {
    return ("--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"\r\n\r\n"
            + value
            + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder all = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        all.append(extractor.getTextFromPage(page)).append('\n');
      }
      return all.toString();
    } finally {
      reader.close();
    }
  }
}
