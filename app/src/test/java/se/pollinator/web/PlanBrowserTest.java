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
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;
import se.pollinator.support.Browser;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/** From a retro's decision to a plan change and back, in a real headless Chromium. */
class PlanBrowserTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private FluentWait<WebDriver> waiting() {
        return new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class);
    }

    @Test
    void aPlanChangeReachesAnotherBrowserAsATypedChangeWithoutFetchingThePlanAgain() {
        Login anna = person("Anna Lind", "FACILITATOR", "MEMBER");
        ApiClient facilitator = api(anna);
        String top = facilitator.post("/api/plans/plan-goteborg/goals", body("title", "Ett innovativt Göteborg",
                "rationale", "Programmets syfte")).id();
        browser = Browser.start("sv-SE");
        Browser.logIn(browser, port, anna.username(), anna.password());
        waiting().until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        browser.get("http://localhost:" + port + "/municipality.html?id=GOTEBORG");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("goal-tree"), "Ett innovativt Göteborg"));
        waiting().until(driver -> planFetches() >= 1);
        org.awaitility.Awaitility.await().pollDelay(Duration.ofMillis(500)).atMost(WAIT).until(() -> true);
        long fetched = planFetches();

        facilitator.post("/api/plans/plan-goteborg/goals", body("title", "Lotsar överallt", "parentId", top,
                "rationale", "Ett steg på vägen"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("goal-tree"), "Lotsar överallt"));
        assertThat(planFetches()).as("merged from the typed change, not fetched anew").isEqualTo(fetched);
    }

    /** How often the page has fetched the plan. */
    private long planFetches() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').filter(e => e.name.includes('/api/plans/plan-goteborg')"
                        + " && !e.name.includes('/api/plans/plan-goteborg/')).length")).longValue();
    }

    @Test
    void aDecisionLeadsToASubGoalWhoseHistoryLinksBackToTheRetro() {
        Login anna = person("Anna Lind", "FACILITATOR", "MEMBER");
        ApiClient facilitator = api(anna);
        String retro = newRetro(facilitator, "title", "Höstens retro", "municipality", "GOTEBORG",
                "privateReflection", false);
        for (String phase : new String[]{"GROUP", "VOTE", "DISCUSS"}) {
            facilitator.post("/api/retros/" + retro + "/phase", body("phase", phase));
        }
        String top = facilitator.post("/api/plans/plan-goteborg/goals", body("title", "Ett innovativt Göteborg",
                "rationale", "Programmets syfte")).id();

        browser = Browser.start("sv-SE");
        Browser.logIn(browser, port, anna.username(), anna.password());
        waiting().until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        browser.get("http://localhost:" + port + "/retro.html?id=" + retro);
        WebElement decision = waiting().until(ExpectedConditions.elementToBeClickable(By.id("decision-text")));
        decision.sendKeys("Varje förvaltning utser en innovationslots");
        browser.findElement(By.cssSelector("form[data-key='decision-form'] button[type=submit]")).click();

        By planLink = By.cssSelector("#decisions .plan-link");
        waiting().until(ExpectedConditions.elementToBeClickable(planLink)).click();
        waiting().until(ExpectedConditions.urlContains("/municipality.html?id=GOTEBORG"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen-source"),
                "Varje förvaltning utser en innovationslots"));
        assertThat(browser.findElement(By.id("chosen-source")).getText()).contains("Beslut", "Höstens retro");

        new Select(browser.findElement(By.cssSelector("#goal-form select[name=parentId]"))).selectByValue(top);
        browser.findElement(By.cssSelector("#goal-form input[name=title]")).sendKeys("Lotsar i alla förvaltningar");
        browser.findElement(By.cssSelector("#goal-form input[name=target]")).sendKeys("12");
        browser.findElement(By.id("goal-rationale")).sendKeys("Retron kom fram till att varje förvaltning behöver en lots");
        browser.findElement(By.id("goal-submit")).click();

        By subGoal = By.xpath("//li[@data-goal-id][./div/strong[@class='goal-title' and text()='Lotsar i alla förvaltningar']]");
        waiting().until(ExpectedConditions.presenceOfElementLocated(subGoal));
        assertThat(browser.findElement(By.id("goal-form-panel")).isDisplayed()).isFalse();
        // The tree is drawn again when the plan's own push arrives after the answer: each look finds the goal anew.
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> top.equals(
                driver.findElement(subGoal).findElement(By.xpath("ancestor::li[@data-goal-id][1]"))
                        .getAttribute("data-goal-id")));
        String[] seen = new String[2];
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            WebElement details = driver.findElement(subGoal).findElement(By.cssSelector(":scope > details"));
            if (details.getAttribute("open") == null) {
                details.findElement(By.cssSelector(":scope > summary")).click();
            }
            seen[0] = details.getText();
            seen[1] = details.findElement(By.cssSelector("a.source-link")).getAttribute("href");
            return seen[0].contains("Anna Lind");
        });
        assertThat(seen[0]).contains("Lade till målet", "Anna Lind",
                "Retron kom fram till att varje förvaltning behöver en lots");
        String backHref = seen[1];
        assertThat(backHref).contains("/sessions/" + retro + "?item=");

        // The plan as it stood yesterday had neither goal; what changed since lists the new sub-goal.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("const day = document.getElementById('as-of');"
                + "day.value = new Date(Date.now() - 86400000).toISOString().slice(0, 10);"
                + "day.dispatchEvent(new Event('change'));");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("goal-tree"), "Planen har inga mål än."));
        assertThat(browser.findElement(By.id("as-of-note")).getText()).contains("Ändrat sedan dess",
                "Lotsar i alla förvaltningar", "Retron kom fram till att varje förvaltning behöver en lots");
        assertThat(browser.findElement(By.id("add-goal")).isDisplayed()).as("history is read, not changed").isFalse();
        browser.findElement(By.id("as-of-today")).click();
        WebElement again = waiting().until(ExpectedConditions.presenceOfElementLocated(subGoal));
        again.findElement(By.cssSelector(":scope > details > summary")).click();
        WebElement back = again.findElement(By.cssSelector(":scope > details a.source-link"));
        assertThat(back.getText()).contains("Varje förvaltning utser en innovationslots", "Höstens retro");
        back.click();
        waiting().until(ExpectedConditions.urlContains("/retro.html?id=" + retro));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("decisions"),
                "Varje förvaltning utser en innovationslots"));
        // The cited decision is marked, so the eye finds it on a long board.
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#decisions li.linked-item[data-decision-id]"), "Varje förvaltning utser en innovationslots"));
        // And back again: the decision says which plan cites it, and leads to that goal, marked.
        By citedBy = By.cssSelector("#decisions li.linked-item[data-decision-id] .cited-by a");
        WebElement toGoal = waiting().until(ExpectedConditions.visibilityOfElementLocated(citedBy));
        assertThat(toGoal.getText()).contains("Lotsar i alla förvaltningar", "Göteborg");
        Browser.click(waiting(), citedBy);
        waiting().until(ExpectedConditions.urlContains("/municipality.html?id=GOTEBORG&goal="));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#goal-tree li.linked-item[data-goal-id]"), "Lotsar i alla förvaltningar"));
    }

    @Test
    void aProjectMemberWritesTheNeedsAnalysisAndComparesTheirMaturityWithTheFirstAssessment() {
        Login lena = person("Lena Holm", "MEMBER");
        admin.post("/api/programme/municipalities/STOCKHOLM/members", body("personId", lena.id()));
        java.util.Map<String, Object> first = new java.util.LinkedHashMap<>();
        for (String dimension : java.util.List.of("CONTEXT", "LEADERSHIP", "PLANNING", "SUPPORT", "OPERATIONS",
                "PERFORMANCE_EVALUATION", "IMPROVEMENT")) {
            first.put(dimension, java.util.Map.of("score", 1));
        }
        api(lena).post("/api/programme/municipalities/STOCKHOLM/maturity", body("scores", first));

        browser = Browser.start("sv-SE");
        Browser.logIn(browser, port, lena.username(), lena.password());
        waiting().until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        browser.get("http://localhost:" + port + "/municipality.html?id=STOCKHOLM");
        By needs = By.cssSelector("[data-section='NEEDS']");
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-section='NEEDS'] button"))).click();
        WebElement text = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("section-text")));
        text.sendKeys("Tid, mandat och en plats att pröva idéer");
        browser.findElement(By.id("save-section")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(needs, "Senast ändrad av Lena Holm"));
        assertThat(browser.findElement(needs).getText()).contains("Tid, mandat och en plats att pröva idéer");

        browser.findElement(By.cssSelector("#maturity-new > summary")).click();
        for (WebElement score : browser.findElements(By.cssSelector("#maturity-form select"))) {
            new Select(score).selectByValue("4");
        }
        browser.findElement(By.cssSelector("#maturity-form input[name='LEADERSHIP-comment']")).sendKeys("Ledningen driver");
        browser.findElement(By.id("maturity-submit")).click();
        By leadership = By.cssSelector(".maturity-table tr[data-dimension='LEADERSHIP']");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(leadership, "Ledningen driver"));
        assertThat(browser.findElement(leadership).getText()).contains("Ledarskap", "1", "4");
        assertThat(browser.findElement(By.cssSelector(".maturity-table caption")).getText()).startsWith("2 självskattningar");
    }
}
