package org.creditcommitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium as an official uses it (Debian's chromium and chromium-driver; .ci/run installs them):
 * Chinese browser, 1600×1000, signing in through the one login page of the Camunda webapps. Without
 * Chromium a browser test fails: it is the only check that the pages work.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Screenshots land here; the ones README shows are copied to docs/screens/. */
  public static final Path SCREENS = Path.of("target", "screens");

  private final ChromeDriver driver;
  private final Path profile;
  private final int port;

  private Browser(ChromeDriver driver, Path profile, int port) {
    this.driver = driver;
    this.profile = profile;
    this.port = port;
  }

  public static Browser start(int port) {
    assertThat(Files.isExecutable(CHROMIUM)).as(CHROMIUM + " is missing: apt-get install chromium").isTrue();
    assertThat(Files.isExecutable(CHROMEDRIVER)).as(CHROMEDRIVER + " is missing: apt-get install chromium-driver")
        .isTrue();
    try {
      Path profile = Files.createTempDirectory("cc-chromium-");
      ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=zh-CN");
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
      // officials work in Beijing time with a Chinese browser: Tasklist, Cockpit and date inputs follow them
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
          .withEnvironment(java.util.Map.of("TZ", "Asia/Shanghai", "LANGUAGE", "zh_CN", "LANG", "zh_CN.UTF-8")).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(1600, 1000));
      return new Browser(driver, profile, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  public void open(String path) {
    driver.get(url(path));
  }

  public WebDriverWait waitUpTo(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  /** Signs in through the webapps' login page, as a person does; afterwards every officials' page knows the user. */
  public void logIn(String user, String password) {
    open("/camunda/app/welcome/default/#!/login");
    WebDriverWait wait = waitUpTo(Duration.ofSeconds(30));
    By form = By.cssSelector("form[name=signinForm]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[type=text]")))
        .sendKeys(user);
    driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(form));
  }

  /** Signs out of the webapps (and so of every officials' page). */
  public void logOut() {
    driver.manage().deleteAllCookies();
  }

  /** Saves what the browser shows as target/screens/{name}.png. */
  public Path screenshot(String name) {
    try {
      Path shot = SCREENS.resolve(name + ".png");
      Files.createDirectories(shot.getParent());
      Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shot,
          StandardCopyOption.REPLACE_EXISTING);
      return shot;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    FileSystemUtils.deleteRecursively(profile.toFile());
  }
}
