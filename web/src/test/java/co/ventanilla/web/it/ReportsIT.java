package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports to management as deployed (issue #12): the indicators API, a report generated on
 * demand and downloaded as PDF and XLSX, the mail of a report with both files, the reports screen,
 * and the refusals of roles without access.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

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
    api.user("gerente", "Gabriel Gerente", "gerencia", null, false);
    api.user("ana.op", "Ana Operaciones", "responsable", "Operaciones", false);
  }

  private static String today() {
    return LocalDate.now(BOGOTA).toString();
  }

  @Test
  void managementReadsTheIndicatorsOfAPeriodAndANewCaseCounts() throws Exception {
    String path = "api/indicadores?desde=" + today() + "&hasta=" + today();
    HttpResponse<String> before = api().get(path, "gerente");
    assertEquals(200, before.statusCode(), before.body());
    long received = Api.json(before.body()).getJsonNumber("recibidos").longValue();

    api()
        .radicado(
            """
            {"tipo":"queja","nombres":"Sandra Vélez","correo":"sandra.velez@example.com",
             "sede":"Bogotá","asunto":"Guarda sin dotación","descripcion":"No tenía radio."}
            """);

    JsonObject after = Api.json(api().get(path, "gerente").body());
    assertEquals(received + 1, after.getJsonNumber("recibidos").longValue());
    for (String key :
        List.of(
            "recibidos",
            "respondidos",
            "respondidosEnTermino",
            "porcentajeEnTermino",
            "diasHabilesPromedio",
            "diasHabilesMediana",
            "porcentajePrimerNivel",
            "indiceSatisfaccion",
            "vencidosAbiertos")) {
      assertTrue(after.containsKey(key), key);
    }
    for (String key : List.of("porTipo", "porCanal", "porProceso", "porSede", "porNivel")) {
      assertTrue(after.containsKey(key), key);
    }
    assertTrue(
        after.getJsonObject("porTipo").getJsonObject("QUEJA").getJsonNumber("recibidos").longValue()
            >= 1);
  }

  @Test
  void badDatesAreRefusedInSpanishPerField() throws Exception {
    HttpResponse<String> bad = api().get("api/indicadores?desde=2026-13-01", "gerente");
    assertEquals(400, bad.statusCode(), bad.body());
    JsonObject body = Api.json(bad.body());
    assertEquals("La solicitud tiene datos inválidos.", body.getString("mensaje"));
    assertEquals("desde", body.getJsonArray("errores").getJsonObject(0).getString("campo"));
    assertEquals("hasta", body.getJsonArray("errores").getJsonObject(1).getString("campo"));
    assertTrue(
        body.getJsonArray("errores").getJsonObject(1).getString("mensaje").contains("obligatorio"));

    HttpResponse<String> period =
        post("gerente", "{\"tipo\":\"trimestral\",\"periodo\":\"2026-T5\"}");
    assertEquals(400, period.statusCode(), period.body());
    assertEquals(
        "periodo",
        Api.json(period.body()).getJsonArray("errores").getJsonObject(0).getString("campo"));
  }

  @Test
  void aResponsableIsRefusedTheIndicatorsTheReportsAndTheScreen() throws Exception {
    assertEquals(
        403,
        api().get("api/indicadores?desde=" + today() + "&hasta=" + today(), "ana.op").statusCode());
    assertEquals(403, api().get("api/informes", "ana.op").statusCode());
    assertEquals(
        403, post("ana.op", "{\"tipo\":\"mensual\",\"periodo\":\"2026-11\"}").statusCode());
    assertEquals(403, api().get("informes.xhtml", "ana.op").statusCode());
  }

  @Test
  void managementGeneratesAQuarterlyReportAndDownloadsBothFiles() throws Exception {
    LocalDate now = LocalDate.now(BOGOTA);
    String quarter = now.getYear() + "-T" + ((now.getMonthValue() - 1) / 3 + 1);
    HttpResponse<String> created =
        post("gerente", "{\"tipo\":\"trimestral\",\"periodo\":\"" + quarter + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    JsonObject report = Api.json(created.body());
    assertTrue(location.endsWith("/api/informes/" + report.getJsonNumber("id")), location);
    assertEquals(quarter, report.getString("periodo"));
    assertTrue(report.isNull("enviado"), "not mailed unless asked");

    HttpResponse<byte[]> pdf = bytes("api/informes/" + report.getJsonNumber("id") + "/pdf");
    assertEquals(200, pdf.statusCode());
    assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf.body(), 4));
    HttpResponse<byte[]> xlsx = bytes("api/informes/" + report.getJsonNumber("id") + "/xlsx");
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertNotNull(wb.getSheet("Indicadores"));
      assertNotNull(wb.getSheet("Casos del período"));
    }

    HttpResponse<String> list = api().get("api/informes", "gerente");
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains("\"periodo\":\"" + quarter + "\""), list.body());
  }

  @Test
  void aReportAskedToBeMailedArrivesOnceWithItsPdfAndXlsx() throws Exception {
    HttpResponse<String> created =
        post("gerente", "{\"tipo\":\"semestral\",\"periodo\":\"2026-S1\",\"enviar\":true}");
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(
        Api.json(created.body()).getString("destinatarios").contains("gerente@empresa.example"));

    MimeMessage mail =
        Awaitility.await()
            .atMost(Duration.ofSeconds(90))
            .until(() -> mails("2026-S1"), l -> !l.isEmpty())
            .get(0);
    Multipart parts = (Multipart) mail.getContent();
    assertEquals(3, parts.getCount());
    assertEquals(Part.ATTACHMENT, parts.getBodyPart(1).getDisposition());
    assertEquals("informe-semestral-2026-S1.pdf", parts.getBodyPart(1).getFileName());
    assertEquals("informe-semestral-2026-S1.xlsx", parts.getBodyPart(2).getFileName());
    // the outbox sends every 20 s: a later round sends it no second time
    Awaitility.await()
        .pollDelay(Duration.ofSeconds(25))
        .atMost(Duration.ofSeconds(40))
        .until(() -> mails("2026-S1").size() == 1);
  }

  @Test
  void theReportsScreenOpensForManagement() throws Exception {
    HttpResponse<String> page = api().get("informes.xhtml", "gerente");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Informes a la Gerencia"), page.body());
  }

  private List<MimeMessage> mails(String period) {
    return Arrays.stream(ItEnvironment.mail().getReceivedMessagesForDomain("empresa.example"))
        .filter(
            m -> {
              try {
                return m.getSubject().contains(period)
                    && m.getAllRecipients()[0].toString().equals("gerente@empresa.example");
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  private HttpResponse<String> post(String user, String json) throws Exception {
    return api()
        .send(
            Api.as(
                user,
                HttpRequest.newBuilder(api().url("api/informes"))
                    .timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))));
  }

  private HttpResponse<byte[]> bytes(String path) throws Exception {
    return Api.HTTP.send(
        Api.as("gerente", HttpRequest.newBuilder(api().url(path)).GET()).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
