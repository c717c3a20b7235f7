package co.ventanilla.platform;

import static co.ventanilla.testing.JpaTestSupport.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.cases.Channel;
import co.ventanilla.cases.PqrsType;
import co.ventanilla.config.testing.TestDatabase;
import co.ventanilla.intake.StandaloneIntake;
import co.ventanilla.intake.Submission;
import co.ventanilla.intake.SubmittedFile;
import co.ventanilla.testing.JpaTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The operator's backup and restore (docs/operations.md): {@code ops/backup.sh} dumps the run's
 * schema, cases and stored files included; {@code ops/restore.sh} loads it into a dropped and
 * recreated schema; every table, the files' chunks among them, comes back identical.
 */
class BackupRestoreIT {

  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final Clock CLOCK =
      Clock.fixed(ZonedDateTime.of(2026, 3, 17, 10, 0, 0, 0, BOGOTA).toInstant(), BOGOTA);

  @Test
  void aBackupRestoredIntoAnEmptySchemaHasEveryCaseAndFile() throws Exception {
    JpaTestSupport.entityManagerFactory();
    JpaTestSupport.deleteAllCases();
    for (int i = 0; i < 3; i++) {
      byte[] photo = new byte[ContentStore.CHUNK_SIZE * 3 / 2 + i];
      new Random(i).nextBytes(photo);
      Submission s =
          Submission.builder(Channel.EMAIL)
              .type(PqrsType.QUEJA)
              .names("Persona " + i)
              .email("persona" + i + "@example.com")
              .subject("Asunto " + i)
              .description("Descripción del caso " + i)
              .sourceKey("mail:servicio:<copia-" + i + "@example.com>")
              .actor("correo:servicio")
              .attach(new SubmittedFile("foto-" + i + ".jpg", "image/jpeg", photo))
              .build();
      inTransaction(em -> StandaloneIntake.on(em, CLOCK, null).register(s));
    }
    TestDatabase db = TestDatabase.get();
    String restored = db.name() + "_restaurada";
    String restoredUrl = db.jdbcUrl().substring(0, db.jdbcUrl().lastIndexOf('/') + 1) + restored;
    Path dump = Files.createTempDirectory("backup").resolve("ventanilla.sql.gz");
    try {
      run(db.jdbcUrl(), "backup.sh", dump.toString());
      assertTrue(Files.size(dump) > 0);
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        // a schema left by an earlier run is dropped by the restore itself
        s.execute("CREATE DATABASE IF NOT EXISTS `" + restored + "`");
        s.execute("CREATE TABLE `" + restored + "`.leftover (id INT)");
      }
      run(restoredUrl, "restore.sh", dump.toString());

      Map<String, Long> original = checksums(db.name());
      Map<String, Long> copy = checksums(restored);
      assertTrue(original.containsKey("content_chunk"), original.toString());
      assertTrue(original.containsKey("pqrs_case"), original.toString());
      assertFalse(copy.containsKey("leftover"), copy.toString());
      assertEquals(original, copy);
      assertEquals(3L, count(restored, "pqrs_case"));
      assertEquals(3L, count(restored, "case_attachment"));
      assertEquals(count(db.name(), "content_chunk"), count(restored, "content_chunk"));
    } finally {
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS `" + restored + "`");
      }
      JpaTestSupport.deleteAllCases(); // the schema is shared with the other test classes
    }
  }

  private static void run(String url, String script, String file) throws Exception {
    TestDatabase db = TestDatabase.get();
    ProcessBuilder process =
        new ProcessBuilder("bash", Path.of("..", "ops", script).toString(), file)
            .redirectErrorStream(true);
    process.environment().put("DB_URL", url);
    process.environment().put("DB_USER", db.user());
    process.environment().put("DB_PASSWORD", db.password());
    Process p = process.start();
    String output = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), script + ": " + output);
  }

  /** CHECKSUM TABLE of every table of {@code schema}: equal when the rows are equal. */
  private static Map<String, Long> checksums(String schema) throws Exception {
    Map<String, Long> sums = new TreeMap<>();
    try (Connection c = TestDatabase.get().connect();
        Statement s = c.createStatement()) {
      java.util.List<String> tables = new java.util.ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                  + schema
                  + "' AND table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rs =
            s.executeQuery("CHECKSUM TABLE `" + schema + "`.`" + table + "` EXTENDED")) {
          rs.next();
          sums.put(table, rs.getLong(2));
        }
      }
    }
    return sums;
  }

  private static long count(String schema, String table) throws Exception {
    try (Connection c = TestDatabase.get().connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM `" + schema + "`.`" + table + "`")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
