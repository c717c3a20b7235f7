package co.ventanilla.web.it;

import co.ventanilla.config.testing.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any integration test runs, prepares what the product needs around it and hands the
 * settings to arquillian.xml as {@code vt.it.*} system properties: this run's database, and a real
 * mail server (GreenMail on free ports) with the mailbox {@code servicio} that the product reads
 * over IMAP and an SMTP server that receives what it sends. Acts only in the failsafe run, which
 * sets {@code ventanilla.war}.
 */
public class ItEnvironment implements LauncherSessionListener {

  public static final String MAILBOX_ADDRESS = "servicio@empresa.example";

  /** The first administrator the product creates at start-up from the suite's settings. */
  public static final String ADMIN = "admin";

  private static GreenMail mail;

  /** The password of {@link #ADMIN}. */
  public static String adminPassword() {
    return System.getProperty("vt.it.admin.password");
  }

  /** The suite's mail server. */
  public static GreenMail mail() {
    return mail;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("ventanilla.war") == null) {
      return;
    }
    TestDatabase db = TestDatabase.get();
    System.setProperty("vt.it.db.url", db.jdbcUrl());
    System.setProperty("vt.it.db.user", db.user());
    System.setProperty("vt.it.db.password", db.password());

    mail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    System.setProperty("vt.it.admin.password", "Adm-" + UUID.randomUUID());
    mail.start();
    String password = UUID.randomUUID().toString();
    mail.setUser(MAILBOX_ADDRESS, "servicio", password);
    System.setProperty("vt.it.mail.password", password);
    System.setProperty("vt.it.smtp.port", String.valueOf(mail.getSmtp().getPort()));
    System.setProperty("vt.it.imap.port", String.valueOf(mail.getImap().getPort()));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (mail != null) {
      mail.stop();
    }
  }
}
