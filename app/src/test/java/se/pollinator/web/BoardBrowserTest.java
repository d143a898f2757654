package se.pollinator.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.pollinator.support.AppTest;
import se.pollinator.support.Browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
        browser.get("http://localhost:" + port + "/retro.html?id=" + retro);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".phase-step.current")));
        return browser;
    }

    private static WebElement cardWithText(WebDriver browser, String text) {
        // The board re-renders on every change, so an element found a moment ago may be gone.
        return new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector(".card .card-text"))
                .stream().filter(element -> element.getText().equals(text)).findFirst().orElse(null));
    }

    /** Drags one card onto another (found by their texts) as the browser would: dragstart, dragover, drop. */
    private static void drag(WebDriver browser, String from, String onto) {
        ((JavascriptExecutor) browser).executeScript(
                "const card = text => [...document.querySelectorAll('.card')]"
                        + "  .find(c => c.querySelector('.card-text') && c.querySelector('.card-text').textContent === text);"
                        + "const from = card(arguments[0]), onto = card(arguments[1]);"
                        + "const data = new DataTransfer();"
                        + "from.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
                        + "onto.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));"
                        + "onto.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));",
                from, onto);
    }

    /** Opens a column's composer ("+ Lägg till lapp") and answers its text field. */
    private static WebElement composer(WebDriver browser, String column) {
        WebElement field = browser.findElement(By.cssSelector("[data-column='" + column + "'] textarea.new-card"));
        if (!field.isDisplayed()) {
            click(browser, By.cssSelector("[data-column='" + column + "'] .open-composer"));
        }
        return field;
    }

    private static void click(WebDriver browser, By what) {
        new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(what).click();
            return true;
        });
    }

    private static String textOf(WebDriver browser, String css) {
        return new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.cssSelector(css)).getText());
    }

    private static void awaitPhase(WebDriver browser, String phase) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".phase-step.current[data-phase='" + phase + "']")));
    }

    @Test
    void aGroupNamedWithEnterGetsItsVoteButtonsWhenVotingStartsWhileItsFieldStillHasTheFocus() {
        Login anna = person("Anna Lind", "FACILITATOR");
        String retro = newRetro(api(anna));
        String path = "/api/retros/" + retro;
        String first = api(anna).post(path + "/cards", body("column", "STOP", "text", "Långa möten")).id();
        String second = api(anna).post(path + "/cards", body("column", "STOP", "text", "Sena möten")).id();
        api(anna).post(path + "/phase", body("phase", "GROUP"));
        String group = api(anna).post(path + "/groups", body("cardIds", List.of(first, second))).id();
        WebDriver facilitator = onBoard(browser("sv-SE", anna), retro);
        awaitPhase(facilitator, "GROUP");

        By name = By.cssSelector("[data-focus='group-name-" + group + "']");
        click(facilitator, name);
        facilitator.findElement(name).sendKeys("Möten", Keys.ENTER);
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> "Möten".equals(api(anna)
                .get("/api/sessions/" + retro + "/board").body().get("groups").get(0).get("name").asText()));
        new WebDriverWait(facilitator, WAIT).until(driver -> driver.findElement(name).equals(driver.switchTo().activeElement()));

        api(anna).post(path + "/phase", body("phase", "VOTE"));
        awaitPhase(facilitator, "VOTE");
        new WebDriverWait(facilitator, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-focus='vote-" + group + "']")));
    }

    @Test
    void afterTheLastVoteByKeyboardTheFocusStaysOnTheVoteButton() {
        Login anna = person("Anna Lind", "FACILITATOR");
        String retro = newRetro(api(anna));
        String path = "/api/retros/" + retro;
        String card = api(anna).post(path + "/cards", body("column", "KEEP", "text", "Fika")).id();
        api(anna).post(path + "/phase", body("phase", "GROUP"));
        api(anna).post(path + "/phase", body("phase", "VOTE"));
        WebDriver facilitator = onBoard(browser("sv-SE", anna), retro);
        awaitPhase(facilitator, "VOTE");
        By vote = By.cssSelector("[data-focus='vote-" + card + "']");
        for (String left : List.of("2 / 3", "1 / 3", "0 / 3")) {
            new WebDriverWait(facilitator, WAIT).ignoring(StaleElementReferenceException.class).until(driver -> {
                driver.findElement(vote).sendKeys(Keys.ENTER);
                return true;
            });
            new WebDriverWait(facilitator, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("votes-left"), left));
        }
        new WebDriverWait(facilitator, WAIT).ignoring(StaleElementReferenceException.class).until(driver ->
                "vote-" .concat(card).equals(driver.switchTo().activeElement().getDomAttribute("data-focus")));
        assertThat(facilitator.findElement(vote).getDomAttribute("aria-disabled")).isEqualTo("true");
    }

    @Test
    void aCardThatCouldNotBeSavedStaysInItsFieldUntilItIsSavedOnce() {
        Login anna = person("Anna Lind", "FACILITATOR");
        String retro = newRetro(api(anna), "privateReflection", false);
        ChromeDriver facilitator = (ChromeDriver) onBoard(browser("sv-SE", anna), retro);
        long before = eventCount(retro);
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        facilitator.setNetworkConditions(offline);

        composer(facilitator, "STOP").sendKeys("Långa möten");
        click(facilitator, By.cssSelector("[data-column='STOP'] .add-button"));
        new WebDriverWait(facilitator, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("status"), "Inte sparat"));
        assertThat(facilitator.findElement(By.cssSelector("[data-column='STOP'] textarea.new-card"))
                .getDomProperty("value")).isEqualTo("Långa möten");
        assertThat(eventCount(retro)).isEqualTo(before);

        facilitator.deleteNetworkConditions();
        click(facilitator, By.cssSelector("[data-column='STOP'] .add-button"));
        cardWithText(facilitator, "Långa möten");
        new WebDriverWait(facilitator, WAIT).until(driver -> driver.findElement(
                By.cssSelector("[data-column='STOP'] textarea.new-card")).getDomProperty("value").isEmpty());
        assertThat(eventCount(retro)).isEqualTo(before + 1);
    }

    @Test
    void aPersonFollowsTheShareLinkIntoTheRetroAndAnyoneWithoutItIsTurnedAway() {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login bo = person("Bo Ek", "MEMBER");
        Login cia = person("Cia Berg", "MEMBER");
        String retro = newRetro(api(anna), "openToModule", false);
        String token = api(anna).get("/api/sessions/" + retro + "/board").body().get("joinToken").asText();

        WebDriver member = browser("sv-SE", bo);
        member.get("http://localhost:" + port + "/retro.html?id=" + retro + "&join=" + token);
        new WebDriverWait(member, WAIT).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        new WebDriverWait(member, WAIT).until(driver -> !driver.getCurrentUrl().contains("join="));
        assertThat(api(anna).get("/api/sessions/" + retro + "/board").body().get("participants").toString())
                .contains(bo.id());

        WebDriver stranger = browser("sv-SE", cia);
        stranger.get("http://localhost:" + port + "/retro.html?id=" + retro);
        new WebDriverWait(stranger, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("status"), "delningslänk"));
    }

    @Test
    void aCardTypedInOneBrowserAppearsInTheOtherAndBothFollowThePhase() throws Exception {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login bo = person("Bo Ek", "MEMBER");
        String retro = newRetro(api(anna), "title", "Höstens retro", "privateReflection", false);

        WebDriver facilitator = onBoard(browser("en-US", anna), retro);
        WebDriver member = onBoard(browser("sv-SE", bo), retro);
        new WebDriverWait(facilitator, WAIT).until(driver -> driver.findElements(By.cssSelector(".presence .avatar")).size() == 2);

        WebElement text = composer(member, "STRENGTHEN");
        text.sendKeys("Kortare möten");
        member.findElement(By.cssSelector("[data-column='STRENGTHEN'] .add-button")).click();
        String attack = "<img src=x onerror=\"document.title='owned'\">";
        WebElement keep = composer(member, "KEEP");
        keep.sendKeys(attack);
        keep.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

        cardWithText(facilitator, "Kortare möten");
        cardWithText(facilitator, attack);
        assertThat(facilitator.findElements(By.cssSelector(".card img"))).as("user text is never HTML").isEmpty();
        assertThat(facilitator.getTitle()).doesNotContain("owned");

        assertThat(member.findElements(By.id("next-phase"))).as("participants see no facilitator controls").isEmpty();
        assertThat(((JavascriptExecutor) member).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "Promise.all([import('/js/errors.js'), import('/js/api.js')]).then(([errors, api]) => done("
                + "errors.explain(new api.ApiError(409, {detail: 'Cards can only be added while reflecting', "
                + "code: 'phase.add-cards', args: ['REFLECT', 'GROUP']}))))"))
                .as("rule violations are told in Swedish").isEqualTo("Lappar kan bara läggas till i fasen Reflektera; "
                        + "retron är nu i Gruppera.");
        assertThat(textOf(member, ".phase-step.current")).isEqualTo("Reflektera");
        click(facilitator, By.id("next-phase"));
        awaitPhase(facilitator, "GROUP");
        awaitPhase(member, "GROUP");
        assertThat(textOf(member, ".phase-step.current")).isEqualTo("Gruppera");
        assertThat(textOf(facilitator, ".phase-step.current")).isEqualTo("Group");

        drag(member, attack, "Kortare möten");
        new WebDriverWait(facilitator, WAIT).until(driver ->
                driver.findElements(By.cssSelector("[data-column='STRENGTHEN'] .card")).size() == 2);
        new WebDriverWait(member, WAIT).until(driver ->
                driver.findElements(By.cssSelector("[data-column='STRENGTHEN'] .card")).size() == 2);
        drag(member, attack, "Kortare möten");
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

        ((JavascriptExecutor) browser).executeScript("pollinatorLive.drop()");
        for (int i = 1; i <= 3; i++) {
            api(anna).post("/api/retros/" + retro + "/cards", body("column", "STOP", "text", "while away " + i));
        }
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        api(anna).post("/api/retros/" + retro + "/cards", body("column", "STOP", "text", "after the return"));

        cardWithText(browser, "after the return");
        List<String> expected = List.of("before the drop", "while away 1", "while away 2", "while away 3",
                "after the return");
        new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(driver ->
                driver.findElements(By.cssSelector(".card .card-text")).stream().map(WebElement::getText).toList()
                        .equals(expected));
        assertThat(browser.findElements(By.cssSelector(".card"))).hasSize(5);
    }

    @Test
    void anEvaluatorReadsTheBoardAndIsNotOfferedToTakePart() {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login eva = person("Eva Utvärderare", "EVALUATOR");
        String retro = newRetro(api(anna), "privateReflection", false);
        api(anna).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Visible to evaluators"));

        WebDriver browser = onBoard(browser("en-US", eva), retro);
        cardWithText(browser, "Visible to evaluators");
        assertThat(browser.findElements(By.id("join"))).as("evaluators read and never write").isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-column='KEEP'] .add-card")).isDisplayed()).isFalse();
        assertThat(api(anna).get("/api/sessions/" + retro + "/board").body().get("participants").toString())
                .doesNotContain(eva.id());
    }

    @Test
    void aPersonWhoseSessionEndedIsToldSoAndLogsInStraightBackToTheSameBoard() {
        Login anna = person("Anna Lind", "FACILITATOR");
        String retro = newRetro(api(anna), "privateReflection", false);
        WebDriver browser = onBoard(browser("sv-SE", anna), retro);
        // The session expires (or the app was reset): the socket drops and cannot come back.
        jdbc.update("DELETE FROM spring_session");
        ((JavascriptExecutor) browser).executeScript("pollinatorLive.drop()");

        WebElement lost = new WebDriverWait(browser, WAIT).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("session-lost")));
        assertThat(lost.getText()).contains("Du har loggats ut – logga in igen");
        api(anna).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "medan du var borta"));
        lost.findElement(By.tagName("a")).click();

        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/login.html"));
        browser.findElement(By.id("username")).sendKeys(anna.username());
        browser.findElement(By.id("password")).sendKeys(anna.password());
        browser.findElement(By.id("login-button")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe(
                "http://localhost:" + port + "/retro.html?id=" + retro));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        cardWithText(browser, "medan du var borta");
    }

    @Test
    void whatSomeoneIsTypingSurvivesEveryoneElsesChanges() {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login bo = person("Bo Ek", "MEMBER");
        String retro = newRetro(api(anna), "privateReflection", false);
        api(bo).post("/api/retros/" + retro + "/participants", null);
        String own = api(bo).post("/api/retros/" + retro + "/cards", body("column", "STOP", "text", "Långa möten")).id();
        WebDriver member = onBoard(browser("sv-SE", bo), retro);

        click(member, By.cssSelector("[data-focus='edit-btn-" + own + "']"));
        WebElement edit = new WebDriverWait(member, WAIT).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("textarea.edit-card")));
        edit.sendKeys(" och sena");
        api(anna).post("/api/retros/" + retro + "/cards", body("column", "STOP", "text", "Någon annans lapp"));
        cardWithText(member, "Någon annans lapp");
        WebElement still = member.findElement(By.cssSelector("textarea.edit-card"));
        assertThat(still.getAttribute("value")).isEqualTo("Långa möten och sena");
        assertThat(member.switchTo().activeElement()).isEqualTo(still);
        still.sendKeys(" kvällar");
        assertThat(still.getAttribute("value")).isEqualTo("Långa möten och sena kvällar");

        for (String phase : List.of("GROUP", "VOTE", "DISCUSS")) {
            api(anna).post("/api/retros/" + retro + "/phase", body("phase", phase));
        }
        WebDriver facilitator = onBoard(browser("sv-SE", anna), retro);
        WebElement decision = new WebDriverWait(facilitator, WAIT).until(
                ExpectedConditions.elementToBeClickable(By.id("decision-text")));
        decision.sendKeys("Halvskrivet beslut");
        api(anna).post("/api/retros/" + retro + "/actions", body("text", "Boka rum", "ownerId", bo.id()));
        new WebDriverWait(facilitator, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("actions"), "Boka rum"));
        assertThat(facilitator.findElement(By.id("decision-text")).getAttribute("value")).isEqualTo("Halvskrivet beslut");
        assertThat(facilitator.switchTo().activeElement().getAttribute("id")).isEqualTo("decision-text");
    }

    @Test
    void ownCardsCanBeChangedWhereverTheyWereWrittenAndOnlyOthersSeeTheTypingHint() {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login bo = person("Bo Ek", "MEMBER");
        String retro = newRetro(api(anna), "privateReflection", false, "anonymousCards", true);
        api(bo).post("/api/retros/" + retro + "/participants", null);
        WebDriver member = onBoard(browser("sv-SE", bo), retro);
        WebDriver facilitator = onBoard(browser("sv-SE", anna), retro);

        String fromElsewhere = api(bo).post("/api/retros/" + retro + "/cards",
                body("column", "KEEP", "text", "Skriven i en annan flik")).id();
        new WebDriverWait(member, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-focus='edit-btn-" + fromElsewhere + "']")));
        assertThat(facilitator.findElements(By.cssSelector("[data-focus='edit-btn-" + fromElsewhere + "']"))).isEmpty();

        composer(member, "STOP").sendKeys("Jag skriver");
        new WebDriverWait(facilitator, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("typing"), "Avsluta"));
        assertThat(member.findElement(By.id("typing")).getText()).as("the writer is not told of their own writing")
                .isEmpty();
    }

    @Test
    void pressingNextPhaseTwiceMovesOnePhase() {
        Login anna = person("Anna Lind", "FACILITATOR");
        String retro = newRetro(api(anna), "privateReflection", false);
        WebDriver facilitator = onBoard(browser("sv-SE", anna), retro);
        ((JavascriptExecutor) facilitator).executeScript(
                "const next = document.getElementById('next-phase'); next.click(); next.click();");
        awaitPhase(facilitator, "GROUP");
        click(facilitator, By.id("next-phase"));
        awaitPhase(facilitator, "VOTE");
        assertThat(api(anna).get("/api/sessions/" + retro + "/board").body().get("phase").asText()).isEqualTo("VOTE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%PhaseChanged'", Integer.class, retro)).isEqualTo(2);
    }

    @Test
    void aClosedRetrosSummaryIsReadPrintedOnA4AndDownloadedInEachFormat() throws Exception {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login bo = person("Bo Ek", "MEMBER");
        String retro = newRetro(api(anna), "privateReflection", false);
        String path = "/api/retros/" + retro;
        api(bo).post(path + "/participants", null);
        String card = api(bo).post(path + "/cards", body("column", "STOP", "text", "Långa möten")).id();
        for (String phase : List.of("GROUP", "VOTE")) {
            api(anna).post(path + "/phase", body("phase", phase));
        }
        api(bo).post(path + "/votes", body("targetId", card));
        api(anna).post(path + "/phase", body("phase", "DISCUSS"));
        api(anna).post(path + "/decisions", body("text", "Högst 30 minuter"));
        api(anna).post(path + "/actions", body("text", "Boka kortare rum", "ownerId", bo.id(), "dueDate", "2027-01-15"));
        api(anna).post(path + "/phase", body("phase", "CLOSED"));

        ChromeDriver browser = (ChromeDriver) onBoard(browser("sv-SE", bo), retro);
        click(browser, By.id("to-summary"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("decisions"), "Högst 30 minuter"));
        assertThat(textOf(browser, "#topics li")).contains("Långa möten", "1 röst");
        assertThat(textOf(browser, "#actions tbody tr")).contains("Boka kortare rum", "Bo Ek", "2027-01-15");

        Path downloads = Files.createTempDirectory("pollinator-downloads");
        browser.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        for (String format : List.of("md", "csv", "json")) {
            click(browser, By.id("download-" + format));
            new WebDriverWait(browser, WAIT).until(driver -> {
                try (var files = Files.list(downloads)) {
                    return files.anyMatch(file -> file.toString().endsWith("." + format));
                } catch (java.io.IOException e) {
                    return false;
                }
            });
        }
        try (var files = Files.list(downloads)) {
            Path markdown = files.filter(file -> file.toString().endsWith(".md")).findFirst().orElseThrow();
            assertThat(Files.readString(markdown)).contains("## Beslut", "- Högst 30 minuter");
        }

        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        assertThat(browser.findElement(By.cssSelector(".summary-tools")).isDisplayed()).as("no buttons on paper").isFalse();
        assertThat(browser.findElement(By.cssSelector("header.top")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("decisions")).isDisplayed()).isTrue();
    }

    @Test
    void aPhoneShowsTheBoardWithoutSidewaysScrollingAndAPortraitTabletKeepsThreeColumns() {
        Login anna = person("Anna Lind-Åkerström med ett långt namn", "FACILITATOR");
        String retro = newRetro(api(anna), "title", "En retro med en ganska lång titel om vårens möten", "privateReflection", false);
        for (int i = 0; i < 6; i++) {
            api(anna).post("/api/retros/" + retro + "/cards", body("column", List.of("STRENGTHEN", "STOP", "KEEP").get(i % 3),
                    "text", "En lapp med text som är lite längre än vanligt, nummer " + i));
        }
        WebDriver browser = browser("sv-SE", anna);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        onBoard(browser, retro);
        cardWithText(browser, "En lapp med text som är lite längre än vanligt, nummer 5");
        JavascriptExecutor page = (JavascriptExecutor) browser;
        assertThat((Boolean) page.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling of the page at 390 px").isTrue();
        composer(browser, "STRENGTHEN").sendKeys("Skriven på telefonen");
        click(browser, By.cssSelector("[data-column='STRENGTHEN'] .add-button"));
        cardWithText(browser, "Skriven på telefonen");
        assertThat((Boolean) page.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
        new WebDriverWait(browser, WAIT).until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const tops = [...document.querySelectorAll('.column')].map(c => c.getBoundingClientRect().top);"
                        + "return tops.length === 3 && tops.every(top => Math.abs(top - tops[0]) < 1)"
                        + " && document.documentElement.scrollWidth <= window.innerWidth;"));
    }

    @Test
    void theDiscussionFollowsOneQueueAndOutcomesAreRecordedOnTheirTopicEditedAndDeleted() {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login bo = person("Bo Ek", "MEMBER");
        String retro = newRetro(api(anna), "privateReflection", false);
        String path = "/api/retros/" + retro;
        api(bo).post(path + "/participants", null);
        String meetings = api(bo).post(path + "/cards", body("column", "STOP", "text", "Långa möten")).id();
        String fika = api(anna).post(path + "/cards", body("column", "KEEP", "text", "Fika")).id();
        for (String phase : List.of("GROUP", "VOTE")) {
            api(anna).post(path + "/phase", body("phase", phase));
        }
        api(bo).post(path + "/votes", body("targetId", meetings));
        api(bo).post(path + "/votes", body("targetId", meetings));
        api(anna).post(path + "/votes", body("targetId", fika));
        api(anna).post(path + "/phase", body("phase", "DISCUSS"));
        WebDriver facilitator = onBoard(browser("sv-SE", anna), retro);
        WebDriver member = onBoard(browser("sv-SE", bo), retro);

        new WebDriverWait(member, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queue li.topic")));
        assertThat(member.findElements(By.cssSelector("#queue li.topic")).stream().map(li -> li.getAttribute("data-topic-id")).toList())
                .as("one queue across the columns, most votes first").containsExactly(meetings, fika);
        assertThat(member.findElements(By.cssSelector("[data-focus^='focus-']"))).as("only the facilitator leads").isEmpty();
        click(facilitator, By.cssSelector("[data-focus='focus-" + meetings + "']"));
        new WebDriverWait(member, WAIT).ignoring(StaleElementReferenceException.class).until(ExpectedConditions.attributeToBe(
                By.cssSelector("#queue li[data-topic-id='" + meetings + "']"), "aria-current", "true"));

        facilitator.findElement(By.id("decision-text")).sendKeys("Högst 30 minuter");
        assertThat(new org.openqa.selenium.support.ui.Select(facilitator.findElement(By.id("decision-topic")))
                .getFirstSelectedOption().getAttribute("value")).as("the topic under discussion").isEqualTo(meetings);
        facilitator.findElement(By.id("decision-text")).sendKeys(Keys.ENTER);
        new WebDriverWait(member, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("decisions"), "Högst 30 minuter · om: Långa möten"));
        new WebDriverWait(member, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#queue li[data-topic-id='" + meetings + "']"), "Beslut: Högst 30 minuter"));
        String decision = api(anna).get("/api/sessions/" + retro + "/board").body().get("decisions").get(0).get("id").asText();
        assertThat(api(anna).get("/api/sessions/" + retro + "/board").body().get("decisions").get(0).get("topicId").asText())
                .isEqualTo(meetings);

        click(facilitator, By.cssSelector("[data-focus='edit-decision-" + decision + "']"));
        WebElement edit = new WebDriverWait(facilitator, WAIT).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("input.outcome-edit")));
        edit.clear();
        edit.sendKeys("Högst 25 minuter", Keys.ENTER);
        new WebDriverWait(member, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("decisions"), "Högst 25 minuter"));

        String action = api(anna).post(path + "/actions", body("text", "Boka rum", "ownerId", bo.id(), "topicId", fika)).id();
        new WebDriverWait(member, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"), "Boka rum"));
        click(facilitator, By.cssSelector("[data-focus='delete-action-" + action + "']"));
        facilitator.switchTo().alert().accept();
        new WebDriverWait(member, WAIT).until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("actions"), "Boka rum")));
        assertThat(api(bo).put(path + "/decisions/" + decision, body("text", "Mitt beslut")).status()).isEqualTo(403);
    }

    @Test
    void whenTheTimerRunsOutEveryoneSeesHearsAndIsToldSoUnlessTheyMutedIt() {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login bo = person("Bo Ek", "MEMBER");
        String retro = newRetro(api(anna), "title", "Vårens retro", "privateReflection", false);
        api(bo).post("/api/retros/" + retro + "/participants", null);
        WebDriver member = onBoard(browser("sv-SE", bo), retro);
        // Count the tones the page plays; a click lets the page use sound, as a person's first click does.
        ((JavascriptExecutor) member).executeScript("window.tones = 0; const make = AudioContext.prototype.createOscillator;"
                + "AudioContext.prototype.createOscillator = function () { window.tones++; return make.call(this); };");
        click(member, By.id("board-title"));

        api(anna).post("/api/retros/" + retro + "/timer", body("seconds", 2));
        new WebDriverWait(member, WAIT).until(ExpectedConditions.textToBe(By.id("timer"), "Tiden är ute"));
        assertThat(member.findElement(By.id("timer")).getAttribute("class")).contains("over");
        assertThat(member.findElement(By.id("announce")).getText()).isEqualTo("Tiden är ute");
        assertThat(member.getTitle()).startsWith("⏰ Tiden är ute");
        new WebDriverWait(member, WAIT).until(driver ->
                ((Number) ((JavascriptExecutor) driver).executeScript("return window.tones")).intValue() == 3);

        click(member, By.id("sound-toggle"));
        new WebDriverWait(member, WAIT).until(ExpectedConditions.attributeToBe(By.id("sound-toggle"), "aria-pressed", "false"));
        api(anna).post("/api/retros/" + retro + "/timer", body("seconds", 5));
        new WebDriverWait(member, WAIT).until(ExpectedConditions.textMatches(By.id("timer"), Pattern.compile("0:0\\d")));
        new WebDriverWait(member, WAIT).until(ExpectedConditions.textToBe(By.id("timer"), "Tiden är ute"));
        assertThat(((Number) ((JavascriptExecutor) member).executeScript("return window.tones")).intValue())
                .as("muted: no new tones").isEqualTo(3);

        api(anna).delete("/api/retros/" + retro + "/timer");
        new WebDriverWait(member, WAIT).until(ExpectedConditions.titleIs("Vårens retro · Pollinator"));
    }

    @Test
    void aNewCardGlowsForAMomentAndEachPersonHasTheirOwnAvatarColour() {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login bo = person("Bo Ek", "MEMBER");
        String retro = newRetro(api(anna), "privateReflection", false);
        api(bo).post("/api/retros/" + retro + "/participants", null);
        WebDriver member = onBoard(browser("sv-SE", bo), retro);
        onBoard(browser("sv-SE", anna), retro);

        String card = api(anna).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Ny lapp")).id();
        By arrived = By.cssSelector("[data-card-id='" + card + "']");
        new WebDriverWait(member, WAIT).ignoring(StaleElementReferenceException.class).until(
                ExpectedConditions.attributeContains(arrived, "class", "fresh"));
        new WebDriverWait(member, WAIT).ignoring(StaleElementReferenceException.class).until(
                ExpectedConditions.not(ExpectedConditions.attributeContains(arrived, "class", "fresh")));

        String annas = new WebDriverWait(member, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#presence .avatar[data-person='" + anna.id() + "']"))).getCssValue("background-color");
        String bos = member.findElement(By.cssSelector("#presence .avatar[data-person='" + bo.id() + "']"))
                .getCssValue("background-color");
        assertThat(annas).as("two people on a board, two colours").isNotEqualTo(bos);
    }

    @Test
    void othersHiddenCardsTakeOneShortLineAndAGroupFoldsToItsHead() {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login bo = person("Bo Ek", "MEMBER");
        String retro = newRetro(api(anna));
        String path = "/api/retros/" + retro;
        api(bo).post(path + "/participants", null);
        api(anna).post(path + "/cards", body("column", "STOP", "text", "Annas hemliga lapp"));
        api(bo).post(path + "/cards", body("column", "STOP", "text", "Bos egen lapp"));
        WebDriver member = onBoard(browser("sv-SE", bo), retro);
        cardWithText(member, "Bos egen lapp");
        WebElement hidden = new WebDriverWait(member, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".card.hidden")));
        assertThat(hidden.getSize().getHeight()).as("a hidden card is one short line")
                .isLessThan(member.findElement(By.cssSelector(".card.mine")).getSize().getHeight() * 2 / 3);

        api(anna).post(path + "/phase", body("phase", "GROUP"));
        String mine = api(bo).get("/api/sessions/" + retro + "/board").body().get("cards").get(1).get("id").asText();
        String theirs = api(bo).get("/api/sessions/" + retro + "/board").body().get("cards").get(0).get("id").asText();
        api(bo).post(path + "/groups", body("cardIds", List.of(mine, theirs)));
        new WebDriverWait(member, WAIT).until(driver -> driver.findElements(By.cssSelector(".group .card")).size() == 2);
        click(member, By.cssSelector(".group-toggle"));
        new WebDriverWait(member, WAIT).until(driver -> driver.findElements(By.cssSelector(".group .card")).isEmpty());
        assertThat(textOf(member, ".group .group-count")).isEqualTo("2 lappar");
        assertThat(member.findElement(By.cssSelector(".group-toggle")).getAttribute("aria-expanded")).isEqualTo("false");
        click(member, By.cssSelector(".group-toggle"));
        new WebDriverWait(member, WAIT).until(driver -> driver.findElements(By.cssSelector(".group .card")).size() == 2);
    }

    @Test
    void ownHiddenCardsAndOwnVotesStayOnesOwnWhileOthersChangeTheBoard() {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login bo = person("Bo Ek", "MEMBER");
        String retro = newRetro(api(anna), "privateReflection", true);
        String path = "/api/retros/" + retro;
        api(bo).post(path + "/participants", null);
        WebDriver facilitator = onBoard(browser("sv-SE", anna), retro);
        WebDriver member = onBoard(browser("sv-SE", bo), retro);

        WebElement text = composer(member, "STOP");
        text.sendKeys("Min hemliga tanke");
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        cardWithText(member, "Min hemliga tanke");
        new WebDriverWait(facilitator, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card.hidden")));
        String card = api(bo).get("/api/sessions/" + retro + "/board").body().get("cards").get(0).get("id").asText();
        api(bo).put(path + "/cards/" + card, body("text", "Min ändrade tanke"));
        api(anna).post(path + "/cards", body("column", "STOP", "text", "Annas lapp"));
        cardWithText(member, "Min ändrade tanke");
        assertThat(member.findElements(By.cssSelector(".card.hidden"))).as("Anna's card, not Bo's own").hasSize(1);
        assertThat(facilitator.findElement(By.tagName("body")).getText()).doesNotContain("tanke");

        api(anna).post(path + "/phase", body("phase", "GROUP"));
        api(anna).post(path + "/phase", body("phase", "VOTE"));
        awaitPhase(member, "VOTE");
        click(member, By.cssSelector("[data-focus='vote-" + card + "']"));
        new WebDriverWait(member, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("votes-left"), "2 / 3"));
        click(member, By.cssSelector("[data-focus='vote-" + card + "']"));
        new WebDriverWait(member, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("votes-left"), "1 / 3"));
        api(anna).post(path + "/votes", body("targetId", card));
        new WebDriverWait(facilitator, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("votes-left"), "2 / 3"));
        assertThat(textOf(member, "[data-card-id='" + card + "'] .my-votes"))
                .as("another's vote on Bo's card leaves Bo's own votes shown").isEqualTo("●●");
        assertThat(textOf(member, "#votes-left")).contains("1 / 3");
        assertThat(facilitator.findElements(By.cssSelector(".card .votes"))).as("totals hidden while voting").isEmpty();
    }
}
