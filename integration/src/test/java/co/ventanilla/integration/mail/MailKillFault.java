package co.ventanilla.integration.mail;

import static co.ventanilla.testing.JpaTestSupport.read;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.ventanilla.config.testing.TestDatabase;
import co.ventanilla.testing.JpaTestSupport;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Fault injection (Maven profile {@code faults}, not part of {@code mvn verify}): {@code kill -9}
 * of the process ingesting mail from a real Dovecot in the middle of a backlog, then a restart.
 * Every mail must end as exactly one case: 0 lost, 0 duplicated. The ingesting process is the real
 * mail routes and services in a JVM of its own ({@link MailIngestionProcess}) on MariaDB, killed
 * with SIGKILL while it files; its results are written into {@code docs/reliability.md}.
 */
class MailKillFault {

  private static final int MAILS = Integer.getInteger("faults.mails", 600);

  @Test
  void killMinus9DuringMailIngestionThenRestartEveryMailExactlyOneCase() throws Exception {
    Assumptions.assumeTrue(Dovecot.installed(), "dovecot-imapd is needed");
    JpaTestSupport.deleteAllCases();
    try (Dovecot dovecot = Dovecot.start(List.of("servicio"))) {
      for (int i = 0; i < MAILS; i++) {
        dovecot.deliver("servicio", mail(i));
      }
      long started = System.nanoTime();

      // when: the ingesting process is killed with SIGKILL once a third is filed
      Process first = launch(dovecot.port());
      await().atMost(Duration.ofMinutes(3)).until(() -> cases() >= MAILS / 3 || !first.isAlive());
      assertTrue(first.isAlive(), "the ingesting process died by itself");
      first.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback but the database's own
      first.waitFor();
      long atKill = cases();

      // and started again
      Process second = launch(dovecot.port());
      try {
        await()
            .atMost(Duration.ofMinutes(5))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> cases() >= MAILS && unread(dovecot.port()) == 0);
      } finally {
        second.destroyForcibly();
        second.waitFor();
      }
      double seconds = (System.nanoTime() - started) / 1e9;

      // then
      long cases = cases();
      long distinct =
          read(
              em ->
                  (Long)
                      em.createQuery(
                              "SELECT COUNT(DISTINCT r.sourceKey) FROM IntakeRecord r", Long.class)
                          .getSingleResult());
      long lost = MAILS - distinct;
      long duplicated = cases - distinct;
      record(atKill, cases, lost, duplicated, seconds);
      assertEquals(0, lost, "lost");
      assertEquals(0, duplicated, "duplicated");
      assertEquals(MAILS, cases);
    }
  }

  private static Process launch(int imapPort) throws IOException {
    TestDatabase db = TestDatabase.get();
    String url = db.jdbcUrl().substring(0, db.jdbcUrl().length() - db.name().length());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Ddb.url=" + url);
    command.add("-Ddb.name=" + db.name());
    command.add("-Ddb.user=" + db.user());
    command.add("-Ddb.password=" + db.password());
    command.add(MailIngestionProcess.class.getName());
    command.add(String.valueOf(imapPort));
    Path log = Files.createTempFile("mail-ingestion-", ".log");
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static byte[] mail(int i) {
    StringBuilder m = new StringBuilder();
    m.append("From: Persona ").append(i).append(" <persona").append(i).append("@example.com>\r\n");
    m.append("To: servicio@empresa.co\r\n");
    m.append("Subject: Peticion numero ").append(i).append("\r\n");
    m.append("Message-ID: <fault-").append(i).append("@example.com>\r\n");
    m.append("Date: Tue, 1 Dec 2026 10:00:00 -0500\r\nMIME-Version: 1.0\r\n");
    if (i % 10 == 0) {
      byte[] file = new byte[40 * 1024];
      new java.util.Random(i).nextBytes(file);
      m.append("Content-Type: multipart/mixed; boundary=\"f\"\r\n\r\n--f\r\n");
      m.append("Content-Type: text/plain; charset=UTF-8\r\n\r\nAdjunto la factura.\r\n--f\r\n");
      m.append("Content-Type: application/pdf\r\n");
      m.append("Content-Disposition: attachment; filename=\"factura-")
          .append(i)
          .append(".pdf\"\r\n");
      m.append("Content-Transfer-Encoding: base64\r\n\r\n");
      m.append(Base64.getMimeEncoder().encodeToString(file)).append("\r\n--f--\r\n");
    } else {
      m.append("Content-Type: text/plain; charset=UTF-8\r\n\r\nSolicito informacion ").append(i);
      m.append(".\r\n");
    }
    return m.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static long cases() {
    return read(
        em -> em.createQuery("SELECT COUNT(c) FROM PqrsCase c", Long.class).getSingleResult());
  }

  private static int unread(int port) throws Exception {
    Store store = Session.getInstance(new Properties()).getStore("imap");
    store.connect("127.0.0.1", port, "servicio", "secreto");
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      int unread = 0;
      for (Message m : inbox.getMessages()) {
        if (!m.isSet(Flags.Flag.SEEN)) {
          unread++;
        }
      }
      inbox.close(false);
      return unread;
    } finally {
      store.close();
    }
  }

  /** Writes this run's row into the results table of docs/reliability.md. */
  private static void record(long atKill, long cases, long lost, long duplicated, double seconds)
      throws IOException {
    Path doc = Path.of(System.getProperty("basedir", "."), "..", "docs", "reliability.md");
    if (!Files.exists(doc)) {
      return;
    }
    String row =
        String.format(
            java.util.Locale.ROOT,
            "| kill -9 of the mail ingestion, restart | %d mails (10 %% with 40 KB) | %d | %d | %d"
                + " | %d | %.1f s | %s |",
            MAILS,
            atKill,
            cases,
            lost,
            duplicated,
            seconds,
            java.time.LocalDate.now());
    String text = Files.readString(doc);
    String begin = "<!-- faults:mail-kill -->";
    int at = text.indexOf(begin);
    if (at < 0) {
      return;
    }
    int end = text.indexOf('\n', at + begin.length() + 1);
    String updated = text.substring(0, at + begin.length()) + "\n" + row + text.substring(end);
    Files.writeString(doc, updated);
    System.out.println(row);
  }
}
