package co.ventanilla.web.it;

import co.ventanilla.config.testing.TestDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any integration test runs, creates this run's database and hands its settings to
 * arquillian.xml (system properties {@code vt.it.db.*}), so the Payara Micro started for the suite
 * uses it. Acts only in the failsafe run, which sets {@code ventanilla.war}.
 */
public class ItDatabase implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("ventanilla.war") == null) {
      return;
    }
    TestDatabase db = TestDatabase.get();
    System.setProperty("vt.it.db.url", db.jdbcUrl());
    System.setProperty("vt.it.db.user", db.user());
    System.setProperty("vt.it.db.password", db.password());
  }
}
