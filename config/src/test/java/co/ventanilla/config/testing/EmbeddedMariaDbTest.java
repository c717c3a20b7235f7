package co.ventanilla.config.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The product's embedded database as a new user's first run leaves it (README command 1): only on
 * loopback, root refused without its password, the password file for its owner only, and every row
 * still there after a stop and start with the home under the system's temporary folder.
 */
class EmbeddedMariaDbTest {

  @Test
  void productDatabaseIsLoopbackOnlyPasswordProtectedAndSurvivesARestartUnderTmp()
      throws Exception {
    Path home = Files.createTempDirectory("vt-home-");
    EmbeddedMariaDb first = EmbeddedMariaDb.startProtected(home, 0);
    int port = first.port();
    try {
      String password = Files.readString(home.resolve("db-password")).strip();
      assertEquals(password, first.password());
      assertEquals(
          "rw-------",
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(home.resolve("db-password"))));
      assertThrows(
          SQLException.class,
          () -> DriverManager.getConnection(first.jdbcUrl(""), "root", "").close(),
          "root without a password must be refused");
      try (Connection c = DriverManager.getConnection(first.jdbcUrl(""), "root", password);
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE kept");
        s.execute("CREATE TABLE kept.t (id INT PRIMARY KEY)");
        s.execute("INSERT INTO kept.t VALUES (7)");
      }
      Optional<InetAddress> outside = nonLoopbackAddress();
      if (outside.isPresent()) {
        assertFalse(
            listens(outside.get(), port),
            "the database must not answer on " + outside.get().getHostAddress());
      }
      assertTrue(listens(InetAddress.getLoopbackAddress(), port));
    } finally {
      first.stop();
    }

    EmbeddedMariaDb again = EmbeddedMariaDb.startProtected(home, port);
    try (Connection c = DriverManager.getConnection(again.jdbcUrl(""), "root", again.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM kept.t")) {
      assertTrue(rs.next(), "the row written before the restart is gone");
      assertEquals(7, rs.getInt(1));
    } finally {
      again.stop();
    }
  }

  @Test
  void aDataDirectoryUnderTheTemporaryFolderIsNamedSoMariaDb4jKeepsIt() {
    String temp = System.getProperty("java.io.tmpdir");
    Path kept = EmbeddedMariaDb.kept(Path.of(temp, "x", "mariadb"));
    assertFalse(kept.toString().startsWith(temp), kept.toString());
    assertEquals(Path.of(temp, "x", "mariadb").toAbsolutePath(), kept.normalize());
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!n.isUp() || n.isLoopback()) {
        continue;
      }
      for (InetAddress a : Collections.list(n.getInetAddresses())) {
        if (a instanceof Inet4Address) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean listens(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 1000);
      return true;
    } catch (java.io.IOException refused) {
      return false;
    }
  }
}
