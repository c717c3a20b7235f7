package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator watches (issue 16): {@code /metrics} in the Prometheus text format, readable
 * without a login from loopback only, whose counters move after a form post, an import and a mail;
 * and the health endpoints.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.product();
  }

  /** The product on loopback: the Arquillian base URL may name another interface. */
  private URI loopback(String path) {
    return URI.create("http://127.0.0.1:" + base.getPort() + "/" + path);
  }

  private HttpResponse<String> metrics(String forwardedFor) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(loopback("metrics")).timeout(Duration.ofSeconds(30));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return Api.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String scrape() throws Exception {
    HttpResponse<String> response = metrics(null);
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  /** The sum of the samples of {@code name} whose labels include every one of {@code labels}. */
  static double value(String scrape, String name, String... labels) {
    double sum = 0;
    for (String line : scrape.split("\n")) {
      if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
        continue;
      }
      boolean all = true;
      for (String label : labels) {
        all &= line.contains(label);
      }
      if (all) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  @Test
  void countersMoveAfterAFormPostAnImportAndAMail() throws Exception {
    Api api = new Api(base);
    api.user("recepcion", "Rosa Recepción", "recepcion", null, false);
    String before = scrape();
    assertTrue(before.contains("# TYPE jvm_memory_used_bytes gauge"), before);
    assertTrue(before.contains("ventanilla_outbox_pending"), before);

    // a form post through the public API
    HttpResponse<String> filed =
        api.postJson(
            "api/pqrs",
            """
            {"tipo":"reclamo","nombres":"Marta Díaz","correo":"marta.diaz@example.com",
             "sede":"Cali","asunto":"Cobro doble de la factura",
             "descripcion":"Me cobraron dos veces el servicio de octubre."}
            """);
    assertEquals(201, filed.statusCode(), filed.body());

    // an import of a suggestion-box file: one good row, one bad
    String csv =
        "numero_formulario;fecha;tipo;nombres;tipo_documento;numero_documento;direccion;telefono;"
            + "correo;sede;asunto;descripcion;autoriza_datos\r\n"
            + "OPS-"
            + System.nanoTime()
            + ";2026-11-11;S;;;;;;;Cali;Más luz;Poner reflectores.;\r\n"
            + "OPS-X;31/02/2026;X;Ana;;;;;;Cali;;Sin asunto;sí\r\n";
    HttpResponse<String> imported =
        Api.HTTP.send(
            Api.as(
                    "recepcion",
                    HttpRequest.newBuilder(api.url("api/importaciones/buzon?nombre=ops.csv")))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, imported.statusCode(), imported.body());
    JsonObject report = Api.json(imported.body());
    assertEquals(1, report.getInt("creados"), imported.body());

    // a mail to the service mailbox
    jakarta.mail.Session session = jakarta.mail.Session.getInstance(new java.util.Properties());
    jakarta.mail.internet.MimeMessage mail = new jakarta.mail.internet.MimeMessage(session);
    mail.setFrom(new jakarta.mail.internet.InternetAddress("pedro@example.com"));
    mail.setRecipients(jakarta.mail.Message.RecipientType.TO, ItEnvironment.MAILBOX_ADDRESS);
    mail.setSubject("Petición de certificado " + System.nanoTime(), "UTF-8");
    mail.setText("Solicito un certificado del servicio prestado.", "UTF-8");
    mail.setHeader("Message-ID", "<ops-" + System.nanoTime() + "@example.com>");
    mail.saveChanges();
    ItEnvironment.mail()
        .getUserManager()
        .getUserByEmail(ItEnvironment.MAILBOX_ADDRESS)
        .deliver(mail);

    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                value(scrape(), "ventanilla_mail_read_total", "mailbox=\"servicio\"")
                    > value(before, "ventanilla_mail_read_total", "mailbox=\"servicio\""));
    String after = scrape();

    assertEquals(
        1,
        value(after, "ventanilla_cases_filed_total", "channel=\"WEB\"", "type=\"reclamo\"")
            - value(before, "ventanilla_cases_filed_total", "channel=\"WEB\"", "type=\"reclamo\""),
        after);
    assertEquals(
        1,
        value(after, "ventanilla_cases_filed_total", "channel=\"SUGGESTION_BOX\"")
            - value(before, "ventanilla_cases_filed_total", "channel=\"SUGGESTION_BOX\""));
    assertEquals(
        1,
        value(after, "ventanilla_imports_total", "outcome=\"finished\"")
            - value(before, "ventanilla_imports_total", "outcome=\"finished\""));
    assertEquals(
        1,
        value(after, "ventanilla_import_rows_total", "result=\"accepted\"")
            - value(before, "ventanilla_import_rows_total", "result=\"accepted\""));
    assertEquals(
        1,
        value(after, "ventanilla_import_rows_total", "result=\"rejected\"")
            - value(before, "ventanilla_import_rows_total", "result=\"rejected\""));
    assertEquals(
        1,
        value(after, "ventanilla_mail_read_total", "mailbox=\"servicio\"", "outcome=\"created\"")
            - value(
                before,
                "ventanilla_mail_read_total",
                "mailbox=\"servicio\"",
                "outcome=\"created\""),
        after);
    assertEquals(
        1,
        value(after, "ventanilla_cases_filed_total", "channel=\"EMAIL\"")
            - value(before, "ventanilla_cases_filed_total", "channel=\"EMAIL\""));
    assertTrue(
        value(after, "ventanilla_mail_last_successful_poll_seconds", "mailbox=\"servicio\"")
            > 1.7e9,
        after);
    assertTrue(
        value(after, "ventanilla_mail_poll_seconds_count", "mailbox=\"servicio\"", "result=\"ok\"")
            > 0,
        after);
    // the acknowledgements went through the outbox
    assertTrue(value(after, "ventanilla_outbox_pending") >= 0, after);
  }

  @Test
  void theInboxQueryIsTimed() throws Exception {
    Api api = new Api(base);
    assertEquals(200, api.get("index.xhtml", ItEnvironment.ADMIN).statusCode());
    String scrape = scrape();
    assertTrue(value(scrape, "ventanilla_inbox_query_seconds_count", "query=\"page\"") > 0, scrape);
  }

  @Test
  void theConnectionPoolIsShown() throws Exception {
    Api api = new Api(base);
    assertEquals(200, api.get("index.xhtml", ItEnvironment.ADMIN).statusCode());
    String scrape = scrape();
    // the pool declared on SchemaMigration's @DataSourceDefinition
    assertEquals(40, value(scrape, "ventanilla_db_pool_max_connections"), scrape);
    assertEquals(2, value(scrape, "ventanilla_db_pool_min_connections"), scrape);
    double open = value(scrape, "ventanilla_db_connections_open");
    assertTrue(open >= 1 && open <= 40, "open connections: " + open);
    double busy = value(scrape, "ventanilla_db_connections_busy");
    assertTrue(busy >= 0 && busy < open, "busy connections: " + busy + " of " + open);
    double acquire = value(scrape, "ventanilla_db_pool_acquire_seconds");
    assertTrue(acquire >= 0 && acquire < 5, "acquire seconds: " + acquire);
  }

  @Test
  void anAddressNotAllowedIsRefusedInSpanish() throws Exception {
    HttpResponse<String> refused = metrics("203.0.113.9");

    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(
        Api.json(refused.body()).getString("mensaje").startsWith("Las métricas solo"),
        refused.body());
    assertEquals(200, metrics("127.0.0.1").statusCode());
  }

  @Test
  void livenessAndReadinessNameTheirChecks() throws Exception {
    Api api = new Api(base);
    HttpResponse<String> live = api.get("health/live");
    assertEquals(200, live.statusCode(), live.body());
    HttpResponse<String> ready = api.get("health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    List<String> names =
        Api.json(ready.body()).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("name"))
            .toList();
    assertTrue(names.containsAll(List.of("database", "camel", "mailboxes")), names.toString());
    JsonObject mailboxes =
        Api.json(ready.body()).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("mailboxes"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        mailboxes.getJsonObject("data").getString("servicio").startsWith("ok"),
        mailboxes.toString());
  }
}
