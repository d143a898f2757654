package se.pollinator.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.pollinator.support.AppTest;
import se.pollinator.support.Browser;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/** Two people in two real headless Chromium browsers on one board. */
class BoardBrowserTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    private WebDriver browser(String language, Login login) {
        WebDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.logIn(browser, port, login.username(), login.password());
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        return browser;
    }

    private WebDriver onBoard(WebDriver browser, String retro) {
        browser.get("http://localhost:" + port + "/board.html?id=" + retro);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".phase-step.current")));
        return browser;
    }

    private static WebElement cardWithText(WebDriver browser, String text) {
        return new WebDriverWait(browser, WAIT).until(driver -> driver.findElements(By.cssSelector(".card .card-text"))
                .stream().filter(element -> element.getText().equals(text)).findFirst().orElse(null));
    }

    /** Drags one card onto another the way the browser would: dragstart, dragover, drop. */
    private static void drag(WebDriver browser, WebElement from, WebElement onto) {
        ((JavascriptExecutor) browser).executeScript(
                "const from = arguments[0].closest('.card'), onto = arguments[1].closest('.card');"
                        + "const data = new DataTransfer();"
                        + "from.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
                        + "onto.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));"
                        + "onto.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));",
                from, onto);
    }

    private static void awaitPhase(WebDriver browser, String phase) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".phase-step.current[data-phase='" + phase + "']")));
    }

    @Test
    void aCardTypedInOneBrowserAppearsInTheOtherAndBothFollowThePhase() throws Exception {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login bo = person("Bo Ek", "MEMBER");
        String retro = newRetro(api(anna), "title", "Höstens retro", "privateReflection", false);

        WebDriver facilitator = onBoard(browser("en-US", anna), retro);
        WebDriver member = onBoard(browser("sv-SE", bo), retro);
        new WebDriverWait(facilitator, WAIT).until(driver -> driver.findElements(By.cssSelector(".presence .avatar")).size() == 2);

        WebElement text = member.findElement(By.cssSelector("[data-column='STRENGTHEN'] textarea.new-card"));
        text.sendKeys("Kortare möten");
        member.findElement(By.cssSelector("[data-column='STRENGTHEN'] .add-button")).click();
        String attack = "<img src=x onerror=\"document.title='owned'\">";
        WebElement keep = member.findElement(By.cssSelector("[data-column='KEEP'] textarea.new-card"));
        keep.sendKeys(attack);
        keep.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

        assertThat(cardWithText(facilitator, "Kortare möten").isDisplayed()).isTrue();
        WebElement shown = cardWithText(facilitator, attack);
        assertThat(shown.findElements(By.tagName("img"))).as("user text is never HTML").isEmpty();
        assertThat(facilitator.getTitle()).doesNotContain("owned");

        assertThat(member.findElements(By.id("next-phase"))).as("participants see no facilitator controls").isEmpty();
        assertThat(member.findElement(By.cssSelector(".phase-step.current")).getText()).isEqualTo("Reflektera");
        facilitator.findElement(By.id("next-phase")).click();
        awaitPhase(facilitator, "GROUP");
        awaitPhase(member, "GROUP");
        assertThat(member.findElement(By.cssSelector(".phase-step.current")).getText()).isEqualTo("Gruppera");
        assertThat(facilitator.findElement(By.cssSelector(".phase-step.current")).getText()).isEqualTo("Group");

        drag(member, cardWithText(member, attack), cardWithText(member, "Kortare möten"));
        new WebDriverWait(facilitator, WAIT).until(driver ->
                driver.findElements(By.cssSelector("[data-column='STRENGTHEN'] .card")).size() == 2);
        drag(member, cardWithText(member, attack), cardWithText(member, "Kortare möten"));
        new WebDriverWait(facilitator, WAIT).until(driver ->
                driver.findElements(By.cssSelector("[data-column='STRENGTHEN'] .group .card")).size() == 2);

        Files.createDirectories(Browser.screenshotFolder());
        Files.copy(((TakesScreenshot) facilitator).getScreenshotAs(OutputType.FILE).toPath(),
                Browser.screenshotFolder().resolve("board.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aDroppedConnectionReconnectsAndCatchesUpWithoutLosingOrDoublingCards() {
        Login anna = person("Anna Lind", "FACILITATOR");
        String retro = newRetro(api(anna), "privateReflection", false);
        WebDriver browser = onBoard(browser("en-US", anna), retro);
        api(anna).post("/api/retros/" + retro + "/cards", body("column", "STOP", "text", "before the drop"));
        cardWithText(browser, "before the drop");

        ((JavascriptExecutor) browser).executeScript("connection.socket.close()");
        for (int i = 1; i <= 3; i++) {
            api(anna).post("/api/retros/" + retro + "/cards", body("column", "STOP", "text", "while away " + i));
        }
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        api(anna).post("/api/retros/" + retro + "/cards", body("column", "STOP", "text", "after the return"));

        cardWithText(browser, "after the return");
        new WebDriverWait(browser, WAIT).until(driver -> driver.findElements(By.cssSelector(".card")).size() == 5);
        assertThat(browser.findElements(By.cssSelector(".card .card-text"))).extracting(WebElement::getText)
                .containsExactly("before the drop", "while away 1", "while away 2", "while away 3", "after the return");
    }

    @Test
    void anEvaluatorReadsTheBoardWithoutBecomingAParticipant() {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login eva = person("Eva Utvärderare", "EVALUATOR");
        String retro = newRetro(api(anna), "privateReflection", false);
        api(anna).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Visible to evaluators"));

        WebDriver browser = onBoard(browser("en-US", eva), retro);
        cardWithText(browser, "Visible to evaluators");
        assertThat(browser.findElements(By.id("join"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("[data-column='KEEP'] .add-card")).isDisplayed()).isFalse();
        assertThat(api(anna).get("/api/sessions/" + retro + "/board").body().get("participants").toString())
                .doesNotContain(eva.id());
    }
}
