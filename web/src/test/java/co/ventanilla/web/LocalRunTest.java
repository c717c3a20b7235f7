package co.ventanilla.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's logging configuration: Payara's levels, one console line per event, JSON on demand. */
class LocalRunTest {

  @TempDir Path home;

  private Path microJar() throws Exception {
    Path jar = home.resolve("payara-micro.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry("MICRO-INF/domain/logging.properties"));
      zip.write(
          ("handlers=java.util.logging.ConsoleHandler\n"
                  + "java.util.logging.ConsoleHandler.formatter="
                  + "com.sun.enterprise.server.logging.ODLLogFormatter\n"
                  + "com.sun.enterprise.server.logging.ODLLogFormatter.ansiColor=true\n"
                  + ".level=INFO\n"
                  + "javax.enterprise.system.core.level=INFO\n")
              .getBytes());
      zip.closeEntry();
    }
    return jar;
  }

  @Test
  void jsonLinesWhenAsked() throws Exception {
    String props = Files.readString(LocalRun.logProperties(home, microJar(), "json"));
    assertTrue(
        props.contains(
            "java.util.logging.ConsoleHandler.formatter="
                + "fish.payara.enterprise.server.logging.JSONLogFormatter"),
        props);
    assertTrue(props.contains("javax.enterprise.system.core.level=INFO"), props);
    assertFalse(props.contains("ODLLogFormatter"), props);
  }

  @Test
  void plainLinesWithoutColoursOtherwise() throws Exception {
    String props = Files.readString(LocalRun.logProperties(home, microJar(), "text"));
    assertTrue(
        props.contains(
            "java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter"),
        props);
    assertTrue(
        props.contains("SimpleFormatter.format=%1$tFT%1$tT.%1$tL%1$tz %4$s [%3$s] %5$s%6$s%n"));
    assertFalse(props.contains("ansiColor"), props);
  }
}
