package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.staff.StaffRole;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The probes of an attacker on the same network, each as a test that fails if the hole opens again
 * (one Payara Micro start for the class): cross-site writes with a logged-in browser's cookie, the
 * filing flood, user enumeration at the login, missing browser defences and server banners, English
 * stack traces and HTML errors on the API, files of a masked case, and the role × URL matrix read
 * from {@code web.xml}'s own constraints.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

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
  void everyAnswerCarriesTheBrowsersDefencesAndNoServerBanner() throws Exception {
    for (String path : List.of("login.xhtml", "radicar.xhtml", "api/pqrs/2026-999999?codigo=x")) {
      HttpResponse<String> answer = api().get(path);
      String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("frame-ancestors 'self'"), path + ": " + csp);
      assertTrue(csp.contains("object-src 'none'"), path + ": " + csp);
      assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""));
      assertTrue(answer.headers().firstValue("Server").isEmpty(), path + " tells its server");
      assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), path);
    }
  }

  @Test
  void aCrossSitePostWithTheIntranetsCookieIsRefused() throws Exception {
    Api api = api();
    api.user("rocio.sec", "Rocío Recepción", "recepcion", null, false);
    String radicado =
        api.radicado(
            """
            {"tipo":"queja","nombres":"Pedro Páramo","correo":"pedro@example.com",
             "asunto":"Guarda dormido","descripcion":"El guarda dormía en la portería."}
            """);
    String cookie;
    ChromeDriver browser = Browser.start();
    try {
      Browser.login(browser, URI.create(base.toString()), "rocio.sec", Api.PASSWORD);
      Cookie session = browser.manage().getCookieNamed("JSESSIONID");
      cookie = "JSESSIONID=" + session.getValue();
      assertEquals("Lax", session.getSameSite(), "the logged-in session's cookie");
      assertTrue(session.isHttpOnly());
    } finally {
      browser.quit();
    }

    HttpResponse<String> fromEvilSite =
        api.send(
            HttpRequest.newBuilder(url("api/casos/" + radicado + "/notas"))
                .header("Cookie", cookie)
                .header("Origin", "https://atacante.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("texto=hackeado")));
    HttpResponse<String> cookieOnly =
        api.send(
            HttpRequest.newBuilder(url("api/casos/" + radicado + "/notas"))
                .header("Cookie", cookie)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("texto=hackeado")));
    HttpResponse<String> facesFromEvilSite =
        api.send(
            HttpRequest.newBuilder(url("casos/bandeja.xhtml"))
                .header("Cookie", cookie)
                .header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")));
    HttpResponse<String> readWithCookie =
        api.send(HttpRequest.newBuilder(url("api/casos/" + radicado)).header("Cookie", cookie));

    // refused before anything runs: the cookie does not log in a write to the API (401), and a
    // browser's cross-site request is refused (403) wherever the cookie would have counted
    assertTrue(Set.of(401, 403).contains(fromEvilSite.statusCode()), fromEvilSite.body());
    assertEquals(401, cookieOnly.statusCode(), "the cookie alone never writes through the API");
    assertEquals(403, facesFromEvilSite.statusCode());
    assertEquals(200, readWithCookie.statusCode(), "the screens' own links still read by cookie");
    String asAdmin = api.admin("api/casos/" + radicado).body();
    assertFalse(asAdmin.contains("hackeado"), asAdmin);
  }

  @Test
  void theTwentyFirstFilingInAnHourFromOneAddressIsRefusedAndAnApiClientHasItsOwnLimit()
      throws Exception {
    Api api = api();
    String body =
        """
        {"tipo":"sugerencia","nombres":"Luz Ángela Díaz","correo":"luz@example.com",
         "asunto":"Más iluminación","descripcion":"Pongan más luz en el parqueadero."}
        """;
    String address = "203.0.113.21";
    for (int i = 1; i <= 20; i++) {
      assertEquals(201, filing(body, address, null).statusCode(), "filing " + i);
    }

    HttpResponse<String> over = filing(body, address, null);
    HttpResponse<String> otherAddress = filing(body, "203.0.113.22", null);

    assertEquals(429, over.statusCode(), over.body());
    assertTrue(Integer.parseInt(over.headers().firstValue("Retry-After").orElse("0")) > 0);
    assertTrue(Api.json(over.body()).getString("mensaje").contains("límite"), over.body());
    assertEquals(201, otherAddress.statusCode());

    // the company's web site files from the same address with its own key and limit
    HttpResponse<String> created =
        api.send(
            Api.as(
                ItEnvironment.ADMIN,
                HttpRequest.newBuilder(url("api/clientes-api"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"nombre\":\"Sitio web\",\"alcance\":\"radicar\","
                                + "\"limitePorHora\":500}"))));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject client = Api.json(created.body());
    String key = client.getString("clave");
    for (int i = 1; i <= 5; i++) {
      assertEquals(201, filing(body, address, key).statusCode(), "client filing " + i);
    }
    assertEquals(401, filing(body, address, key + "x").statusCode(), "a wrong key");
    HttpResponse<String> listed = api.get("api/clientes-api", ItEnvironment.ADMIN);
    assertFalse(listed.body().contains(key), "the key is shown once, at creation");
    assertEquals(
        204,
        api.send(
                Api.as(
                    ItEnvironment.ADMIN,
                    HttpRequest.newBuilder(url("api/clientes-api/" + client.getInt("id")))
                        .DELETE()))
            .statusCode());
    assertEquals(401, filing(body, address, key).statusCode(), "a revoked key");
  }

  private HttpResponse<String> filing(String body, String address, String key) throws Exception {
    // over 127.0.0.1, the proxy this suite trusts (the base URL may name another interface)
    URI loopback = URI.create("http://127.0.0.1:" + base.getPort() + "/api/pqrs");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(loopback)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", address) // the suite trusts 127.0.0.1 as a proxy
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return api().send(request);
  }

  @Test
  void unknownUsersWrongPasswordsAndLockedAccountsGetTheSameAnswer() throws Exception {
    Api api = api();
    api.user("bloqueo.sec", "Cuenta Bloqueada", "recepcion", null, false);
    api.user("normal.sec", "Cuenta Normal", "recepcion", null, false);
    for (int i = 0; i < 5; i++) {
      api.send(
          HttpRequest.newBuilder(url("api/casos"))
              .header("Authorization", Api.basic("bloqueo.sec", "clave-" + i)));
    }

    HttpResponse<String> locked =
        api.send(
            HttpRequest.newBuilder(url("api/casos"))
                .header("Authorization", Api.basic("bloqueo.sec", Api.PASSWORD)));
    HttpResponse<String> unknown =
        api.send(
            HttpRequest.newBuilder(url("api/casos"))
                .header("Authorization", Api.basic("nadie.sec", "Clave-Cualquiera-1")));
    HttpResponse<String> wrong =
        api.send(
            HttpRequest.newBuilder(url("api/casos"))
                .header("Authorization", Api.basic("normal.sec", "Clave-Errada-1")));

    assertEquals(401, locked.statusCode());
    assertEquals(locked.statusCode(), unknown.statusCode());
    assertEquals(locked.statusCode(), wrong.statusCode());
    assertEquals(locked.body(), unknown.body());
    assertEquals(locked.body(), wrong.body());
  }

  @Test
  void errorsAreSpanishWithoutStackTracesAndJsonOnTheApi() throws Exception {
    Api api = api();
    HttpResponse<String> badParameter = api.get("api/casos?desde=x", ItEnvironment.ADMIN);
    HttpResponse<String> noSuchResource = api.get("api/no-existe", ItEnvironment.ADMIN);
    HttpResponse<String> garbageState =
        api.send(
            HttpRequest.newBuilder(url("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "login=login&jakarta.faces.ViewState=%%basura%%&login%3Aenter=x")));

    assertEquals(404, noSuchResource.statusCode());
    assertTrue(noSuchResource.headers().firstValue("Content-Type").orElse("").contains("json"));
    assertTrue(Api.json(noSuchResource.body()).getString("mensaje").contains("No existe"));
    assertEquals(400, badParameter.statusCode(), badParameter.body());
    assertTrue(Api.json(badParameter.body()).getString("mensaje").contains("parámetro"));
    for (boolean ajax : new boolean[] {false, true}) {
      HttpRequest.Builder forged =
          Api.as(
              ItEnvironment.ADMIN,
              HttpRequest.newBuilder(url("casos/bandeja.xhtml"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "inbox=inbox&jakarta.faces.ViewState=rO0ABXNyAAFa")));
      if (ajax) {
        forged.header("Faces-Request", "partial/ajax");
      }
      String answer = api.send(forged).body();
      assertFalse(answer.contains("Exception"), "ajax " + ajax + ": " + answer);
      assertFalse(answer.contains("\tat "), "ajax " + ajax + ": " + answer);
      assertFalse(answer.contains("server log"), "ajax " + ajax + ": " + answer);
    }
    for (HttpResponse<String> r : List.of(badParameter, noSuchResource, garbageState)) {
      // (PrimeFaces' settings name the exception types of web.xml's error pages: not a trace)
      assertFalse(r.body().contains("Caused by"), r.uri() + ": " + r.body());
      assertFalse(r.body().contains("\tat "), r.uri() + ": " + r.body());
      assertFalse(r.body().contains("Payara"), r.uri() + ": " + r.body());
    }
  }

  @Test
  void aWrongQueryParameterOnTheStaffApiIsASpanishJson400() throws Exception {
    HttpResponse<String> answer =
        api().get("api/casos/1/adjuntos/no-es-numero", ItEnvironment.ADMIN);

    assertEquals(400, answer.statusCode(), answer.body());
    assertTrue(Api.json(answer.body()).getString("mensaje").contains("parámetro"), answer.body());
  }

  @Test
  void readinessReportsTheHighestAppliedMigration() throws Exception {
    int highest;
    try (Stream<Path> files =
        Files.list(Path.of("..", "ejb", "src", "main", "resources", "db", "migration"))) {
      highest =
          files
              .map(p -> p.getFileName().toString())
              .map(Pattern.compile("^V(\\d+)__.*")::matcher)
              .filter(Matcher::matches)
              .mapToInt(m -> Integer.parseInt(m.group(1)))
              .max()
              .orElseThrow();
    }

    String health = api().get("health/ready").body();

    assertTrue(health.contains("\"schemaVersion\":\"" + highest + "\""), health);
  }

  @Test
  void managementIsRefusedTheFilesOfACaseWhosePetitionerItMayNotSee() throws Exception {
    Api api = api();
    api.user("gerente.sec", "Gina Gerente", "gerencia", null, false);
    api.user("sig.sec", "Sara SIG", "sig", null, false);
    String pdf = java.util.Base64.getEncoder().encodeToString("%PDF-1.4\n%%EOF\n".getBytes());
    String radicado =
        api.radicado(
            """
            {"tipo":"reclamo","nombres":"Julián Cárdenas","correo":"julian@example.com",
             "asunto":"Cobro doble","descripcion":"Me cobraron dos veces el servicio.",
             "adjuntos":[{"nombre":"factura.pdf","contenido":"%s"}]}
            """
                .formatted(pdf));
    JsonObject asSig = Api.json(api.get("api/casos/" + radicado, "sig.sec").body());
    long attachment =
        asSig.getJsonArray("adjuntos").getJsonObject(0).getJsonNumber("id").longValue();

    HttpResponse<String> download =
        api.get("api/casos/" + radicado + "/adjuntos/" + attachment, "gerente.sec");
    JsonObject seen = Api.json(api.get("api/casos/" + radicado, "gerente.sec").body());

    assertEquals(403, download.statusCode(), download.body());
    assertTrue(seen.getJsonArray("adjuntos").isEmpty(), seen.toString());
    assertFalse(seen.toString().contains("Julián"), seen.toString());
    assertFalse(seen.toString().contains("julian@example.com"), seen.toString());
    String journal = api.admin("api/test-probe/access/" + radicado).body();
    assertTrue(journal.contains("gerente.sec DOWNLOAD false"), journal);
  }

  @Test
  void anAdministratorCreatesAnApiClientOnItsScreenAndSeesTheKeyOnce() throws Exception {
    ChromeDriver browser = Browser.start();
    String key;
    try {
      Browser.login(
          browser, URI.create(base.toString()), ItEnvironment.ADMIN, ItEnvironment.adminPassword());
      browser.get(url("admin/clientes-api.xhtml").toString());
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      wait.until(ExpectedConditions.elementToBeClickable(By.id("clients:create"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clientForm:name")))
          .sendKeys("Portal de aliados");
      browser.findElement(By.id("clientForm:save")).click();
      key =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("createdKey"))).getText();
      Browser.screenshot(browser, "clientes-api-clave.png");
      browser.get(url("admin/clientes-api.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clients:table")));
      assertTrue(browser.getPageSource().contains("Portal de aliados"));
      assertFalse(browser.getPageSource().contains(key), "the key is not shown again");
    } finally {
      browser.quit();
    }

    assertTrue(key.startsWith("vt_"), key);
    assertEquals(
        201,
        filing(
                """
                {"tipo":"peticion","nombres":"Raúl Mesa","correo":"raul@example.com",
                 "asunto":"Horario de la sede","descripcion":"¿Qué horario tiene la sede norte?"}
                """,
                "203.0.113.77",
                key)
            .statusCode());
  }

  /**
   * Every role against every page and API path that {@code web.xml} restricts to some roles: the
   * roles named there get through, every other role gets 403. The expectations are read from the
   * same constraints the container enforces, so a new screen is covered by adding its constraint.
   */
  @Test
  void everyRoleReachesExactlyThePagesItsConstraintsName() throws Exception {
    Map<String, Set<String>> allowed = restrictedPaths();
    Api api = api();
    for (StaffRole role : StaffRole.values()) {
      api.user(
          "matriz." + role.roleName(), "Matriz " + role.roleName(), role.roleName(), null, false);
    }
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Set<String>> path : allowed.entrySet()) {
      for (StaffRole role : StaffRole.values()) {
        int status = api.get(path.getKey(), "matriz." + role.roleName()).statusCode();
        boolean may = path.getValue().contains(role.roleName());
        if (may ? status == 403 || status == 401 : status != 403) {
          wrong.add(path.getKey() + " as " + role.roleName() + " → " + status);
        }
      }
    }
    assertTrue(allowed.size() >= 8, "constraints read: " + allowed.keySet());
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  /** The GET paths of web.xml's role constraints, with the roles of the most specific pattern. */
  private static Map<String, Set<String>> restrictedPaths() throws Exception {
    Map<String, String> samples =
        Map.of(
            "/api/importaciones/*", "api/importaciones/buzon/plantilla",
            "/api/clientes-api/*", "api/clientes-api",
            "/admin/*", "admin/sedes.xhtml",
            "/encuestas/*", "encuestas/campanas.xhtml",
            "/api/encuestas/*", "api/encuestas/0/resultados",
            "/mejora/*", "mejora/matriz.xhtml",
            "/api/acpm/*", "api/acpm/exportacion",
            "/api/acpm/propuestas/*", "api/acpm/propuestas/0",
            "/privacidad/*", "privacidad/titulares.xhtml",
            "/api/titulares/*", "api/titulares/exportacion?documento=0");
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new File("src/main/webapp/WEB-INF/web.xml"));
    Map<String, Set<String>> byPattern = new LinkedHashMap<>();
    NodeList constraints = xml.getElementsByTagName("security-constraint");
    for (int i = 0; i < constraints.getLength(); i++) {
      Element c = (Element) constraints.item(i);
      NodeList roles = c.getElementsByTagName("role-name");
      Set<String> names = new TreeSet<>();
      for (int r = 0; r < roles.getLength(); r++) {
        names.add(roles.item(r).getTextContent().strip());
      }
      if (names.isEmpty() || names.contains("**")) {
        continue;
      }
      NodeList patterns = c.getElementsByTagName("url-pattern");
      for (int p = 0; p < patterns.getLength(); p++) {
        byPattern.put(patterns.item(p).getTextContent().strip(), names);
      }
    }
    Map<String, Set<String>> paths = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> e : byPattern.entrySet()) {
      String pattern = e.getKey();
      String path = pattern.endsWith("/*") ? samples.get(pattern) : pattern.substring(1);
      if (path == null || path.isEmpty()) {
        continue;
      }
      // an exact pattern wins over a prefix one (Servlet 6.0 §13.8.1)
      String exact = "/" + path;
      Set<String> roles = byPattern.getOrDefault(exact, e.getValue());
      paths.put(path, roles);
    }
    return paths;
  }
}
