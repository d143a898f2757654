package se.pollinator.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.pollinator.support.AppTest;
import se.pollinator.support.Browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/** A facilitator and a guest at one café, in two real headless Chromiums: the guest's note appears live. */
class CafeBrowserTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
    }

    /** A Chromium logged in as this person, on the café's page once it is live. */
    private WebDriver onCafePage(Login login, String cafe) {
        WebDriver browser = Browser.start("sv-SE");
        browsers.add(browser);
        Browser.logIn(browser, port, login.username(), login.password());
        waiting(browser).until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        browser.get("http://localhost:" + port + "/cafe.html?id=" + cafe);
        waiting(browser).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        return browser;
    }

    private static FluentWait<WebDriver> waiting(WebDriver browser) {
        return new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class);
    }

    @Test
    void anEvaluatorReadsACafeAndIsOfferedNoJoinThatWouldBeRefused() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        String cafe = api(fia).post("/api/cafes", body("title", "Läsbart café", "theme", "Staden",
                "tables", List.of(Map.of("question", "Vad behöver staden?")))).id();
        Login eva = person("Eva Utvärderare", "EVALUATOR");

        WebDriver evaluator = onCafePage(eva, cafe);
        waiting(evaluator).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tables"),
                "Vad behöver staden?"));
        assertThat(evaluator.findElements(By.id("join"))).isEmpty();
    }

    @Test
    void whoeverArrivesLateSeesWhoIsAlreadyThere() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        Login maja = person("Maja Medlem", "MEMBER");
        String cafe = api(fia).post("/api/cafes", body("title", "Sent café", "theme", "Staden",
                "tables", List.of(Map.of("question", "Vad behöver staden?")))).id();
        assertThat(api(maja).post("/api/cafes/" + cafe + "/participants", null).status()).isEqualTo(200);

        WebDriver facilitator = onCafePage(fia, cafe);
        waiting(facilitator).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#presence [data-person='" + fia.id() + "']")));

        WebDriver late = onCafePage(maja, cafe);
        waiting(late).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#presence [data-person='" + fia.id() + "']")));
    }

    @Test
    void aGuestFollowsTheLinkChoosesANameAndTheirNoteAppearsOnTheFacilitatorsBoard() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        String cafe = api(fia).post("/api/cafes", body("title", "Framtidscafé", "theme", "Klimatneutral stad",
                "tables", List.of(Map.of("question", "Vad behöver staden?"), Map.of("question", "Vem saknas?")))).id();

        WebDriver facilitator = onCafePage(fia, cafe);
        Browser.click(waiting(facilitator), By.id("start-round"));
        waiting(facilitator).until(ExpectedConditions.textMatches(By.id("round"), java.util.regex.Pattern.compile("Runda 1")));
        Browser.click(waiting(facilitator), By.id("invite"));
        String link = waiting(facilitator).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".guest-url")))
                .getAttribute("value");
        assertThat(link).contains("/guest.html?token=");

        WebDriver guest = Browser.start("sv-SE");
        browsers.add(guest);
        guest.get(link);
        waiting(guest).until(ExpectedConditions.visibilityOfElementLocated(By.id("display-name")))
                .sendKeys("<b>Gästen</b>");
        guest.findElement(By.id("enter")).click();
        waiting(guest).until(ExpectedConditions.urlContains("/cafe.html?id=" + cafe));
        waiting(guest).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        Browser.click(waiting(guest), By.xpath("//section[@data-table-id][.//h2[text()='Vem saknas?']]"
                + "//button[text()='Sätt dig här']"));
        Browser.type(waiting(guest), By.cssSelector("section.mine textarea.new-note"), "Unga röster");
        Browser.click(waiting(guest), By.cssSelector("section.mine form:has(textarea.new-note) button[type=submit]"));

        waiting(facilitator).until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//section[@data-table-id][.//h2[text()='Vem saknas?']]"), "Unga röster"));
        String seen = facilitator.findElement(By.xpath("//section[@data-table-id][.//h2[text()='Vem saknas?']]")).getText();
        assertThat(seen).contains("<b>Gästen</b>").as("the chosen name is text, not markup");
        assertThat(facilitator.findElements(By.cssSelector("section[data-table-id] b"))).isEmpty();

        Browser.click(waiting(facilitator), By.id("end-round"));
        Browser.click(waiting(facilitator), By.id("start-harvest"));
        WebElement harvest = waiting(facilitator).until(ExpectedConditions.visibilityOfElementLocated(By.id("harvest-form")));
        harvest.findElement(By.cssSelector("textarea[name=text]")).sendKeys("Unga behöver höras");
        harvest.findElement(By.cssSelector("input[name=noteIds]")).click();
        harvest.findElement(By.cssSelector("button[type=submit]")).click();
        waiting(guest).until(ExpectedConditions.textToBePresentInElementLocated(By.id("harvest"), "Unga behöver höras"));
        assertThat(guest.findElement(By.id("harvest")).getText()).contains("Unga röster");
        Browser.click(waiting(facilitator), By.id("close-cafe"));
        facilitator.switchTo().alert().accept();
        Browser.click(waiting(facilitator), By.cssSelector("#harvest .plan-link"));
        waiting(facilitator).until(ExpectedConditions.urlContains("/programme.html?source=" + cafe + "%3A"));
        waiting(guest).until(ExpectedConditions.textToBe(By.id("round"), "Avslutad"));
        assertThat(guest.findElements(By.cssSelector("#harvest .plan-link"))).as("guests change no plans").isEmpty();

        // Once the café has closed, the guest is told so where they land, not sent to a login.
        guest.get("http://localhost:" + port + "/");
        waiting(guest).until(ExpectedConditions.urlContains("/guest.html?ended=guest.cafe-closed"));
        assertThat(waiting(guest).until(ExpectedConditions.visibilityOfElementLocated(By.id("ended"))).getText())
                .contains("Caféet är avslutat");
        assertThat(guest.findElement(By.id("arrive")).isDisplayed()).isFalse();
    }

    @Test
    void theFacilitatorChoosesATablesHostOnTheCafesPageBeforeTheFirstRound() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        Login hanna = person("Hanna Värd", "MEMBER");
        String cafe = api(fia).post("/api/cafes", body("title", "Värdcafé", "theme", "Staden",
                "tables", List.of(Map.of("question", "Vad behöver staden?"), Map.of("question", "Vem saknas?")),
                "module", 2, "municipalities", List.of("LUND"))).id();
        String second = awaitSettled(api(fia), cafe).get("tables").get(1).get("id").asText();

        WebDriver facilitator = onCafePage(fia, cafe);
        waiting(facilitator).until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-meta"), "Lund"));
        assertThat(facilitator.findElement(By.id("board-meta")).getText()).as("the café names where it belongs")
                .contains("Modul 2");
        By picker = By.cssSelector("[data-focus='host-" + second + "']");
        waiting(facilitator).until(ExpectedConditions.elementToBeClickable(picker));
        waiting(facilitator).until(driver -> {
            new org.openqa.selenium.support.ui.Select(driver.findElement(picker)).selectByValue(hanna.id());
            return true;
        });
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> hanna.id().equals(api(fia)
                .get("/api/sessions/" + cafe + "/board").body().get("tables").get(1).path("hostId").asText()));
        Browser.click(waiting(facilitator), By.id("start-round"));
        waiting(facilitator).until(ExpectedConditions.invisibilityOfElementLocated(picker));
        assertThat(facilitator.findElement(By.cssSelector("[data-table-id='" + second + "']")).getText())
                .as("during a round the host is named, not chosen").contains("Värd: Hanna Värd");
    }

    @Test
    void aFacilitatorOpensACafeFromMySessionsWithAHostForATable() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        Login hanna = person("Hanna Värdsdotter", "MEMBER");
        WebDriver facilitator = Browser.start("sv-SE");
        browsers.add(facilitator);
        Browser.logIn(facilitator, port, fia.username(), fia.password());
        waiting(facilitator).until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        Browser.click(waiting(facilitator), By.cssSelector("#create-cafe-panel summary"));
        Browser.type(waiting(facilitator), By.id("cafe-title"), "Formulärets café");
        Browser.type(waiting(facilitator), By.id("cafe-theme"), "Staden");
        Browser.type(waiting(facilitator), By.id("cafe-tables"), "Vad behöver staden?\nVem saknas?");
        waiting(facilitator).until(driver -> {
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("cafe-host-1"))).selectByValue(hanna.id());
            return true;
        });
        Browser.click(waiting(facilitator), By.id("create-cafe-button"));
        waiting(facilitator).until(ExpectedConditions.urlContains("/cafe.html?id="));
        String cafe = facilitator.getCurrentUrl().replaceAll(".*id=", "");
        com.fasterxml.jackson.databind.JsonNode tables = awaitSettled(api(fia), cafe).get("tables");
        assertThat(tables.get(0).path("hostId").isNull()).isTrue();
        assertThat(tables.get(1).get("hostId").asText()).isEqualTo(hanna.id());
    }
}
