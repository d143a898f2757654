package se.pollinator.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/** An admin keeps the programme on its page, in a real headless Chromium; a tablet reads a plan without sideways scrolling. */
class ProgrammeBrowserTest extends AppTest {

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

    private WebElement edited(String css) {
        WebElement item = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        WebElement details = item.findElement(By.cssSelector("details"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        return details;
    }

    @Test
    void anAdminSetsAPilotAddsAModuleLeadAndRenamesAModule() {
        Login pia = person("Pia Lots", "MEMBER");
        Login leo = person("Leo Ledare", "MEMBER");
        browser = Browser.start("sv-SE");
        Browser.logIn(browser, port, "admin", "admin-password");
        waiting().until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        browser.findElement(By.id("programme-link")).click();

        WebElement uppsala = edited("[data-municipality='UPPSALA']");
        new Select(uppsala.findElement(By.cssSelector("select[aria-label='Sätt lots']"))).selectByValue(pia.id());
        uppsala.findElement(By.xpath(".//button[text()='Sätt lots']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-municipality='UPPSALA']"),
                "Lots: Pia Lots"));
        assertThat(browser.findElement(By.cssSelector("[data-municipality='UPPSALA'] details")).getDomAttribute("open"))
                .as("the edit panel stays open after a pick").isNotNull();
        assertThat(browser.findElement(By.cssSelector("[data-municipality='UPPSALA'] .item-link")).getSize().getWidth())
                .as("the name keeps its room beside an open edit panel").isGreaterThan(150);

        WebElement five = edited("[data-module='5']");
        new Select(five.findElement(By.cssSelector("select[aria-label='Lägg till ledare']"))).selectByValue(leo.id());
        five.findElement(By.xpath(".//button[text()='Lägg till ledare']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-module='5']"),
                "Ledare: Leo Ledare"));

        WebElement renaming = edited("[data-module='5']");
        WebElement swedish = renaming.findElement(By.cssSelector("input[aria-label='Namn på svenska']"));
        swedish.clear();
        swedish.sendKeys("Projektledning och plattform");
        renaming.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-module='5']"),
                "5 · Projektledning och plattform"));
        assertThat(admin.get("/api/programme").body().get("modules").get(4).get("nameSv").asText())
                .isEqualTo("Projektledning och plattform");
        admin.send("PUT", "/api/programme/modules/5", body("nameSv", "Projektledning och plattformsutveckling",
                "nameEn", "Project management and platform development"), java.util.Map.of());
    }

    @Test
    void aPortraitTabletShowsAPlanWithoutSidewaysScrolling() {
        Login anna = person("Anna Lind", "FACILITATOR", "MEMBER");
        String top = api(anna).post("/api/plans/plan-malmo/goals", body("title", "En mycket lång titel på ett strategiskt "
                + "mål som handlar om innovationsförmåga i hela kommunkoncernen", "indicator", "Andel förvaltningar",
                "unit", "%", "baseline", 0, "target", 100, "rationale", "Start")).id();
        api(anna).post("/api/plans/plan-malmo/goals", body("title", "Delmål", "parentId", top, "rationale", "Steg"));
        browser = Browser.start("sv-SE");
        browser.manage().window().setSize(new Dimension(820, 1180));
        Browser.logIn(browser, port, anna.username(), anna.password());
        waiting().until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        browser.get("http://localhost:" + port + "/municipality.html?id=MALMO");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".goal .goal-tree .goal")));
        browser.findElement(By.id("add-goal")).click();
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }
}
