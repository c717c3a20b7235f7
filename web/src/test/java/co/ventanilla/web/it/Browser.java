package co.ventanilla.web.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (packages {@code chromium} and
 * {@code chromium-driver}); nothing is downloaded. Paths can be changed with {@code
 * -Dchromium.binary} and {@code -Dchromium.driver}.
 */
public final class Browser {

  private Browser() {}

  public static ChromeDriver start() {
    return start(null);
  }

  /**
   * A browser that saves what it downloads in {@code downloads} without asking ({@code null}: the
   * browser's default).
   */
  public static ChromeDriver start(Path downloads) {
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
        "--lang=es-CO",
        "--user-data-dir=" + profile);
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory", downloads.toAbsolutePath().toString(),
              "download.prompt_for_download", false,
              "download.directory_upgrade", true));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    if (downloads != null) {
      // headless Chromium honours the download folder only when told through DevTools as well
      browser.executeCdpCommand(
          "Browser.setDownloadBehavior",
          java.util.Map.of(
              "behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    }
    return browser;
  }

  /** Logs {@code user} in on the login page and waits for the home page. */
  public static void login(ChromeDriver browser, URI base, String user, String password) {
    browser.get(base.resolve("login.xhtml").toString());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:userName")));
    browser.findElement(By.id("login:userName")).sendKeys(user);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:enter")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session:logout")));
  }

  /** Logs out and waits for the login page. */
  public static void logout(ChromeDriver browser) {
    browser.findElement(By.id("session:logout")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("login:userName")));
  }

  /** Saves what the browser shows under {@code target/screenshots}. */
  public static void screenshot(ChromeDriver browser, String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
