package co.ventanilla.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run: its logging configuration (Payara's levels, one console line per event, JSON on demand),
 * Payara Micro's JVM flags, the stop of both children, and the options of {@code ./ventanilla}.
 */
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

  @Test
  void payaraFlagsAreLeanAndTheHeapAskedForWins() {
    List<String> flags = LocalRun.jvmOptions("-Xmx300m", LocalRun.DEFAULT_JVM_OPTIONS);
    assertTrue(flags.contains("-XX:+UseSerialGC"), flags.toString());
    assertEquals("-Xmx300m", flags.get(flags.size() - 1), flags.toString());
    assertEquals(
        List.of("-XX:+UseG1GC", "-Xmx1g", "-Xms256m"),
        LocalRun.jvmOptions(" -Xmx1g  -Xms256m ", "-XX:+UseG1GC"));
  }

  @Test
  void stopsPayaraFirstThenTheDatabase() throws Exception {
    Process server = new ProcessBuilder("sleep", "60").start();
    List<String> order = new ArrayList<>();
    LocalRun.stopAll(
        server,
        () -> order.add(server.isAlive() ? "database, Payara alive" : "database"),
        Duration.ofSeconds(10));
    assertFalse(server.isAlive());
    assertEquals(List.of("database"), order);
  }

  @Test
  void killsAPayaraThatIgnoresTheStopAndStillStopsTheDatabase() throws Exception {
    Path ready = home.resolve("trap-set");
    Process stubborn =
        new ProcessBuilder(
                "sh", "-c", "trap '' TERM; touch " + ready + "; while :; do sleep 1; done")
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!Files.exists(ready) && System.nanoTime() < deadline) {
      Thread.sleep(10); // polls a condition; nothing to be notified by
    }
    assertTrue(Files.exists(ready), "the stub did not start");
    AtomicBoolean databaseStopped = new AtomicBoolean();
    LocalRun.stopAll(stubborn, () -> databaseStopped.set(true), Duration.ofMillis(500));
    assertTrue(stubborn.waitFor(5, TimeUnit.SECONDS), "still alive after the kill");
    assertTrue(databaseStopped.get());
  }

  /** {@code ./ventanilla --dry-run}: what it would build and start, nothing run. */
  private static ScriptResult script(String... options) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", script().toString(), "--dry-run"));
    command.addAll(List.of(options));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("VENTANILLA_MVN_ARGS");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    return new ScriptResult(process.exitValue(), output);
  }

  private static Path script() {
    // Tests run in the web module's folder; the script is at the repository's root.
    return Path.of("..", "ventanilla").toAbsolutePath().normalize();
  }

  private record ScriptResult(int exit, String output) {}

  @Test
  void scriptBuildsWithoutStartingInsideMavenThenStartsASmallLauncher() throws Exception {
    ScriptResult r = script("-Ddemo=true", "-Dport=8383", "-Dbind=0.0.0.0");
    assertEquals(0, r.exit(), r.output());
    String build = r.output().lines().filter(l -> l.startsWith("build: ")).findFirst().orElse("");
    assertTrue(build.contains("-Plaunch package -pl web -am"), r.output());
    String run = r.output().lines().filter(l -> l.startsWith("run: ")).findFirst().orElse("");
    assertTrue(run.contains(" -Xmx24m "), run);
    assertTrue(run.contains(" -XX:+UseSerialGC "), run);
    assertTrue(run.contains("-Dventanilla.port=8383 "), run);
    assertTrue(run.contains("-Dventanilla.demo-data=true "), run);
    assertTrue(run.contains("-Dventanilla.bind=0.0.0.0 "), run);
    assertTrue(run.contains("-Dventanilla.heap=-Xmx256m "), run);
    assertTrue(run.contains("-Dventanilla.handover="), run);
    assertTrue(run.endsWith(" co.ventanilla.web.LocalRun"), run);
  }

  @Test
  void scriptDefaultsAndNoBuild() throws Exception {
    ScriptResult r = script("--no-build", "-Dventanilla.heap=-Xmx384m");
    assertEquals(0, r.exit(), r.output());
    assertFalse(r.output().contains("build: "), r.output());
    assertTrue(r.output().contains("-Dventanilla.port=8080 "), r.output());
    assertTrue(r.output().contains("-Dventanilla.demo-data=false "), r.output());
    assertTrue(r.output().contains("-Dventanilla.heap=-Xmx384m "), r.output());
  }

  @Test
  void scriptRefusesWhatItDoesNotKnow() throws Exception {
    ScriptResult unknown = script("-Dprot=8080");
    assertEquals(2, unknown.exit(), unknown.output());
    assertTrue(unknown.output().contains("unknown option: -Dprot=8080"), unknown.output());
    ScriptResult badPort = script("-Dport=80a");
    assertEquals(2, badPort.exit(), badPort.output());
    assertTrue(badPort.output().contains("port number"), badPort.output());
    ScriptResult tooHigh = script("-Dport=70000");
    assertEquals(2, tooHigh.exit(), tooHigh.output());
    ScriptResult badDemo = script("-Ddemo=yes");
    assertEquals(2, badDemo.exit(), badDemo.output());
  }

  @Test
  void payaraStartsFromAnEmptyRootFolder() throws Exception {
    Path root = home.resolve("payara-micro");
    Files.createDirectories(root.resolve("applications/ROOT/WEB-INF"));
    Files.writeString(root.resolve("applications/ROOT/WEB-INF/web.xml"), "<web-app/>");
    assertEquals(root, LocalRun.freshRootDir(root));
    assertFalse(Files.exists(root));
    assertEquals(root, LocalRun.freshRootDir(root)); // none yet: nothing to do
  }

  /** A stand-in for Payara Micro or MariaDB: notes in {@code log} when SIGTERM stopped it. */
  private Process standIn(String name, Path log) throws Exception {
    return new ProcessBuilder(
            "sh",
            "-c",
            "trap 'echo " + name + " >> " + log + "; exit 0' TERM; while :; do sleep 1; done")
        .start();
  }

  private Process supervise(Process payara, Process mariadb) throws Exception {
    Path pids = home.resolve("run.pids");
    Files.writeString(pids, LocalRun.handoverText(payara.pid(), mariadb.pid()));
    Process script =
        new ProcessBuilder("sh", script().toString(), "--supervise", pids.toString())
            .redirectErrorStream(true)
            .start();
    java.io.BufferedReader out =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(script.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine(); // once printed, the script has its trap in place
    assertTrue(first != null && first.startsWith("Watching Payara Micro (pid "), first);
    return script;
  }

  @Test
  void scriptStopsPayaraThenMariaDbOnSigterm() throws Exception {
    Path log = home.resolve("stopped.log");
    Process payara = standIn("payara", log);
    Process mariadb = standIn("mariadb", log);
    Process script = supervise(payara, mariadb);

    new ProcessBuilder("kill", "-TERM", String.valueOf(script.pid())).start().waitFor();

    assertTrue(script.waitFor(30, TimeUnit.SECONDS), "the script did not end");
    assertEquals(0, script.exitValue());
    assertTrue(payara.waitFor(5, TimeUnit.SECONDS) && mariadb.waitFor(5, TimeUnit.SECONDS));
    assertEquals(List.of("payara", "mariadb"), Files.readAllLines(log));
  }

  @Test
  void scriptStopsMariaDbWhenPayaraEnds() throws Exception {
    Path log = home.resolve("stopped.log");
    Process payara = standIn("payara", log);
    Process mariadb = standIn("mariadb", log);
    Process script = supervise(payara, mariadb);

    payara.destroyForcibly().waitFor();

    assertTrue(script.waitFor(30, TimeUnit.SECONDS), "the script did not end");
    assertTrue(mariadb.waitFor(5, TimeUnit.SECONDS));
    assertEquals(List.of("mariadb"), Files.readAllLines(log));
  }

  @Test
  void handoverFileNamesBothOrOnlyPayara() {
    assertEquals(
        "payara=12" + System.lineSeparator() + "mariadb=34" + System.lineSeparator(),
        LocalRun.handoverText(12, 34));
    assertEquals(
        "payara=12" + System.lineSeparator() + "mariadb=" + System.lineSeparator(),
        LocalRun.handoverText(12, 0));
  }
}
