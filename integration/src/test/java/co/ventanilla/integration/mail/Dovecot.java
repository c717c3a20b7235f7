package co.ventanilla.integration.mail;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real IMAP server for tests: Debian's {@code dovecot-imapd}, started on a free loopback port
 * with a configuration of its own in a temporary folder (no system service touched), mailboxes in
 * Maildir, plain-text passwords. Mail is delivered by writing the exact bytes into {@code new/}, as
 * a local delivery agent does: no client rewrites them. Unlike GreenMail, Dovecot builds the IMAP
 * {@code ENVELOPE} the way real servers do, so Jakarta Mail's "Failed to load IMAP envelope" on a
 * bounce from {@code <>} happens here as in production.
 */
final class Dovecot implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/sbin/dovecot");

  private final Path home;
  private final int port;
  private final Process process;
  private final AtomicLong sequence = new AtomicLong();

  private Dovecot(Path home, int port, Process process) {
    this.home = home;
    this.port = port;
    this.process = process;
  }

  static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  /** Starts Dovecot with one account per name in {@code users}, password {@code secreto}. */
  static Dovecot start(List<String> users) throws IOException, InterruptedException {
    Path home = Files.createTempDirectory("dovecot-");
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
    int port = freePort();
    StringBuilder passwd = new StringBuilder();
    for (String user : users) {
      passwd.append(user).append(":{PLAIN}secreto\n");
      for (String dir : List.of("new", "cur", "tmp")) {
        Path d = Files.createDirectories(home.resolve("mail").resolve(user).resolve(dir));
        open(d);
        open(d.getParent());
      }
    }
    open(home.resolve("mail"));
    Files.writeString(home.resolve("users"), passwd);
    String conf =
        String.join(
            "\n",
            "base_dir = " + home.resolve("run"),
            "state_dir = " + home.resolve("state"),
            "log_path = " + home.resolve("dovecot.log"),
            "protocols = imap",
            "listen = 127.0.0.1",
            "ssl = no",
            "disable_plaintext_auth = no",
            "auth_mechanisms = plain login",
            "default_internal_user = dovecot",
            "default_internal_group = dovecot",
            "default_login_user = dovenull",
            "mail_location = maildir:" + home.resolve("mail") + "/%u",
            "mail_uid = dovecot",
            "mail_gid = dovecot",
            "first_valid_uid = 1",
            "passdb {",
            "  driver = passwd-file",
            "  args = scheme=PLAIN username_format=%u " + home.resolve("users"),
            "}",
            "userdb {",
            "  driver = static",
            "  args = uid=dovecot gid=dovecot home=" + home.resolve("mail") + "/%u",
            "}",
            "service imap-login {",
            "  chroot =",
            "  inet_listener imap {",
            "    address = 127.0.0.1",
            "    port = " + port,
            "  }",
            "  inet_listener imaps {",
            "    port = 0",
            "  }",
            "}",
            "service anvil {",
            "  chroot =",
            "}",
            "");
    Path confFile = home.resolve("dovecot.conf");
    Files.writeString(confFile, conf, StandardCharsets.UTF_8);
    Process process =
        new ProcessBuilder(BINARY.toString(), "-F", "-c", confFile.toString())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("stdout.log").toFile())
            .start();
    Dovecot dovecot = new Dovecot(home, port, process);
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> !process.isAlive() || dovecot.answers());
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "Dovecot did not start: " + Files.readString(home.resolve("stdout.log")));
    }
    return dovecot;
  }

  int port() {
    return port;
  }

  /** Delivers {@code raw}, byte for byte, to {@code user}'s INBOX, unread. */
  void deliver(String user, byte[] raw) throws IOException {
    String name = System.currentTimeMillis() + ".M" + sequence.incrementAndGet() + ".test";
    Path tmp = home.resolve("mail").resolve(user).resolve("tmp").resolve(name);
    Files.write(tmp, raw);
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-rw-rw-"));
    Files.move(tmp, home.resolve("mail").resolve(user).resolve("new").resolve(name));
  }

  String log() throws IOException {
    Path log = home.resolve("dovecot.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private boolean answers() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void open(Path p) throws IOException {
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
