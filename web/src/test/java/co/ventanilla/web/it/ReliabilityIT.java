package co.ventanilla.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Zero loss and no double filing through the real product (issue 17): the same suggestion-box file
 * uploaded twice at the same instant is one import and one {@code 409}, never a {@code 500}.
 */
@ExtendWith(ArquillianExtension.class)
class ReliabilityIT {

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.product();
  }

  @Test
  void twoIdenticalUploadsAtTheSameInstantAreOneImportAndOneConflict() throws Exception {
    Api api = new Api(base);
    api.user("recepcion", "Rosa Recepción", "recepcion", null, false);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 8; round++) {
        String csv =
            "numero_formulario;fecha;tipo;nombres;tipo_documento;numero_documento;direccion;"
                + "telefono;correo;sede;asunto;descripcion;autoriza_datos\r\n"
                + "REL-"
                + System.nanoTime()
                + ";2026-11-11;S;;;;;;;Cali;Más luz;Poner reflectores.;\r\n";
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          String name = "rel-" + round + "-" + i + ".csv";
          both.add(
              pool.submit(
                  () -> {
                    HttpRequest request =
                        Api.as(
                                "recepcion",
                                HttpRequest.newBuilder(
                                    api.url("api/importaciones/buzon?nombre=" + name)))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofString(csv))
                            .build();
                    go.await();
                    return Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                  }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        StringBuilder bodies = new StringBuilder();
        for (Future<HttpResponse<String>> f : both) {
          HttpResponse<String> r = f.get(90, TimeUnit.SECONDS);
          statuses.add(r.statusCode());
          bodies.append(r.statusCode()).append(' ').append(r.body()).append('\n');
        }
        statuses.sort(null);
        assertEquals(List.of(200, 409), statuses, "round " + round + ":\n" + bodies);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
