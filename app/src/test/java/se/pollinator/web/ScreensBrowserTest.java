package se.pollinator.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.pollinator.support.AppTest;
import se.pollinator.support.Browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/** The pages on a phone (390 px) and a tablet (820 px): nothing scrolls sideways, every button can be tapped. */
class ScreensBrowserTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriver sized(Login login, int width, int height) {
        browser = Browser.start("sv-SE");
        browser.manage().window().setSize(new Dimension(width, height));
        Browser.logIn(browser, port, login.username(), login.password());
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
        return browser;
    }

    /** How far the page scrolls sideways, in CSS pixels (0 when it fits its width). */
    private long sideways() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** The innermost elements that reach past the page's right edge, to say what to fix. */
    private Object widest() {
        return ((JavascriptExecutor) browser).executeScript(
                "const width = document.documentElement.clientWidth;"
                        + "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1"
                        + "  && ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))"
                        + "  .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + "  + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                        + "  + ' ' + Math.round(e.getBoundingClientRect().right));");
    }

    @Test
    void onAPhoneNoPageScrollsSideways() {
        Login anna = person("Anna Lind", "FACILITATOR", "ADMIN");
        api(anna).post("/api/plans/plan-lund/goals", body("title", "Klimatneutral upphandling med ett riktigt långt namn",
                "baseline", 10, "target", 60, "rationale", "Kommunens klimatmål"));
        newRetro(api(anna), "title", "Vårens retro i Lund med ett långt namn", "municipality", "LUND");
        sized(anna, 390, 844);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", ".list-item");
        pages.put("/municipality.html?id=LUND", ".goal");
        pages.put("/programme.html", "#municipalities li");
        pages.put("/people.html", "#people li");
        pages.put("/account.html", "#new-token");
        List<String> wide = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.get("http://localhost:" + port + page.getKey());
            new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(page.getValue())));
            long over = sideways();
            if (over > 0) {
                wide.add(page.getKey() + " by " + over + " px: " + widest());
            }
        }
        assertThat(wide).as("pages that scroll sideways at 390 px").isEmpty();
    }

    @Test
    void onATabletEveryVoteButtonCanBeTappedAndTheTitleIsShownWhole() {
        Login anna = person("Anna Lind", "FACILITATOR");
        String retro = newRetro(api(anna), "title", "Retro");
        String path = "/api/retros/" + retro;
        // A group with a long name in the middle column, beside cards in the others.
        String first = api(anna).post(path + "/cards", body("column", "STOP", "text", "Fika på fredagar")).id();
        String second = api(anna).post(path + "/cards", body("column", "STOP", "text", "Korta möten med tydlig agenda")).id();
        api(anna).post(path + "/cards", body("column", "STRENGTHEN", "text", "Parprogrammering"));
        api(anna).post(path + "/cards", body("column", "KEEP", "text", "Veckans demo"));
        api(anna).post(path + "/phase", body("phase", "GROUP"));
        String group = api(anna).post(path + "/groups", body("cardIds", List.of(first, second))).id();
        api(anna).send("PUT", path + "/groups/" + group + "/name", body("name", "Vanor som håller oss samman genom hela terminen"), Map.of());
        api(anna).post(path + "/phase", body("phase", "VOTE"));
        sized(anna, 820, 1180);
        browser.get("http://localhost:" + port + "/retro.html?id=" + retro);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".phase-step.current[data-phase='VOTE']")));
        List<WebElement> buttons = new WebDriverWait(browser, WAIT).withMessage(() -> browser.findElement(By.tagName("main"))
                .getText() + " | cards: " + browser.findElements(By.cssSelector(".card")).size() + " | board: " + browser.findElement(By.id("board")).getText()).until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(".vote-buttons button"));
            return found.size() >= 6 ? found : null;
        });
        List<String> covered = new ArrayList<>();
        for (WebElement button : buttons) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
            Boolean reachable = (Boolean) ((JavascriptExecutor) browser).executeScript(
                    "const box = arguments[0].getBoundingClientRect();"
                            + "const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);"
                            + "return hit === arguments[0] || arguments[0].contains(hit);", button);
            if (!reachable) {
                covered.add(button.getDomAttribute("aria-label"));
            }
        }
        assertThat(covered).as("vote buttons something else lies over").isEmpty();
        assertThat(sideways()).isZero();
        WebElement title = browser.findElement(By.id("board-title"));
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].scrollWidth <= arguments[0].clientWidth;", title)).as("the title is not cut short").isTrue();
    }

    @Test
    void theKeyboardSkipsToTheBoardAndReachesACafesTablesThatScrollOnAPhone() {
        Login anna = person("Anna Lind", "FACILITATOR", "MEMBER");
        String cafe = api(anna).post("/api/cafes", body("title", "Café", "theme", "Staden", "tables",
                List.of(Map.of("question", "Vad behöver staden?"), Map.of("question", "Vem saknas?"),
                        Map.of("question", "Vad gör vi först?")))).id();
        awaitSettled(api(anna), cafe);
        sized(anna, 390, 844);
        browser.get("http://localhost:" + port + "/cafe.html?id=" + cafe);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeContains(By.id("connection"), "class", "live"));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-table-id]")));
        assertThat(sideways()).as("the tables scroll within their strip, not the page").isZero();
        WebElement tables = browser.findElement(By.id("tables"));
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].scrollWidth > arguments[0].clientWidth && arguments[0].tabIndex >= 0;", tables))
                .as("a strip that scrolls can be reached, and so scrolled, by keyboard").isTrue();

        browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getText()).isEqualTo("Hoppa till tavlan");
        first.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser, WAIT).until(driver -> "tables".equals(driver.switchTo().activeElement().getDomAttribute("id")));

        // The same notice four times over is one notice with a count, not a pile.
        ((JavascriptExecutor) browser).executeScript("import('/js/api.js').then(api => "
                + "['Planen är ändrad.', 'Planen är ändrad.', 'Planen är ändrad.', 'Planen är ändrad.']"
                + ".forEach(text => api.notify(text, 'info')));");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                "Planen är ändrad. (4)"));
        assertThat(browser.findElements(By.cssSelector("#status .note"))).hasSize(1);
    }
}
