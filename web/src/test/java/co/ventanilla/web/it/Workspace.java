package co.ventanilla.web.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Driving the case workspace ({@code casos/caso.xhtml}) in the browser. */
public final class Workspace {

  /** The actions in the order {@code caso.xhtml} lists their buttons ({@code ws:acts:<i>:do}). */
  private static final List<String> ACTIONS =
      List.of(
          "CLASSIFY",
          "ASSIGN",
          "START",
          "INVESTIGATE",
          "DRAFT",
          "REVIEW",
          "SEND",
          "PETITIONER_RESPONSE",
          "CLOSE",
          "REQUEST_INFORMATION",
          "INFORMATION_RECEIVED",
          "EXTEND_INFORMATION",
          "EXTEND_TERM",
          "ESCALATE",
          "TRANSFER",
          "IMPROCEDENTE",
          "DESIST",
          "LINK",
          "PROTECT",
          "MEMBERS",
          "NOTE");

  private Workspace() {}

  /** Opens the dialog of {@code action} and waits for its confirm button. */
  public static void act(ChromeDriver browser, WebDriverWait wait, String action) {
    int index = ACTIONS.indexOf(action);
    if (index < 0) {
      throw new IllegalArgumentException("no action " + action);
    }
    By button = By.id("ws:acts:" + index + ":do");
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actionForm:confirm")));
  }

  /**
   * Picks a value of a select menu through its PrimeFaces widget (headless Chromium ignores clicks
   * on the overlay's items, see the issue note of the intake work).
   */
  public static void choose(ChromeDriver browser, WebDriverWait wait, String widget, String value) {
    wait.until(d -> browser.executeScript("return !!PrimeFaces.widgets['" + widget + "']"));
    browser.executeScript("PrimeFaces.widgets['" + widget + "'].selectValue(arguments[0])", value);
  }
}
