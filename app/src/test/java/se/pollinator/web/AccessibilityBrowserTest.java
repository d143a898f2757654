package se.pollinator.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.pollinator.support.AppTest;
import se.pollinator.support.Browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/** Deque's axe-core finds nothing to report on any page, nor in any phase of a retro, in light and dark colours. */
class AccessibilityBrowserTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private WebDriver browser;
    private final List<String> found = new ArrayList<>();

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} colours")
    @ValueSource(strings = {"light", "dark"})
    void everyPageAndEveryPhaseOfTheBoardPassesAxe(String scheme) {
        Login anna = person("Anna Lind", "FACILITATOR", "ADMIN");
        Login bo = person("Bo Ek", "MEMBER");
        String retro = newRetro(api(anna), "privateReflection", false);
        api(bo).post("/api/retros/" + retro + "/participants", null);
        String card = api(bo).post("/api/retros/" + retro + "/cards", body("column", "STOP", "text", "Långa möten")).id();
        api(anna).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Fika på fredagar"));

        browser = Browser.start("sv-SE");
        if (scheme.equals("dark")) {
            Browser.preferDark(browser);
        }
        browser.get(url("/login.html"));
        // The page is drawn in the scheme asked for, so axe checks the contrast of that one.
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.documentElement).backgroundColor"))
                .isEqualTo(scheme.equals("dark") ? "rgb(20, 23, 27)" : "rgb(246, 247, 249)");
        assertNoViolations("login");
        Browser.logIn(browser, port, anna.username(), anna.password());
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe(url("/")));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".list-item")));
        assertNoViolations("my retros");
        browser.get(url("/people.html"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#people li")));
        assertNoViolations("people");
        browser.get(url("/account.html"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tokens li")));
        assertNoViolations("my account");
        browser.get(url("/dead-letters.html"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dead-letters li")));
        assertNoViolations("dead letters");

        browser.get(url("/programme.html"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#municipalities li")));
        assertNoViolations("programme");
        String goal = api(anna).post("/api/plans/plan-lund/goals", body("title", "Klimatneutral upphandling",
                "baseline", 10, "target", 60, "rationale", "Kommunens klimatmål")).id();
        api(anna).post("/api/plans/plan-lund/goals/" + goal + "/progress", body("value", 35, "date", "2026-11-01"));
        Map<String, Object> scores = new java.util.LinkedHashMap<>();
        for (String dimension : List.of("CONTEXT", "LEADERSHIP", "PLANNING", "SUPPORT", "OPERATIONS",
                "PERFORMANCE_EVALUATION", "IMPROVEMENT")) {
            scores.put(dimension, Map.of("score", 3));
        }
        api(anna).post("/api/programme/municipalities/LUND/maturity", body("scores", scores));
        api(anna).send("PUT", "/api/programme/municipalities/LUND/needs/NEEDS", body("text", "Tid och mandat"), Map.of());
        browser.get(url("/municipality.html?id=LUND"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".goal meter")));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".maturity-table")));
        browser.findElement(By.id("add-goal")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-rationale")));
        assertNoViolations("municipality: plan, needs analysis and maturity, with the goal form open");

        String thinkTank = api(anna).post("/api/thinktanks", body("title", "Tankesmedja", "module", 2,
                "questions", List.of("Hur sprider vi lärandet?"), "experts", List.of(bo.id()))).id();
        api(anna).post("/api/thinktanks/" + thinkTank + "/phase", body("phase", "EXPLORE"));
        String question = awaitSettled(api(anna), thinkTank).get("questions").get(0).get("id").asText();
        api(anna).post("/api/thinktanks/" + thinkTank + "/questions/" + question + "/insights",
                body("text", "Lotsar", "evidence", "https://example.se"));
        browser.get(url("/thinktank.html?id=" + thinkTank));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".insight")));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        assertNoViolations("think tank while exploring");

        String cafe = api(anna).post("/api/cafes", body("title", "Café", "theme", "Klimat", "tables",
                List.of(Map.of("question", "Vad behöver staden?"), Map.of("question", "Vem saknas?")))).id();
        api(anna).post("/api/cafes/" + cafe + "/rounds", body("seconds", 600));
        String table = awaitSettled(api(anna), cafe).get("tables").get(0).get("id").asText();
        api(anna).post("/api/cafes/" + cafe + "/seats", body("tableId", table));
        api(anna).post("/api/cafes/" + cafe + "/notes", body("text", "Cykelbanor"));
        browser.get(url("/cafe.html?id=" + cafe));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".note")));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        Browser.click(new WebDriverWait(browser, WAIT), By.id("invite"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".guest-url")));
        assertNoViolations("café in a round, with a guest link");
        browser.get(url("/guest.html?token=x"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("display-name")));
        assertNoViolations("guest landing page");

        browser.get(url("/retro.html?id=" + retro));
        for (String phase : List.of("REFLECT", "GROUP", "VOTE", "DISCUSS", "CLOSED")) {
            if (!phase.equals("REFLECT")) {
                api(anna).post("/api/retros/" + retro + "/phase", body("phase", phase));
            }
            if (phase.equals("VOTE")) {
                api(bo).post("/api/retros/" + retro + "/votes", body("targetId", card));
            }
            if (phase.equals("DISCUSS")) {
                api(anna).post("/api/retros/" + retro + "/decisions", body("text", "Kortare möten"));
                api(anna).post("/api/retros/" + retro + "/actions", body("text", "Boka rum", "ownerId", bo.id()));
                // The topic being discussed is marked ("Diskuteras nu"): its contrast is checked too.
                api(anna).send("PUT", "/api/retros/" + retro + "/topic", body("topicId", card), Map.of());
            }
            new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".phase-step.current[data-phase='" + phase + "']")));
            new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
            // The phase's own controls are drawn: axe checks them, not a half-drawn page.
            String drawn = Map.of("REFLECT", ".open-composer", "GROUP", ".select-card input", "VOTE", ".vote-buttons button",
                    "DISCUSS", ".now-pill", "CLOSED", ".closed-summary").get(phase);
            new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(drawn)));
            assertNoViolations("board in " + phase);
        }
        browser.get(url("/summary.html?id=" + retro));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("decisions"), "Kortare möten"));
        assertNoViolations("summary");
        assertThat(found).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void assertNoViolations(String where) {
        AxeBuilder axe = new AxeBuilder();
        // Off by default in axe-core (experimental), and named in the issue that asked for this test.
        axe.setOptions("{\"rules\": {\"label-content-name-mismatch\": {\"enabled\": true}}}");
        Results results = axe.analyze(browser);
        if (!results.getViolations().isEmpty()) {
            found.add(where + ": " + describe(results.getViolations()));
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
