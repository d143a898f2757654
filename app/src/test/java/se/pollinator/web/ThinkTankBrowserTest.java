package se.pollinator.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.pollinator.support.AppTest;
import se.pollinator.support.Browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/** A think tank in two real headless Chromiums: created from "My sessions", an insight appearing live. */
class ThinkTankBrowserTest extends AppTest {

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
    void publishingAsksFirstAndDoesNothingWhenTheFacilitatorSaysNo() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        se.pollinator.support.ApiClient api = api(fia);
        String id = api.post("/api/thinktanks", body("title", "Snart publicerad", "module", 3,
                "questions", List.of("Vad hindrar oss?"))).id();
        api.post("/api/thinktanks/" + id + "/phase", body("phase", "EXPLORE"));
        api.post("/api/thinktanks/" + id + "/phase", body("phase", "RECOMMEND"));
        awaitSettled(api, id);

        WebDriver facilitator = browser(fia);
        facilitator.get("http://localhost:" + port + "/thinktank.html?id=" + id);
        waiting(facilitator).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        // Someone who only watches comes: presence redraws itself, never the controls being clicked.
        WebElement next = waiting(facilitator).until(ExpectedConditions.elementToBeClickable(By.id("next-phase")));
        Login eva = person("Eva Utvärderare", "EVALUATOR");
        browser(eva).get(facilitator.getCurrentUrl());
        waiting(facilitator).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#presence [data-person='" + eva.id() + "']")));
        assertThat(ExpectedConditions.stalenessOf(next).apply(facilitator)).as("the button is the same").isFalse();
        Browser.click(waiting(facilitator), By.id("next-phase"));
        org.openqa.selenium.Alert asked = waiting(facilitator).until(ExpectedConditions.alertIsPresent());
        assertThat(asked.getText()).contains("Publicera rekommendationerna");
        asked.dismiss();
        assertThat(awaitSettled(api, id).get("phase").asText()).isEqualTo("RECOMMEND");

        Browser.click(waiting(facilitator), By.id("next-phase"));
        waiting(facilitator).until(ExpectedConditions.alertIsPresent()).accept();
        org.awaitility.Awaitility.await().atMost(WAIT).until(() ->
                "CLOSED".equals(api.get("/api/sessions/" + id + "/board").body().get("phase").asText()));

        // What it came to, to take away: the summary page draws a think tank's sections.
        Browser.click(waiting(facilitator), By.id("to-summary"));
        waiting(facilitator).until(ExpectedConditions.urlContains("/summary.html?id=" + id));
        waiting(facilitator).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#kind-summary [data-section='questions']"), "Vad hindrar oss?"));
        assertThat(facilitator.findElement(By.id("summary-meta")).getText()).contains("Tankesmedja", "Modul 3");
        assertThat(facilitator.findElement(By.id("retro-summary")).isDisplayed()).isFalse();
        assertThat(facilitator.findElement(By.id("to-board")).getDomAttribute("href")).isEqualTo("/sessions/" + id);
    }

    @Test
    void aFacilitatorOpensAThinkTankAndAnExpertsInsightAppearsLiveOnTheirBoard() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        Login erik = person("Erik Expert", "MEMBER");
        WebDriver facilitator = browser(fia);
        facilitator.findElement(By.cssSelector("#create-thinktank-panel summary")).click();
        facilitator.findElement(By.id("tt-title")).sendKeys("Vårens tankesmedja");
        new Select(facilitator.findElement(By.id("tt-module"))).selectByValue("4");
        facilitator.findElement(By.cssSelector("#tt-municipalities input[value=UPPSALA]")).click();
        facilitator.findElement(By.id("tt-questions")).sendKeys("Hur samverkar vi bättre?\nVad står i vägen?");
        new Select(facilitator.findElement(By.id("tt-experts"))).selectByValue(erik.id());
        facilitator.findElement(By.id("create-thinktank-button")).click();
        waiting(facilitator).until(ExpectedConditions.urlContains("/thinktank.html?id="));
        String id = facilitator.getCurrentUrl().replaceAll(".*id=", "");
        waiting(facilitator).until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-title"),
                "Vårens tankesmedja"));
        assertThat(facilitator.findElement(By.id("board-meta")).getText()).contains("Tankesmedja", "Modul 4",
                "Uppsala", "Erik Expert");
        assertThat(facilitator.findElements(By.cssSelector("[data-question-id]"))).hasSize(2);

        WebDriver expert = browser(erik);
        waiting(expert).until(ExpectedConditions.textToBePresentInElementLocated(By.id("active-sessions"),
                "Vårens tankesmedja"));
        expert.findElement(By.cssSelector("#active-sessions [data-kind=THINK_TANK] a")).click();
        Browser.click(waiting(expert), By.id("join"));
        waiting(facilitator).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        Browser.click(waiting(facilitator), By.id("next-phase"));
        waiting(expert).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".phase-step.current[data-phase=EXPLORE]")));

        WebElement composer = waiting(expert).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-question-id] textarea.new-insight")));
        composer.sendKeys("Gemensamma mål före gemensamma möten");
        composer.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();

        By insight = By.cssSelector(".insight .card-text");
        waiting(facilitator).until(ExpectedConditions.textToBePresentInElementLocated(insight,
                "Gemensamma mål före gemensamma möten"));
        waiting(facilitator).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".insight button[aria-pressed]"))).click();
        waiting(expert).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".insight .votes"), "+1"));
        assertThat(api(fia).get("/api/sessions/" + id + "/board").body().get("insights").get(0).get("support").asInt()).isEqualTo(1);
        composer = waiting(expert).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-question-id] textarea.new-insight")));
        composer.sendKeys("Samma data för alla");
        composer.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();
        waiting(facilitator).until(driver -> driver.findElements(By.cssSelector(".insight")).size() == 2);
        // Dropping one insight on another clusters them, as the browser's drag and drop does.
        ((org.openqa.selenium.JavascriptExecutor) facilitator).executeScript(
                "const [a, b] = document.querySelectorAll('.insight'); const data = new DataTransfer();"
                        + "b.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
                        + "a.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));"
                        + "a.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));");
        waiting(expert).until(driver -> driver.findElements(By.cssSelector(".insight .cluster-pill")).size() == 2);

        facilitator.findElement(By.id("timer-start")).click();
        waiting(expert).until(ExpectedConditions.textMatches(By.id("timer"), java.util.regex.Pattern.compile("\\d+:\\d\\d")));
        assertThat(api(fia).post("/api/thinktanks/" + id + "/phase", body("phase", "RECOMMEND")).status()).isEqualTo(200);
        waiting(expert).until(ExpectedConditions.textToBe(By.id("timer"), ""));
    }

    @Test
    void aModulesMemberIsOfferedToJoinItsThinkTankOnItsPageAndInMySessions() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        Login mona = person("Mona Modul", "MEMBER");
        se.pollinator.support.ApiClient api = api(fia);
        String linked = api.post("/api/thinktanks", body("title", "Länkad tankesmedja", "module", 2,
                "questions", List.of("Vad hindrar oss?"))).id();
        String listed = api.post("/api/thinktanks", body("title", "Listad tankesmedja", "module", 2,
                "questions", List.of("Vem saknas?"))).id();
        awaitSettled(api, linked);
        awaitSettled(api, listed);

        WebDriver member = browser(mona);
        member.get("http://localhost:" + port + "/thinktank.html?id=" + linked);
        WebElement panel = waiting(member).until(ExpectedConditions.visibilityOfElementLocated(By.id("join-panel")));
        assertThat(panel.getText()).contains("Länkad tankesmedja").contains("Tankesmedja").contains("Modul 2");
        Browser.click(waiting(member), By.id("join-session"));
        waiting(member).until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions"), "Vad hindrar oss?"));
        assertThat(member.findElements(By.id("join-panel"))).isEmpty();

        member.get("http://localhost:" + port + "/");
        By row = By.cssSelector("#joinable-sessions li[data-session-id='" + listed + "']");
        assertThat(waiting(member).until(ExpectedConditions.visibilityOfElementLocated(row)).getText())
                .contains("Listad tankesmedja");
        assertThat(member.findElements(By.cssSelector("#joinable-sessions li[data-session-id='" + linked + "']")))
                .as("one already joined is among their sessions, not offered").isEmpty();
        Browser.click(waiting(member), By.cssSelector("#joinable-sessions li[data-session-id='" + listed + "'] button"));
        waiting(member).until(ExpectedConditions.urlContains("/thinktank.html?id=" + listed));
        waiting(member).until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions"), "Vem saknas?"));
    }

    @Test
    void whilePreparingTheFacilitatorAddsAQuestionAndInvitesAnExpertOnThePage() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        Login erik = person("Erik Expertsson", "MEMBER");
        se.pollinator.support.ApiClient api = api(fia);
        String id = api.post("/api/thinktanks", body("title", "Förberedd tankesmedja", "module", 3,
                "questions", List.of("Vad hindrar oss?"))).id();
        awaitSettled(api, id);
        WebDriver facilitator = browser(fia);
        facilitator.get("http://localhost:" + port + "/thinktank.html?id=" + id);
        waiting(facilitator).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));

        Browser.type(waiting(facilitator), By.cssSelector("[data-focus='new-question']"), "Vem behöver vi fråga?");
        Browser.click(waiting(facilitator), By.cssSelector("[data-focus='add-question']"));
        waiting(facilitator).until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions"),
                "Vem behöver vi fråga?"));

        waiting(facilitator).until(driver -> {
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("[data-focus='expert-choice']")))
                    .selectByValue(erik.id());
            return true;
        });
        Browser.click(waiting(facilitator), By.cssSelector("[data-focus='invite-expert']"));
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> api.get("/api/sessions/" + id + "/board").body()
                .get("experts").toString().contains(erik.id()));
        assertThat(api(erik).get("/api/sessions/" + id + "/board").status()).as("an invited expert sees it").isEqualTo(200);
    }

    @Test
    void aPlanChangesSourceThatIsARecommendationOpensTheThinkTankWithItMarkedAndCited() {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER", "ADMIN");
        se.pollinator.support.ApiClient api = api(fia);
        String id = api.post("/api/thinktanks", body("title", "Källans tankesmedja", "module", 3,
                "municipalities", List.of("LUND"), "questions", List.of("Vad hindrar oss?"))).id();
        String path = "/api/thinktanks/" + id;
        api.post(path + "/phase", body("phase", "EXPLORE"));
        String question = awaitSettled(api, id).get("questions").get(0).get("id").asText();
        String insight = api.post(path + "/questions/" + question + "/insights", body("text", "Lotsar sprider bäst")).id();
        api.post(path + "/phase", body("phase", "RECOMMEND"));
        String recommendation = api.post(path + "/recommendations", body("text", "Inför lotsar i Lund", "addressedTo",
                Map.of("kind", "MUNICIPALITY", "id", "LUND"), "basedOn", List.of(insight))).id();
        api.post(path + "/phase", body("phase", "CLOSED"));
        awaitSettled(api, id);
        assertThat(api.post("/api/plans/plan-lund/goals", body("title", "Lotsar i Lunds förvaltningar",
                "rationale", "Tankesmedjan rekommenderade det", "source", Map.of("sessionId", id,
                        "itemId", recommendation))).status()).isEqualTo(201);

        WebDriver facilitator = browser(fia);
        facilitator.get("http://localhost:" + port + "/municipality.html?id=LUND");
        Browser.click(waiting(facilitator), By.xpath(
                "//li[@data-goal-id][./div/strong[text()='Lotsar i Lunds förvaltningar']]/details/summary"));
        WebElement source = waiting(facilitator).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//li[@data-goal-id][./div/strong[text()='Lotsar i Lunds förvaltningar']]//a[contains(@class,'source-link')]")));
        assertThat(source.getText()).contains("Rekommendation", "Inför lotsar i Lund", "Källans tankesmedja");
        source.click();
        waiting(facilitator).until(ExpectedConditions.urlContains("/thinktank.html?id=" + id + "&item=" + recommendation));
        // The page redraws as it learns more (names, presence): found again by its locator each time.
        By marked = By.cssSelector("li.linked-item[data-recommendation-id='" + recommendation + "']");
        waiting(facilitator).until(ExpectedConditions.textToBePresentInElementLocated(marked, "Citeras i planen"));
        waiting(facilitator).until(ExpectedConditions.textToBePresentInElementLocated(marked, "Lotsar i Lunds förvaltningar"));
    }
}
