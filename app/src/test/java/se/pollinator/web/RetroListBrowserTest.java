package se.pollinator.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;
import se.pollinator.support.Browser;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/** "My retros" in a real headless Chromium: running and closed apart, what each row says, search. */
class RetroListBrowserTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFacilitatorSeesRunningAndClosedRetrosApartWithWhereWhoAndWhenAndCanSearchThem() {
        Login maja = person("Maja Lind", "MEMBER", "FACILITATOR");
        browser = Browser.start("sv-SE");
        Browser.logIn(browser, port, maja.username(), maja.password());
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("sessions-empty"), "Skapa en retro, en tankesmedja eller ett café"));

        ApiClient facilitator = api(maja);
        String spring = newRetro(facilitator, "title", "Vårens retro", "municipality", "LUND",
                "scheduledAt", "2027-03-01T09:00:00Z");
        newRetro(facilitator, "title", "Vinterns retro", "municipality", "MALMO");
        String autumn = newRetro(facilitator, "title", "Höstens retro");
        for (String phase : new String[]{"GROUP", "VOTE", "DISCUSS", "CLOSED"}) {
            facilitator.post("/api/retros/" + autumn + "/phase", body("phase", phase));
        }
        awaitSettled(facilitator, autumn);

        browser.navigate().refresh();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.id("active-heading"), "Pågående (2)"));
        assertThat(browser.findElement(By.id("closed-heading")).getText()).isEqualTo("Avslutade (1)");
        String firstRunning = browser.findElement(By.cssSelector("#active-sessions .list-item")).getText();
        assertThat(firstRunning).contains("Vårens retro", "Lund", "Facilitator: Maja Lind", "2027", "Reflektera");
        assertThat(browser.findElement(By.cssSelector("#active-sessions .list-item a")).getAttribute("href"))
                .endsWith("/sessions/" + spring);
        assertThat(browser.findElement(By.id("closed-sessions")).getText()).contains("Höstens retro", "Avslutad",
                "Sammanfattning");
        assertThat(browser.findElement(By.id("sessions-empty")).isDisplayed()).isFalse();

        browser.findElement(By.id("session-search")).sendKeys("malmo");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.id("active-heading"), "Pågående (1)"));
        assertThat(browser.findElement(By.id("active-sessions")).getText()).contains("Vinterns retro")
                .doesNotContain("Vårens retro");
        assertThat(browser.findElement(By.id("closed-heading")).isDisplayed()).isFalse();

        browser.findElement(By.id("session-search")).sendKeys(" zzz");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.id("sessions-empty"),
                "Inga retros matchar sökningen."));
        assertThat(browser.findElement(By.id("active-heading")).isDisplayed()).isFalse();
    }
}
