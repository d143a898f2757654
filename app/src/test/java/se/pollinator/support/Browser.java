package se.pollinator.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real headless Chromium, Debian's, driven by its chromedriver; one per person in a test. */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("pollinator.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("pollinator.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    public static WebDriver start(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=" + language, "--user-data-dir=" + profile());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    public static void logIn(WebDriver browser, int port, String username, String password) {
        browser.get("http://localhost:" + port + "/login.html");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-button")).click();
    }

    /**
     * Finds and clicks what the locator names, again if a live update redrew it in between: a page
     * redraws its parts as changes arrive, so an element found a moment ago may be gone.
     */
    public static void click(org.openqa.selenium.support.ui.FluentWait<WebDriver> waiting, By locator) {
        waiting.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            WebElement element = driver.findElement(locator);
            if (!element.isDisplayed() || !element.isEnabled()) return false;
            element.click();
            return true;
        });
    }

    /** Types into the field the locator names, finding it again if a live update redrew it first. */
    public static void type(org.openqa.selenium.support.ui.FluentWait<WebDriver> waiting, By locator, String text) {
        waiting.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            WebElement element = driver.findElement(locator);
            if (!element.isDisplayed()) return false;
            element.sendKeys(text);
            return true;
        });
    }

    /** Makes the page see {@code prefers-color-scheme: dark}, as on a system set to dark mode. */
    public static void preferDark(WebDriver browser) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                java.util.List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
    }

    private static String profile() {
        try {
            return Files.createTempDirectory("pollinator-chromium").toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path screenshotFolder() {
        return Path.of("target", "screenshots");
    }
}
