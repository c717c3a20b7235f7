package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Satisfaction as deployed (issue #14): the petitioner rates the answer from the link of the answer
 * mail without logging in, changes it within the window, is refused a tampered, expired or closed
 * link with nothing recorded, and gets one reminder; the semiannual survey campaign.
 */
@ExtendWith(ArquillianExtension.class)
class SatisfactionIT {

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.product().addClass(SatisfactionProbe.class);
  }

  @BeforeEach
  void people() throws Exception {
    Api api = api();
    api.area("Operaciones", "lider.op");
    api.user("ana.op", "Ana Operaciones", "responsable", "Operaciones", false);
    api.user("sig", "Sofía SIG", "sig", null, false);
  }

  @Test
  void theAnswerMailsBuenaLinkRatesTheCaseWithoutLoginAndATamperedLinkIsRefused() throws Exception {
    JsonObject receipt =
        api()
            .file(
                """
                {"tipo":"queja","nombres":"Paula Restrepo","correo":"paula.restrepo@example.com",
                 "sede":"Cali","asunto":"Guarda sin carné en portería",
                 "descripcion":"El guarda de la noche no portaba carné."}
                """);
    String radicado = receipt.getString("radicado");
    answer(radicado);

    MimeMessage mail = awaitMail("paula.restrepo@example.com", radicado, "respuesta");
    String body = String.valueOf(mail.getContent());
    assertTrue(body.contains("funcionan hasta el"), "the mail says how long: " + body);
    Matcher link = Pattern.compile("4 — Buena: (\\S+)").matcher(body);
    assertTrue(link.find(), body);
    String url = link.group(1);
    assertFalse(url.contains("paula") || url.contains(radicado), "no personal data: " + url);
    String path = url.substring(url.indexOf("calificar"));

    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get(api().url(path).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rating:confirm")));
      assertTrue(browser.findElement(By.id("rating:score:1")).isSelected(), "4 is chosen");
      click(browser, "rating:accepted:0");
      browser.findElement(By.id("rating:confirm")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gracias")));
      assertTrue(browser.findElement(By.id("gracias")).getText().contains("4 — Buena"));
      Browser.screenshot(browser, "calificar-gracias.png");
      JsonObject rated = rating(radicado);
      assertEquals(4, rated.getInt("caseScore"));
      assertEquals("true", rated.getString("accepted"));

      // 2 without a comment is refused and changes nothing; with one, it replaces the 4
      browser.get(api().url(path.replace("puntaje=4", "puntaje=2")).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rating:confirm")));
      browser.findElement(By.id("rating:comment")).clear();
      browser.findElement(By.id("rating:confirm")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("rating:messages"), "escriba un comentario"));
      assertEquals(4, rating(radicado).getInt("caseScore"));
      browser.findElement(By.id("rating:comment")).sendKeys("Tardaron en responder.");
      browser.findElement(By.id("rating:confirm")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gracias")));
      JsonObject changed = rating(radicado);
      assertEquals(2, changed.getInt("caseScore"));
      assertEquals("Tardaron en responder.", changed.getString("comment"));
      assertEquals(1, changed.getInt("changes"));

      // a tampered token: a clear Spanish page, nothing recorded
      int at = path.indexOf("token=") + 10;
      char c = path.charAt(at);
      String tampered = path.substring(0, at) + (c == 'x' ? 'y' : 'x') + path.substring(at + 1);
      browser.get(api().url(tampered.replace("puntaje=2", "puntaje=5")).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motivo")));
      assertTrue(browser.findElement(By.id("motivo")).getText().contains("no es válido"));
      assertTrue(browser.findElements(By.id("rating:confirm")).isEmpty());
      Browser.screenshot(browser, "calificar-alterado.png");

      // an expired one
      String expired = api().admin("api/test-probe/satisfaction/expired/" + radicado).body();
      browser.get(api().url("calificar?token=" + expired + "&puntaje=5").toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motivo")));
      assertTrue(browser.findElement(By.id("motivo")).getText().contains("venció"));

      // the public status page carries the same five links
      browser.get(
          api()
              .url("consulta.xhtml?radicado=" + radicado + "&codigo=" + receipt.getString("codigo"))
              .toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calificar")));
      assertEquals(5, browser.findElements(By.cssSelector("#calificar li a")).size());

      // staff see the rating on the case
      Browser.login(browser, api().url(""), "sig", Api.PASSWORD);
      browser.get(api().url("casos/caso.xhtml?radicado=" + radicado).toString());
      wait.until(ExpectedConditions.textToBe(By.id("ws:radicado"), radicado));
      String page = browser.findElement(By.tagName("body")).getText();
      assertTrue(page.contains("Mala") && page.contains("Tardaron en responder."), page);

      // once the change window passed, the same link is refused and nothing changes
      api().form("api/test-probe/satisfaction/age", "radicado=" + radicado + "&days=30");
      browser.get(api().url(path).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("motivo")));
      assertTrue(browser.findElement(By.id("motivo")).getText().contains("ya fue calificada"));
      assertEquals(2, rating(radicado).getInt("caseScore"));
    } finally {
      browser.quit();
    }
  }

  @Test
  void anAnswerWithoutRatingGetsOneReminderAndARatedOneNone() throws Exception {
    String quiet =
        api()
            .radicado(
                """
                {"tipo":"peticion","nombres":"Julián Mora","correo":"julian.mora@example.com",
                 "asunto":"Certificado de servicio","descripcion":"Pido un certificado."}
                """);
    answer(quiet);
    assertEquals("0", api().admin("api/test-probe/satisfaction/reminders/" + quiet).body());
    api().form("api/test-probe/satisfaction/age", "radicado=" + quiet + "&days=6");
    api().form("api/test-probe/satisfaction/timer", "");
    api().form("api/test-probe/satisfaction/timer", "");
    assertEquals("1", api().admin("api/test-probe/satisfaction/reminders/" + quiet).body());
    assertTrue(rating(quiet).getBoolean("reminded"));
    MimeMessage reminder = awaitMail("julian.mora@example.com", quiet, "cómo le pareció");
    assertTrue(String.valueOf(reminder.getContent()).contains("5 — Excelente: "));
  }

  private void answer(String radicado) throws Exception {
    api()
        .form(
            "api/test-probe/satisfaction/answer",
            "radicado="
                + Api.enc(radicado)
                + "&text="
                + Api.enc("Revisamos su caso y lo resolvimos."));
  }

  private JsonObject rating(String radicado) throws Exception {
    return Api.json(api().admin("api/test-probe/satisfaction/rating/" + radicado).body());
  }

  private static void click(ChromeDriver browser, String id) {
    WebElement input = browser.findElement(By.id(id));
    browser.executeScript("arguments[0].click();", input);
  }

  private static MimeMessage awaitMail(String to, String radicado, String subjectPart) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                Arrays.stream(ItEnvironment.mail().getReceivedMessagesForDomain("example.com"))
                    .filter(
                        m -> {
                          try {
                            return m.getAllRecipients()[0].toString().equals(to)
                                && m.getSubject().contains(radicado)
                                && m.getSubject().contains(subjectPart);
                          } catch (jakarta.mail.MessagingException e) {
                            return false;
                          }
                        })
                    .findFirst()
                    .orElse(null),
            java.util.Objects::nonNull);
  }
}
