package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pages on a citizen's phone (issue #18, item 10): Lighthouse, mobile profile (slow 4G,
 * 4x CPU slowdown, simulated), must score performance at least {@value #MIN_PERFORMANCE} and
 * accessibility 1.0 on {@code /radicar.xhtml}, {@code /consulta.xhtml} and {@code /login.xhtml} of
 * the real product; and the server must compress text and let browsers keep versioned resources.
 *
 * <p>Lighthouse comes from npm, pinned in {@code ops/lighthouse} ({@code npm ci --prefix
 * ops/lighthouse}; {@code .ci/run} does it). Without it the suite fails and says how to install it;
 * {@code -Dlighthouse.skip=true} skips the Lighthouse test on purpose (never in CI). The simulated
 * score moves with the load of this 2-core machine, so each page gets up to {@value #RUNS} runs and
 * the best one counts (the same verdict as the best of three: the runs stop at the first that
 * passes). Reports: {@code web/target/lighthouse/}.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {

  static final double MIN_PERFORMANCE = 0.90;
  static final int RUNS = 3;
  static final List<String> PAGES = List.of("radicar.xhtml", "consulta.xhtml", "login.xhtml");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.product();
  }

  @Test
  void publicPagesAreCompressedAndLoadOnlyTheirOwnVersionedResources() throws Exception {
    for (String page : PAGES) {
      HttpResponse<byte[]> zipped = get(page, true);
      assertEquals(200, zipped.statusCode(), page);
      assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), page);
      String html = gunzip(zipped.body());
      assertTrue(html.contains("</html>"), page);

      HttpResponse<byte[]> plain = get(page, false);
      assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), page);
      // the same page (but for the form's one-time key)
      assertEquals(
          html.replaceAll("value=\"[^\"]*\"", ""),
          new String(plain.body(), StandardCharsets.UTF_8).replaceAll("value=\"[^\"]*\"", ""),
          page);

      // Only what a public page uses: no PrimeFaces theme, icons or scripts.
      List<String> resources = resourceUrls(html);
      assertFalse(resources.isEmpty(), page);
      for (String resource : resources) {
        assertFalse(resource.contains("ln=primefaces"), page + " loads " + resource);
        assertTrue(resource.matches(".*[?&]v=[^&]+.*"), page + " unversioned: " + resource);
      }
      // No script before the content: faces.js comes at the end of the body.
      String head = html.substring(0, html.indexOf("</head>"));
      assertFalse(head.contains("<script src"), page + " has a blocking script: " + head);
    }

    String css =
        resourceUrls(gunzip(get("radicar.xhtml", true).body())).stream()
            .filter(u -> u.contains("ventanilla.css"))
            .findFirst()
            .orElseThrow();
    HttpResponse<byte[]> sheet = get(css.substring(1), true);
    assertEquals(200, sheet.statusCode());
    assertEquals(
        "public, max-age=31536000, immutable",
        sheet.headers().firstValue("Cache-Control").orElse(""));
    assertEquals("gzip", sheet.headers().firstValue("Content-Encoding").orElse(""));
    assertTrue(gunzip(sheet.body()).contains(".vt-public"));

    // A missing resource is not cached, whatever its version.
    HttpResponse<byte[]> missing = get("jakarta.faces.resource/no-such.css.xhtml?v=1", true);
    assertEquals(404, missing.statusCode());
    assertFalse(missing.headers().firstValue("Cache-Control").orElse("").contains("immutable"));

    // The staff pages keep PrimeFaces, whose versioned resources are kept for a year too.
    HttpResponse<byte[]> core =
        get("jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=15.0.13", true);
    assertEquals(200, core.statusCode());
    assertEquals(
        "public, max-age=31536000, immutable",
        core.headers().firstValue("Cache-Control").orElse(""));
    assertEquals("gzip", core.headers().firstValue("Content-Encoding").orElse(""));
  }

  @Test
  void thePlainPagesKeepTheirBehaviourWithoutPrimeFaces() throws Exception {
    Api api = new Api(base);
    JsonObject receipt =
        api.file(
            """
            {"tipo":"peticion","nombres":"Lucía Faro","correo":"lucia.faro@example.com",
             "asunto":"PublicPagesIT horario","descripcion":"¿A qué hora abren la sede?",
             "autoriza_datos":true}
            """);
    String radicado = receipt.getString("radicado");
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      // The status page: the required fields say so in Spanish, a wrong code finds nothing, the
      // right one shows the case (all by AJAX, with Faces' own script at the end of the page).
      browser.get(URI.create(base.toString()).resolve("consulta.xhtml").toString());
      wait.until(ExpectedConditions.elementToBeClickable(By.id("status:consultar"))).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("status"), "Escriba el radicado."));
      assertTrue(
          browser
              .findElement(By.id("status"))
              .getText()
              .contains("Escriba el código de seguimiento."));
      browser.findElement(By.id("status:radicado")).sendKeys(radicado);
      browser.findElement(By.id("status:codigo")).sendKeys("NO-ES-EL-CODIGO");
      browser.findElement(By.id("status:consultar")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("status:messages"), "No encontramos"));
      WebElement code = browser.findElement(By.id("status:codigo"));
      code.clear();
      code.sendKeys(receipt.getString("codigo"));
      browser.findElement(By.id("status:consultar")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("estado")));
      assertEquals("Radicado", browser.findElement(By.id("estado")).getText());
      assertTrue(
          browser.findElements(By.id("docs:newFiles")).size() == 1, "an open case takes files");

      // The filing form: "anónimo" hides the personal fields by AJAX; nothing typed is lost.
      browser.get(URI.create(base.toString()).resolve("radicar.xhtml").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filing:asunto")))
          .sendKeys("Se queda");
      assertEquals(1, browser.findElements(By.id("filing:nombres")).size());
      browser.findElement(By.id("filing:anonimo")).click();
      wait.until(ExpectedConditions.numberOfElementsToBe(By.id("filing:nombres"), 0));
      assertEquals("Se queda", browser.findElement(By.id("filing:asunto")).getAttribute("value"));
      // Sent empty: each missing field says so next to it, in Spanish.
      browser.findElement(By.id("filing:enviar")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".vt-message")));
      assertFalse(browser.getPageSource().contains("ui-message"), "no PrimeFaces message");
    } finally {
      browser.quit();
    }
  }

  @Test
  void lighthouseScoresThePublicPagesOnAPhone() throws Exception {
    Assumptions.assumeFalse(
        Boolean.getBoolean("lighthouse.skip"), "-Dlighthouse.skip=true: Lighthouse not run");
    Path dir = Path.of(System.getProperty("lighthouse.dir", "../ops/lighthouse")).toAbsolutePath();
    Path cli = dir.resolve("node_modules/lighthouse/cli/index.js");
    if (!Files.isRegularFile(cli)) {
      fail(
          "Lighthouse is not installed in "
              + dir.normalize()
              + ". Install the pinned version with `npm ci --prefix ops/lighthouse` (needs Node 18+"
              + " and npm; .ci/run does it), or skip this check on purpose with"
              + " -Dlighthouse.skip=true.");
    }
    Path out = Path.of("target", "lighthouse");
    Files.createDirectories(out);
    StringBuilder summary = new StringBuilder();
    List<String> failures = new ArrayList<>();
    for (String page : PAGES) {
      Score best = null;
      for (int run = 1; run <= RUNS; run++) {
        Path report = out.resolve(page.replace(".xhtml", "") + "-" + run + ".json");
        Score score = lighthouse(cli, URI.create(base.toString()).resolve(page), report);
        summary.append(String.format(Locale.ROOT, "%s run %d: %s%n", page, run, score));
        if (best == null || score.performance() > best.performance()) {
          best = score;
        }
        if (best.passes()) {
          break;
        }
      }
      if (!best.passes()) {
        failures.add(page + " best of " + RUNS + ": " + best);
      }
    }
    Files.writeString(out.resolve("summary.txt"), summary);
    System.out.print(summary);
    assertTrue(
        failures.isEmpty(), "Lighthouse (mobile) below target:\n" + String.join("\n", failures));
  }

  /** One Lighthouse run, mobile defaults, with the headless Chromium of the tests. */
  private static Score lighthouse(Path cli, URI page, Path report) throws Exception {
    List<String> command =
        List.of(
            "node",
            cli.toString(),
            page.toString(),
            "--quiet",
            "--output=json",
            "--output-path=" + report.toAbsolutePath(),
            "--only-categories=performance,accessibility",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu"
                + " --disable-background-networking --disable-component-update --disable-sync"
                + " --no-first-run");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder
        .environment()
        .putIfAbsent("CHROME_PATH", System.getProperty("lighthouse.chrome", "/usr/bin/chromium"));
    Path log = Path.of(report.toString().replace(".json", ".log"));
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("Lighthouse did not finish in 3 minutes on " + page + "; see " + log);
    }
    if (process.exitValue() != 0 || !Files.isRegularFile(report)) {
      fail(
          "Lighthouse failed on "
              + page
              + " (exit "
              + process.exitValue()
              + "): "
              + Files.readString(log));
    }
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(report))) {
      JsonObject json = reader.readObject();
      JsonObject categories = json.getJsonObject("categories");
      JsonObject audits = json.getJsonObject("audits");
      return new Score(
          categories.getJsonObject("performance").getJsonNumber("score").doubleValue(),
          categories.getJsonObject("accessibility").getJsonNumber("score").doubleValue(),
          audits
              .getJsonObject("first-contentful-paint")
              .getJsonNumber("numericValue")
              .doubleValue(),
          audits.getJsonObject("total-byte-weight").getJsonNumber("numericValue").longValue());
    }
  }

  /** A run's scores (0..1), its simulated first paint (ms) and the bytes it transferred. */
  record Score(double performance, double accessibility, double firstPaintMs, long bytes) {

    boolean passes() {
      return performance >= MIN_PERFORMANCE && accessibility >= 1.0;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "performance %.2f, accessibility %.2f, first paint %.1f s, %d bytes",
          performance,
          accessibility,
          firstPaintMs / 1000,
          bytes);
    }
  }

  private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
            .timeout(Duration.ofSeconds(30));
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The style sheets, scripts and icons a page loads (their URLs, entities decoded). */
  private static List<String> resourceUrls(String html) {
    List<String> urls = new ArrayList<>();
    Matcher m =
        Pattern.compile("(?:href|src)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(html);
    while (m.find()) {
      urls.add(m.group(1).replace("&amp;", "&"));
    }
    return urls;
  }
}
