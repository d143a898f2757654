package se.pollinator.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;
import se.pollinator.support.Browser;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator adds a person on the People page, in a real headless Chromium. */
class PeopleBrowserTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdminAddsAPersonWhoCanThenLogIn() {
        browser = Browser.start("sv-SE");
        Browser.logIn(browser, port, "admin", "admin-password");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("people-link"))).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/people.html"));

        String username = "greta-" + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("person-name")).sendKeys("Greta Öberg");
        browser.findElement(By.id("person-username")).sendKeys(username);
        browser.findElement(By.id("person-password")).sendKeys("Hjortron-Myr-Båt-28");
        browser.findElement(By.cssSelector("input[name=role][value=FACILITATOR]")).click();
        browser.findElement(By.id("add-person-button")).click();

        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("people"),
                "Greta Öberg"));
        assertThat(browser.findElement(By.id("people")).getText()).contains(username, "Deltagare", "Facilitator");
        assertThat(new ApiClient(port, username, "Hjortron-Myr-Båt-28").get("/api/me").body()
                .get("roles").toString()).contains("MEMBER", "FACILITATOR");
    }

    @Test
    void anAdminRenamesAPersonChangesTheirRolesSetsTheirPasswordAndTurnsTheAccountOffAndOn() {
        Login cia = person("Cia Berg", "MEMBER");
        browser = Browser.start("sv-SE");
        Browser.logIn(browser, port, "admin", "admin-password");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        browser.get("http://localhost:" + port + "/people.html");
        By row = By.cssSelector("#people li[data-person-id='" + cia.id() + "']");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(row));

        browser.findElement(row).findElement(By.tagName("summary")).click();
        WebElement name = browser.findElement(row).findElement(By.cssSelector(".person-edit input:not([type])"));
        name.clear();
        name.sendKeys("Cia Berg-Holm");
        browser.findElement(row).findElement(By.cssSelector(".person-edit input[value=FACILITATOR]")).click();
        browser.findElement(row).findElement(By.cssSelector(".person-edit form.form-grid button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(row, "Cia Berg-Holm"));
        assertThat(api(cia).get("/api/me").body().get("roles").toString()).contains("MEMBER", "FACILITATOR");

        browser.findElement(row).findElement(By.tagName("summary")).click();
        browser.findElement(row).findElement(By.cssSelector(".person-edit input[type=password]")).sendKeys("Moltebär-Fjäll-Kåsa-63");
        browser.findElement(row).findElement(By.cssSelector(".person-edit form.inline-form button")).click();
        new WebDriverWait(browser, WAIT).until(driver ->
                new ApiClient(port, cia.username(), "Moltebär-Fjäll-Kåsa-63").get("/api/me").status() == 200);

        browser.findElement(row).findElement(By.cssSelector("[data-person-toggle]")).click();
        browser.switchTo().alert().accept();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(row, "Avstängd"));
        assertThat(new ApiClient(port, cia.username(), "Moltebär-Fjäll-Kåsa-63").get("/api/me").status()).isEqualTo(401);
        browser.findElement(row).findElement(By.cssSelector("[data-person-toggle]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(row, "Avstängd")));
        assertThat(new ApiClient(port, cia.username(), "Moltebär-Fjäll-Kåsa-63").get("/api/me").status()).isEqualTo(200);

        browser.findElement(By.cssSelector("#user-menu button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/login.html?out"));
    }

    @Test
    void aPersonChangesTheirOwnPasswordAndMakesAndRevokesAKeyForAnApiClient() {
        Login cia = person("Cia Berg", "MEMBER");
        browser = Browser.start("sv-SE");
        Browser.logIn(browser, port, cia.username(), cia.password());
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("me"))).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/account.html"));

        browser.findElement(By.id("current-password")).sendKeys("not-my-password");
        browser.findElement(By.id("new-password")).sendKeys("Moltebär-Fjäll-Kåsa-63");
        browser.findElement(By.cssSelector("#change-password button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                "Det nuvarande lösenordet är fel."));
        browser.findElement(By.id("current-password")).clear();
        browser.findElement(By.id("current-password")).sendKeys(cia.password());
        browser.findElement(By.cssSelector("#change-password button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(driver ->
                new ApiClient(port, cia.username(), "Moltebär-Fjäll-Kåsa-63").get("/api/me").status() == 200);

        browser.findElement(By.id("token-name")).sendKeys("Rapportskript");
        browser.findElement(By.cssSelector("#new-token button[type=submit]")).click();
        String token = new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("issued-token"))).getText();
        assertThat(ApiClient.withToken(port, token).get("/api/me").status()).isEqualTo(200);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens"),
                "Rapportskript"));
        browser.findElement(By.cssSelector("#tokens button.danger")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens"),
                "Inga nycklar."));
        assertThat(ApiClient.withToken(port, token).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void anAdminSeesWhatAReadModelCouldNotTakeAndRetriesItOnTheOperationsPage() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        String retro = newRetro(api(anna));
        // A read-model row in the way: folding Bo's joining fails and is parked.
        jdbc.update("INSERT INTO session_member (session_id, person_id) VALUES (?, ?)", retro, bo.id());
        api(bo).post("/api/retros/" + retro + "/participants", null);

        browser = Browser.start("sv-SE");
        Browser.logIn(browser, port, "admin", "admin-password");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("dead-letters-link")))
                .click();
        new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> {
                    driver.navigate().refresh();
                    return driver.findElement(By.id("dead-letters")).getText().contains("ParticipantJoined");
                });
        assertThat(browser.findElement(By.id("dead-letters")).getText()).contains("boards", retro, "Försök");

        jdbc.update("DELETE FROM session_member WHERE session_id = ? AND person_id = ?", retro, bo.id());
        browser.findElement(By.id("retry-now")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("dead-letters"), "Inget väntar"));
    }
}
