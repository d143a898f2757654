package se.pollinator.retro;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/** What a retro came to, as JSON, Markdown and CSV, for those who may see the retro. */
class SummaryTest extends AppTest {

    @Test
    void aClosedRetroIsSummedUpInEachFormatForItsPeopleAndEvaluatorsOnly() throws IOException {
        Login anna = person("Anna Lind", "FACILITATOR");
        Login bo = person("Bo Ek", "MEMBER");
        Login eva = person("Eva Utvärderare", "EVALUATOR");
        Login outsider = person("Olle Utanför", "MEMBER");
        ApiClient facilitator = api(anna);
        ApiClient member = api(bo);
        String retro = newRetro(facilitator, "title", "Vårens retro", "privateReflection", false);
        String path = "/api/retros/" + retro;
        member.post(path + "/participants", null);
        String meetings = member.post(path + "/cards", body("column", "STOP", "text", "Långa *möten*")).id();
        String late = facilitator.post(path + "/cards", body("column", "STOP", "text", "Sena möten")).id();
        facilitator.post(path + "/cards", body("column", "KEEP", "text", "=HYPERLINK(\"http://x\")"));
        facilitator.post(path + "/phase", body("phase", "GROUP"));
        String group = member.post(path + "/groups", body("cardIds", List.of(meetings, late))).id();
        member.put(path + "/groups/" + group + "/name", body("name", "Möten"));
        facilitator.post(path + "/phase", body("phase", "VOTE"));
        member.post(path + "/votes", body("targetId", group));
        member.post(path + "/votes", body("targetId", group));
        facilitator.post(path + "/votes", body("targetId", group));
        facilitator.post(path + "/phase", body("phase", "DISCUSS"));
        facilitator.post(path + "/decisions", body("text", "Högst 30 minuter", "topicId", group));
        facilitator.post(path + "/actions", body("text", "Boka kortare rum", "ownerId", bo.id(), "dueDate", "2027-01-15"));
        facilitator.post(path + "/phase", body("phase", "CLOSED"));
        awaitSettled(facilitator, retro);
        String summary = "/api/sessions/" + retro + "/summary";

        JsonNode json = api(eva).get(summary).body();
        assertThat(json.get("closed").asBoolean()).isTrue();
        assertThat(json.get("facilitator").asText()).isEqualTo("Anna Lind");
        assertThat(json.get("participation").toString()).isEqualTo("{\"participants\":2,\"cards\":3,\"votes\":3}");
        JsonNode top = json.get("topics").get(0);
        assertThat(top.get("title").asText()).isEqualTo("Möten");
        assertThat(top.get("votes").asInt()).isEqualTo(3);
        assertThat(top.get("cards").toString()).contains("Långa *möten*", "Sena möten");
        assertThat(json.get("decisions").get(0).get("text").asText()).isEqualTo("Högst 30 minuter");
        assertThat(json.get("decisions").get(0).get("topic").asText()).as("the decision names its topic").isEqualTo("Möten");
        assertThat(json.get("actions").get(0).toString()).contains("Boka kortare rum", "Bo Ek", "2027-01-15");

        ApiClient.Response markdown = member.send("GET", summary, null,
                Map.of("Accept", "text/markdown", "Accept-Language", "sv-SE,sv;q=0.9"));
        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.contentType()).startsWith("text/markdown").contains("UTF-8");
        assertThat(markdown.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".md");
        assertThat(markdown.text()).startsWith("# Vårens retro")
                .contains("2 deltagare, 3 lappar, 3 röster.", "## Ämnen efter röster", "1. **Möten** (Avsluta, 3 röster)", "Långa \\*möten\\*",
                        "## Beslut", "- Högst 30 minuter (om: Möten)", "## Åtgärder", "Boka kortare rum — Bo Ek, klart senast 2027-01-15");
        assertThat(member.send("GET", summary, null, Map.of("Accept", "text/markdown")).text())
                .contains("## Topics by votes", "## Decisions");

        ApiClient.Response csv = api(eva).send("GET", summary, null, Map.of("Accept", "text/csv"));
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.text())).getRecords();
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("type")).isEqualTo("group");
            assertThat(row.get("text")).isEqualTo("Möten");
            assertThat(row.get("votes")).isEqualTo("3");
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.get("text")).as("a formula is never a formula")
                .isEqualTo("'=HYPERLINK(\"http://x\")"));
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("type")).isEqualTo("action");
            assertThat(row.get("owner")).isEqualTo("Bo Ek");
            assertThat(row.get("due")).isEqualTo("2027-01-15");
        });

        assertThat(api(outsider).get(summary).status()).isEqualTo(403);
        assertThat(api(outsider).send("GET", summary, null, Map.of("Accept", "text/csv")).status()).isEqualTo(403);
        assertThat(api(anna).get("/api/sessions/no-such-retro/summary").status()).isEqualTo(404);
    }
}
