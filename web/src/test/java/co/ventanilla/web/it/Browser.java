package co.ventanilla.web.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (packages {@code chromium} and
 * {@code chromium-driver}); nothing is downloaded. Paths can be changed with {@code
 * -Dchromium.binary} and {@code -Dchromium.driver}.
 */
public final class Browser {

  private Browser() {}

  public static ChromeDriver start() {
    File binary = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    File driver = new File(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    if (!binary.canExecute() || !driver.canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver ("
              + binary
              + ", "
              + driver
              + "): apt-get install chromium chromium-driver");
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("ventanilla-chromium");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1366,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }
}
