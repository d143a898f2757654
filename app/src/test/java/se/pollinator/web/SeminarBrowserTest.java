package se.pollinator.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;
import se.pollinator.support.Browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/**
 * A seminar in two real headless Chromiums: someone in the audience, on a phone-sized screen,
 * asks a question that appears live on the moderator's screen, held for review; the moderator lets
 * it show and marks it answered now, and the projector view follows. Axe finds nothing on either.
 */
class SeminarBrowserTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(WebDriver::quit);
    }

    private WebDriver browser(Login login) {
        WebDriver browser = Browser.start("sv-SE");
        browsers.add(browser);
        Browser.logIn(browser, port, login.username(), login.password());
        waiting(browser).until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        return browser;
    }

    private static FluentWait<WebDriver> waiting(WebDriver browser) {
        return new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class);
    }

    @Test
    void aQuestionFromAPhoneReachesTheModeratorLiveAndTheProjectorFollowsTheAnswer() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        Login anna = person("Anna Lind", "MEMBER");
        ApiClient api = api(fia);
        String id = api.post("/api/seminars", body("title", "Terminsseminarium", "module", 2,
                "speakers", List.of("Karin Ek"), "anonymousQuestions", true, "moderated", true)).id();
        api.post("/api/seminars/" + id + "/phase", body("phase", "LIVE"));
        String page = "http://localhost:" + port + "/seminar.html?id=" + id;

        WebDriver moderator = browser(fia);
        moderator.get(page);
        waiting(moderator).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));

        WebDriver phone = browser(anna);
        phone.manage().window().setSize(new Dimension(390, 844));
        phone.get(page);
        // Not in it yet: anyone in the programme may join a seminar, from its page.
        Browser.click(waiting(phone), By.id("join-session"));
        waiting(phone).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        Browser.type(waiting(phone), By.id("ask-text"), "Hur når vi fler kommuner?");
        Browser.click(waiting(phone), By.id("ask-anonymous"));
        phone.findElement(By.id("ask-submit")).click();
        waiting(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("held"), "Väntar på granskning"));

        waiting(moderator).until(ExpectedConditions.textToBePresentInElementLocated(By.id("held"),
                "Hur når vi fler kommuner?"));
        assertThat(moderator.findElement(By.id("held")).getText()).contains("Anonym").doesNotContain("Anna Lind");
        assertNoViolations(moderator, "the moderator's page with a question to review");
        Browser.click(waiting(moderator), By.cssSelector("#held [data-focus^='approve-']"));
        waiting(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions"),
                "Hur når vi fler kommuner?"));
        Browser.click(waiting(phone), By.cssSelector("#questions .vote-button"));
        waiting(moderator).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#questions .vote-count"), "1"));
        assertThat(phone.findElement(By.cssSelector("#questions .vote-button")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        assertNoViolations(phone, "the audience's page on a phone");
        screenshot(phone, "seminar-phone.png");

        WebDriver screen = browser(fia);
        screen.get(page + "&view=projector");
        waiting(screen).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        Browser.click(waiting(moderator), By.cssSelector("#questions [data-focus^='answering-']"));
        waiting(screen).until(ExpectedConditions.textToBePresentInElementLocated(By.id("now-answering"),
                "Besvaras nu"));
        assertThat(screen.findElement(By.cssSelector("#now-answering .now-text")).getText())
                .isEqualTo("Hur når vi fler kommuner?");
        assertThat(screen.findElement(By.id("questions")).isDisplayed()).isFalse();
        waiting(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("now-answering"),
                "Hur når vi fler kommuner?"));
        String poll = api.post("/api/seminars/" + id + "/polls", body("question", "Har ni lotsar?",
                "options", List.of("Ja", "Nej"))).id();
        api.post("/api/seminars/" + id + "/polls/" + poll + "/open", null);
        waiting(screen).until(ExpectedConditions.textToBePresentInElementLocated(By.id("projector-poll"), "Har ni lotsar?"));
        api.put("/api/seminars/" + id + "/polls/" + poll + "/results", body("shown", true));
        waiting(screen).until(ExpectedConditions.textToBePresentInElementLocated(By.id("projector-poll"), "Ja: 0"));
        assertNoViolations(screen, "the projector view");

        // Someone from outside the programme comes in through a link the moderator made on the page.
        Browser.click(waiting(moderator), By.id("invite"));
        String link = waiting(moderator).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".guest-url")))
                .getDomProperty("value");
        assertThat(link).contains("/guest.html?token=");
        WebDriver outside = Browser.start("sv-SE");
        browsers.add(outside);
        outside.get(link);
        Browser.type(waiting(outside), By.id("display-name"), "Gunnar Gäst");
        outside.findElement(By.id("enter")).click();
        waiting(outside).until(ExpectedConditions.urlContains("/seminar.html?id=" + id));
        waiting(outside).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        Browser.type(waiting(outside), By.id("ask-text"), "Vad kostar det för en kommun utanför programmet?");
        outside.findElement(By.id("ask-submit")).click();
        waiting(moderator).until(ExpectedConditions.textToBePresentInElementLocated(By.id("held"),
                "Vad kostar det för en kommun utanför programmet?"));
        assertThat(moderator.findElement(By.id("held")).getText()).contains("Gunnar Gäst");
        screenshot(screen, "seminar-projector.png");
        screenshot(moderator, "seminar-moderator.png");
    }

    private static void screenshot(WebDriver browser, String name) {
        try {
            java.nio.file.Files.createDirectories(Browser.screenshotFolder());
            java.nio.file.Files.copy(((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                    Browser.screenshotFolder().resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertNoViolations(WebDriver browser, String where) {
        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.getViolations()).as(where + ": " + results.getViolations().stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }
}
