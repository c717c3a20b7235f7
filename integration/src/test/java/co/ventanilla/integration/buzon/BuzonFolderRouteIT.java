package co.ventanilla.integration.buzon;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.imports.StandaloneBuzonImports;
import co.ventanilla.testing.JpaTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drop folder: the real route on the real importer and ejb services; a temporary folder for
 * {@value BuzonFolderRoute#FOLDER}.
 */
class BuzonFolderRouteIT extends CamelTestSupport {

  @TempDir static Path folder;

  @BeforeEach
  void emptyDatabase() {
    JpaTestSupport.deleteAllCases();
  }

  @Override
  protected Properties useOverridePropertiesWithPropertiesComponent() {
    Properties properties = new Properties();
    properties.setProperty(BuzonFolderRoute.FOLDER, folder.toString());
    return properties;
  }

  @Override
  protected RoutesBuilder createRouteBuilder() {
    return new BuzonFolderRoute(
        new BuzonCsvImporter(new StandaloneBuzonImports(BuzonCsvImporterIT.CLOCK, null)));
  }

  /** Drops {@code text} as {@code name}: written aside, then moved in whole, as a copy would. */
  private static void drop(String name, String text) throws IOException {
    Path written = Files.writeString(folder.resolveSibling(name + ".tmp"), text);
    Files.move(written, folder.resolve(name));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void aDroppedFileIsImportedAndMovedToDoneWithItsReport() throws IOException {
    // given
    NotifyBuilder imported =
        new NotifyBuilder(context).fromRoute(BuzonFolderRoute.ROUTE_ID).whenDone(1).create();

    // when
    drop(
        "semana-11.csv",
        TestFiles.lines(
            TestFiles.HEADER,
            "9001;10/03/2026;S;;;;;;;;Luz;Más luz;",
            "9002;10/03/2026;S;Ana;;;;;;;Agua;Falta agua;SI"));

    // then
    assertTrue(imported.matches(30, TimeUnit.SECONDS));
    Path done = folder.resolve(".done/semana-11.csv");
    Path report = folder.resolve(".done/semana-11.reporte.csv");
    await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(done));
    assertFalse(Files.exists(folder.resolve("semana-11.csv")));
    assertEquals(
        "\uFEFFlinea;columna;motivo\r\n"
            + "3;correo;Indique al menos un correo, un teléfono o una dirección para responderle,"
            + " o marque la solicitud como anónima.\r\n",
        read(report));
    long cases =
        JpaTestSupport.read(
            em -> em.createQuery("SELECT COUNT(c) FROM PqrsCase c", Long.class).getSingleResult());
    assertEquals(1L, cases);
  }

  @Test
  void aRefusedFileGoesToErrorWithTheReasonAsReport() throws IOException {
    // given
    NotifyBuilder handled =
        new NotifyBuilder(context).fromRoute(BuzonFolderRoute.ROUTE_ID).whenDone(1).create();

    // when
    drop("lista.csv", "nombre;telefono\r\nAna;300\r\n");

    // then
    assertTrue(handled.matches(30, TimeUnit.SECONDS));
    Path error = folder.resolve(".error/lista.csv");
    await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(error));
    assertEquals(
        "\uFEFFlinea;columna;motivo\r\n"
            + "\"\";;Faltan columnas en el encabezado: numero_formulario, fecha, tipo, nombres,"
            + " asunto, descripcion, autoriza_datos. Descargue la plantilla en"
            + " /api/importaciones/buzon/plantilla.\r\n",
        read(folder.resolve(".error/lista.reporte.csv")));
  }
}
