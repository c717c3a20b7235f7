package co.ventanilla.web;

import co.ventanilla.web.it.Browser;
import co.ventanilla.web.it.Workspace;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The walk through every intranet screen that issue 5 asks for, on the demo data, as a new staff
 * member would take it: each role logs in, opens its screens, works a new case from triage to the
 * answer sent, opens the dialogs of the other actions, and tries cases outside its role by URL,
 * AJAX and REST. Every screen is saved as a numbered PNG; every page is checked for a missing
 * bundle key ({@code ???key???}) and for English PrimeFaces defaults; every refusal must be 403.
 *
 * <p>A developer tool like {@link LocalRun}, not a test: it changes the demo data it walks on.
 * Start the product with demo data, then, from the repository root:
 *
 * <pre>
 * mvn -Prun package -Ddemo=true          # in one terminal, on an empty VENTANILLA_HOME
 * mvn -Pwalk package -pl web -am        # in another: screens in web/target/walkthrough
 * </pre>
 *
 * It reads the demo password from {@code $VENTANILLA_HOME/admin-password} (or {@code
 * -Dwalk.password}), and the address from {@code -Dwalk.base} (default {@code
 * http://localhost:8080/}, or the {@code -Dport} given), and writes to {@code -Dwalk.out}. It
 * prints one line per screen and, at the end, every check it made; it stops non-zero at the first
 * failure, with the screen saved as {@code NN-fallo.png}. A second walk needs a fresh demo (the
 * first one used up its new cases).
 */
public final class Walkthrough {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?\\?[\\w.]+\\?\\?\\?");

  /** PrimeFaces and JSF texts that show when a locale or bundle is not wired. */
  private static final List<String> ENGLISH =
      List.of(
          "No records found",
          "Loading...",
          "Choose File",
          "Validation Error",
          "Previous",
          "Next Page",
          "Select One",
          "Conversion Error");

  private final URI base;
  private final String password;
  private final Path out;
  private final ChromeDriver browser;
  private final WebDriverWait wait;
  private int shot;
  private boolean english;
  private final List<String> findings = new ArrayList<>();

  private Walkthrough(URI base, String password, Path out) {
    this.base = base;
    this.password = password;
    this.out = out;
    this.browser = Browser.start();
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  public static void main(String[] args) throws Exception {
    URI base = URI.create(System.getProperty("walk.base", "http://localhost:8080/"));
    Path home =
        Path.of(
            System.getenv()
                .getOrDefault("VENTANILLA_HOME", System.getProperty("user.home") + "/.ventanilla"));
    String password = System.getProperty("walk.password", "");
    if (password.isBlank()) {
      password = Files.readString(home.resolve("admin-password")).strip();
    }
    Path out = Path.of(System.getProperty("walk.out", "web/target/walkthrough"));
    Files.createDirectories(out);
    Walkthrough walk = new Walkthrough(base, password, out);
    try {
      walk.run();
    } finally {
      walk.browser.quit();
    }
    System.out.println("Walkthrough done: " + walk.shot + " screens saved in " + out);
    walk.findings.forEach(f -> System.out.println("  " + f));
  }

  private void run() throws Exception {
    // Reception: the day starts with a phone call and the new cases.
    browser.get(url("login.xhtml"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:userName")));
    save("login");
    login("recepcion");
    save("inicio-recepcion");
    browser.get(url("registro.xhtml"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registro:asunto")));
    wait.until(d -> browser.executeScript("return !!PrimeFaces.widgets.registroTipo"));
    browser.executeScript("PrimeFaces.widgets.registroTipo.selectValue('queja')");
    browser.executeScript("PrimeFaces.widgets.registroCanal.selectValue('PHONE')");
    browser.findElement(By.id("registro:nombres")).sendKeys("Gloria Amparo Cuervo");
    browser.findElement(By.id("registro:numero_documento")).sendKeys("51888777");
    browser.findElement(By.id("registro:telefono")).sendKeys("3104445566");
    browser.findElement(By.id("registro:correo")).sendKeys("gloria.cuervo@example.com");
    browser.findElement(By.id("registro:asunto")).sendKeys("Guarda ausente en la portería norte");
    browser
        .findElement(By.id("registro:descripcion"))
        .sendKeys(
            "Llama a las 7 a. m.: la portería norte del conjunto estuvo sin guarda 40 minutos.");
    browser.findElement(By.cssSelector("#registro\\:autoriza_datos .ui-chkbox-box")).click();
    save("registro-telefonico");
    browser.findElement(By.id("registro:guardar")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("radicado")));
    String fresh = browser.findElement(By.id("radicado")).getText();
    save("registro-constancia");

    browser.get(url("casos/bandeja.xhtml"));
    wait.until(ExpectedConditions.titleContains("Bandeja"));
    save("bandeja-recepcion");
    browser.findElement(By.id("inbox:text")).sendKeys(fresh);
    wait.until(d -> rows("inbox:cases").size() == 1);
    save("bandeja-buscar-radicado");
    open(fresh);
    save("caso-nuevo");
    act("CLASSIFY");
    choose("levelChoice", "2");
    save("dialogo-clasificar");
    confirm();
    act("ASSIGN");
    choose("areaChoice", "Operaciones");
    wait.until(
        d ->
            (Boolean)
                browser.executeScript(
                    "return $(PrimeFaces.widgets.personChoice.input)"
                        + ".find('option[value=\"ana.rojas\"]').length > 0"));
    choose("personChoice", "ana.rojas");
    save("dialogo-asignar");
    confirm();
    expect("ws:state", "Asignado");

    // Two of the other new cases: one goes to the authority it belongs to, one is improcedente.
    String toTransfer = caseWith("recepcion", "estado=radicado", "TRANSFER");
    open(toTransfer);
    act("TRANSFER");
    type("actionForm:authority", "Superintendencia de Vigilancia y Seguridad Privada");
    type("actionForm:text", "Su solicitud es de competencia de la Superintendencia.");
    save("dialogo-trasladar");
    confirm();
    expect("ws:state", "Trasladado");
    String notOurs = caseWith("recepcion", "estado=radicado", "IMPROCEDENTE");
    open(notOurs);
    act("IMPROCEDENTE");
    type("actionForm:text", "El mensaje no contiene una petición, queja ni reclamo.");
    save("dialogo-improcedente");
    confirm();
    expect("ws:state", "Improcedente");
    page("buzon.xhtml", "buzon-sugerencias");
    String day =
        java.time.LocalDate.now()
            .minusDays(2)
            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    Path csv = Files.createTempDirectory("walk").resolve("buzon-medellin-semana-48.csv");
    Files.writeString(
        csv,
        "numero_formulario;fecha;tipo;nombres;tipo_documento;numero_documento;direccion;telefono;"
            + "correo;sede;asunto;descripcion;autoriza_datos\r\n"
            + ("B-4801;" + day + ";Q;Camila Rueda Peña;CC;52111222;;3001112233;")
            + "camila.rueda@example.com;Medellín;Guarda dormido;A las 2 a. m. el guarda de la"
            + " portería dormía.;sí\r\n"
            + ("B-4802;" + day + ";S;;;;;;;Medellín;Más luz en el parqueadero;")
            + "Poner reflectores en el sótano 2.;\r\n"
            + "B-4803;31/02/2026;F;Ana;;;;;;Medellín;Buen trato;Gracias al guarda Luis.;sí\r\n");
    By upload = By.cssSelector("#buzon\\:archivo input[type=file]");
    wait.until(ExpectedConditions.presenceOfElementLocated(upload)).sendKeys(csv.toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("buzon:errores")));
    check(
        browser.findElement(By.id("buzon:creados")).getText().equals("2")
            && browser.findElement(By.id("buzon:rechazados")).getText().equals("1"),
        "the suggestion-box CSV files two rows and reports the bad one");
    save("buzon-importado");
    page("cuarentena.xhtml", "cuarentena");
    By retried = By.xpath("//tbody[@id='quarantine:mails_data']/tr[contains(., 'cobro doble')]");
    wait.until(ExpectedConditions.presenceOfElementLocated(retried))
        .findElement(By.cssSelector("[id$=':reimport']"))
        .click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "2026-"));
    say("  " + browser.findElement(By.cssSelector(".ui-growl")).getText().replace('\n', ' '));
    save("cuarentena-reimportado");
    By invalid = By.xpath("//tbody[@id='quarantine:mails_data']/tr[contains(., 'pedro@intranet')]");
    browser.executeScript(
        "arguments[0].click()",
        browser.findElement(invalid).findElement(By.cssSelector("[id$=':discard']")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("discardForm:reason")))
        .sendKeys("Remitente sin dominio; se llamó al cliente y radicó por teléfono.");
    save("cuarentena-descartar");
    browser.findElement(By.id("discardForm:confirmDiscard")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(invalid, 0));
    check(
        rows("quarantine:mails").isEmpty(),
        "the quarantine is worked off: one filed, one discarded");
    logout();

    // The leader of Operaciones: the legal windows of the new case, then the overdue ones.
    login("carlos.mejia");
    save("inicio-lider");
    open(fresh);
    act("REQUEST_INFORMATION");
    type("actionForm:text", "Indique la dirección del conjunto y la hora exacta de la ausencia.");
    save("dialogo-pedir-informacion");
    confirm();
    act("INFORMATION_RECEIVED");
    type("actionForm:text", "Conjunto Los Arrayanes, calle 45 # 12-30; de 6:10 a 6:50 a. m.");
    confirm();
    act("EXTEND_TERM");
    Matcher max =
        Pattern.compile("\\d{2}/\\d{2}/\\d{4}")
            .matcher(browser.findElement(By.id("actionForm")).getText());
    check(max.find(), "the extension dialog says how far the law allows");
    type("actionForm:text", "Se requiere el informe del supervisor del turno de la noche.");
    check(
        max.group()
            .equals(browser.findElement(By.id("actionForm:date_input")).getAttribute("value")),
        "the new due date starts at the most the law allows");
    save("dialogo-prorrogar");
    confirm();
    page("casos/bandeja.xhtml?vista=vencidos", "bandeja-vencidos-lider");
    String overdue = caseWith("carlos.mejia", "vencidos=true&tipo=queja", "ESCALATE");
    open(overdue);
    save("caso-vencido");
    act("ESCALATE");
    choose("levelChoice", "2");
    type("actionForm:text", "Vencido: lo asume el líder del proceso.");
    save("dialogo-escalar");
    confirm();
    act("LINK");
    type("actionForm:other", fresh);
    type("actionForm:text", "Mismo puesto y mismo turno.");
    save("dialogo-vincular");
    confirm();
    logout();

    // The responsible drafts; the leader returns it once, then approves; the answer is sent.
    login("ana.rojas");
    save("inicio-responsable");
    open(fresh);
    act("START");
    confirm();
    act("NOTE");
    type("actionForm:text", "Hablé con el supervisor: confirma la ausencia y el motivo.");
    confirm();
    act("DRAFT");
    type("actionForm:text", "Revisamos el turno con el supervisor del puesto.");
    save("dialogo-proyectar-respuesta");
    confirm();
    expect("ws:state", "Respuesta proyectada");
    logout();

    login("carlos.mejia");
    open(fresh);
    act("REVIEW");
    type("actionForm:text", "Diga qué medidas se tomaron y por cuánto tiempo.");
    save("dialogo-revisar-respuesta");
    browser.findElement(By.id("actionForm:return")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("actionDialog")));
    expect("ws:state", "En trámite");
    logout();

    login("ana.rojas");
    open(fresh);
    act("DRAFT");
    type(
        "actionForm:text",
        "Revisamos el turno con el supervisor del puesto. El guarda fue amonestado y el"
            + " supervisor visitará la portería norte cada noche durante un mes.");
    confirm();
    logout();

    login("carlos.mejia");
    open(fresh);
    act("REVIEW");
    confirm();
    expect("ws:state", "Respuesta aprobada");
    act("SEND");
    confirm();
    expect("ws:state", "Respondido");
    logout();

    login("recepcion");
    open(fresh);
    act("PETITIONER_RESPONSE");
    browser.findElement(By.cssSelector("#actionForm\\:accepted .ui-radiobutton-box")).click();
    choose("scoreChoice", "4");
    save("dialogo-respuesta-peticionario");
    confirm();
    logout();

    login("carlos.mejia");
    open(fresh);
    act("CLOSE");
    confirm();
    expect("ws:state", "Cerrado");
    save("caso-cerrado");
    scrollTo("timeline");
    save("caso-cerrado-historia");
    logout();

    // A responsible of another process: refused by URL, AJAX and REST, and left out of exports.
    login("jorge.diaz");
    browser.get(url("casos/caso.xhtml?radicado=" + fresh));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errorMessage")));
    check(browser.getTitle().startsWith("Acceso denegado"), "URL refused: " + browser.getTitle());
    save("acceso-denegado-url");
    String own = firstCase("jorge.diaz", "alcance=abiertos");
    open(own);
    browser.executeScript(
        "window.vtStatus = null;"
            + " $(document).on('pfAjaxError', function(e, xhr) { window.vtStatus = xhr.status; });");
    act("LINK");
    type("actionForm:other", fresh);
    browser.findElement(By.id("actionForm:confirm")).click();
    wait.until(d -> browser.executeScript("return window.vtStatus") != null);
    Object status = browser.executeScript("return window.vtStatus");
    check(Long.valueOf(403).equals(status), "AJAX refused with " + status);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ajaxError")));
    check(
        browser.findElement(By.id("ajaxErrorText")).getText().startsWith("No tiene acceso al caso"),
        "the refusal says why: " + browser.findElement(By.id("ajaxErrorText")).getText());
    save("acceso-denegado-ajax");
    browser.executeScript("PF('actionDialog').hide()");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("actionDialog")));
    HttpResponse<String> rest = get("api/casos/" + fresh, "jorge.diaz");
    check(rest.statusCode() == 403, "REST refused with " + rest.statusCode() + ": " + rest.body());
    HttpResponse<String> listed = get("api/casos?alcance=todos&texto=" + fresh, "jorge.diaz");
    check(json(listed.body()).getInt("total") == 0, "REST list leaves it out: " + listed.body());
    logout();

    // Protected cases: only the people named on them; every opening is journaled.
    HttpResponse<String> otherLeader = get("api/casos?tipo=denuncia&alcance=todos", "lina.ortiz");
    check(
        json(otherLeader.body()).getInt("total") == 0,
        "a leader not named on a denuncia sees none: " + otherLeader.body());
    String denuncia = firstCase("directora.sig", "tipo=denuncia&alcance=todos");
    HttpResponse<String> refused = get("api/casos/" + denuncia, "lina.ortiz");
    check(refused.statusCode() == 403, "a leader opening a denuncia: " + refused.statusCode());
    login("directora.sig");
    save("inicio-sig");
    open(denuncia);
    save("caso-protegido");
    scrollTo("ws:accesses");
    save("caso-protegido-accesos");
    page("casos/bandeja.xhtml?vista=todos", "bandeja-sig");
    page("correo.xhtml", "buzones-correo");
    logout();

    // Management reads without the petitioner's data and without actions.
    login("gerente");
    save("inicio-gerencia");
    open(own);
    check(
        browser.findElements(By.cssSelector("[id^='ws:acts:'][id$=':do']")).stream()
            .map(WebElement::getText)
            .toList()
            .equals(List.of("Agregar nota")),
        "management only reads and adds notes");
    check(
        browser.findElement(By.id("ws:petitioner")).getText().contains("Datos reservados"),
        "management does not see the petitioner");
    save("caso-gerencia");
    logout();

    // The administrator.
    login("admin");
    page("admin/usuarios.xhtml", "admin-usuarios");
    page("admin/areas.xhtml", "admin-procesos");
    page("admin/sedes.xhtml", "admin-sedes");
    page("admin/terminos.xhtml", "admin-terminos");
    page("admin/festivos.xhtml", "admin-festivos");
    page("cuenta.xhtml", "mi-cuenta");
    browser.get(url("casos/bandeja.xhtml"));
    wait.until(ExpectedConditions.titleContains("Bandeja"));
    language("en");
    wait.until(ExpectedConditions.titleContains("Case inbox"));
    save("bandeja-ingles");
    language("es");
    wait.until(ExpectedConditions.titleContains("Bandeja"));
    logout();
  }

  // --- steps ---

  private void login(String user) {
    Browser.login(browser, base, user, password);
    say("logged in as " + user);
    checkTexts();
  }

  private void language(String code) {
    english = code.equals("en");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lang:language")))
        .selectByValue(code);
  }

  private void logout() {
    Browser.logout(browser);
  }

  private void page(String path, String name) {
    browser.get(url(path));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session:logout")));
    check(!browser.getTitle().startsWith("Acceso denegado"), path + ": " + browser.getTitle());
    save(name);
  }

  private void open(String radicado) {
    browser.get(url("casos/caso.xhtml?radicado=" + radicado));
    wait.until(ExpectedConditions.textToBe(By.id("ws:radicado"), radicado));
  }

  private void act(String action) {
    Workspace.act(browser, wait, action);
  }

  private void confirm() {
    browser.findElement(By.id("actionForm:confirm")).click();
    try {
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("actionDialog")));
    } catch (TimeoutException e) {
      save("fallo");
      throw new IllegalStateException(
          "not done; the dialog said: " + browser.findElement(By.id("actionForm")).getText(), e);
    }
    String growl = browser.findElement(By.cssSelector(".ui-growl")).getText();
    say("  " + growl.replace('\n', ' '));
  }

  private void choose(String widget, String value) {
    Workspace.choose(browser, wait, widget, value);
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private void scrollTo(String id) {
    browser.executeScript(
        "document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
  }

  private void expect(String id, String text) {
    wait.until(ExpectedConditions.textToBe(By.id(id), text));
  }

  private List<WebElement> rows(String table) {
    return browser.findElements(By.cssSelector("[id='" + table + "_data'] > tr[data-ri]"));
  }

  /** Saves the screen as the next numbered PNG, after checking its texts. */
  private void save(String name) {
    checkTexts();
    String file = String.format(Locale.ROOT, "%02d-%s.png", ++shot, name);
    try {
      Files.write(out.resolve(file), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    say(file + "  " + browser.getTitle());
  }

  /** Fails on a missing bundle key or an English default text on the page. */
  private void checkTexts() {
    String text = browser.findElement(By.tagName("body")).getText();
    Matcher missing = MISSING_KEY.matcher(text);
    boolean found = missing.find();
    require(!found, "missing bundle key " + (found ? missing.group() : ""));
    if (!english) {
      for (String word : ENGLISH) {
        require(!text.contains(word), "English text on " + browser.getTitle() + ": " + word);
      }
    }
  }

  private void check(boolean ok, String what) {
    require(ok, what);
    findings.add("ok: " + what);
  }

  /** Like {@link #check}, for the checks every screen gets, which are not listed at the end. */
  private void require(boolean ok, String what) {
    if (!ok) {
      save("fallo");
      throw new IllegalStateException("Walkthrough failed: " + what);
    }
  }

  private static void say(String line) {
    System.out.println(line);
  }

  // --- REST ---

  /** The radicado of the first case {@code user} sees with the filters {@code query}. */
  private String firstCase(String user, String query) throws Exception {
    HttpResponse<String> list = get("api/casos?cantidad=1&" + query, user);
    JsonObject body = json(list.body());
    if (list.statusCode() != 200 || body.getJsonArray("casos").isEmpty()) {
      throw new IllegalStateException(
          "no case for " + user + " with " + query + ": " + list.body());
    }
    return body.getJsonArray("casos").getJsonObject(0).getString("radicado");
  }

  /** The first case {@code user} sees with {@code query} on which they may take {@code action}. */
  private String caseWith(String user, String query, String action) throws Exception {
    HttpResponse<String> list = get("api/casos?cantidad=100&" + query, user);
    for (var c : json(list.body()).getJsonArray("casos").getValuesAs(JsonObject.class)) {
      String radicado = c.getString("radicado");
      JsonObject file = json(get("api/casos/" + radicado, user).body());
      if (file.getJsonArray("acciones").getValuesAs(jakarta.json.JsonString.class).stream()
          .anyMatch(a -> a.getString().equals(action))) {
        return radicado;
      }
    }
    throw new IllegalStateException("no case of " + user + " with " + query + " allows " + action);
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return HTTP.send(as(user, path).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder as(String user, String path) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + token);
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private String url(String path) {
    return base.resolve(path).toString();
  }
}
