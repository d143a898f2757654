package se.pollinator.session;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

/** Think tanks and cafés can be taken away as retros can: a summary in JSON, Markdown and CSV. */
class KindSummariesTest extends AppTest {

    private static final Map<String, String> MARKDOWN_SV = Map.of("Accept", "text/markdown", "Accept-Language", "sv");

    @Test
    void aThinkTanksQuestionsInsightsAndRecommendationsAreSummarised() throws Exception {
        ApiClient facilitator = api(person("Fia Facilitator", "FACILITATOR", "MEMBER"));
        String id = facilitator.post("/api/thinktanks", body("title", "Kvartalets tankesmedja", "module", 2,
                "municipalities", List.of("LUND"), "questions", List.of("Vad hindrar *oss*?"))).id();
        String path = "/api/thinktanks/" + id;
        facilitator.post(path + "/phase", body("phase", "EXPLORE"));
        String question = awaitSettled(facilitator, id).get("questions").get(0).get("id").asText();
        String insight = facilitator.post(path + "/questions/" + question + "/insights",
                body("text", "=Lotsar sprider bäst", "evidence", "https://example.se/rapport")).id();
        facilitator.post(path + "/phase", body("phase", "RECOMMEND"));
        facilitator.post(path + "/recommendations", body("text", "Inför lotsar", "addressedTo",
                Map.of("kind", "MUNICIPALITY", "id", "LUND"), "basedOn", List.of(insight)));
        awaitSettled(facilitator, id);
        String summary = "/api/sessions/" + id + "/summary";

        JsonNode json = facilitator.get(summary).body();
        assertThat(json.get("kind").asText()).isEqualTo("THINK_TANK");
        assertThat(json.get("municipalities").toString()).contains("Lund");
        assertThat(json.get("sections").toString()).contains("Vad hindrar *oss*?", "=Lotsar sprider bäst",
                "Inför lotsar", "https://example.se/rapport");

        ApiClient.Response markdown = facilitator.send("GET", summary, null, MARKDOWN_SV);
        assertThat(markdown.contentType()).startsWith("text/markdown");
        assertThat(markdown.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".md");
        assertThat(markdown.text()).startsWith("# Kvartalets tankesmedja").contains("Tankesmedja · Modul 2 · Lund",
                "## Frågor och insikter", "### Vad hindrar \\*oss\\*?", "## Rekommendationer",
                "- Inför lotsar (till: Lund", "bygger på: =Lotsar sprider bäst",
                "*Mötet är inte avslutat än; sammanfattningen kan ändras.*");

        ApiClient.Response csv = facilitator.send("GET", summary, null, Map.of("Accept", "text/csv"));
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.text())).getRecords();
        assertThat(rows).extracting(row -> row.get("kind")).contains("question", "insight", "recommendation");
        assertThat(rows).filteredOn(row -> row.get("kind").equals("insight")).first()
                .satisfies(row -> assertThat(row.get("text")).as("a formula is not run").isEqualTo("'=Lotsar sprider bäst"));

        assertThat(api(outsider("Utan Insyn", "MEMBER")).get(summary).status()).isEqualTo(403);
        assertThat(facilitator.get("/api/sessions/00000000-0000-0000-0000-000000000000/summary").status())
                .isEqualTo(404);
    }

    @Test
    void aCafesTablesNotesHostsSummariesAndHarvestAreSummarised() {
        ApiClient facilitator = api(person("Fia Facilitator", "FACILITATOR", "MEMBER"));
        Login hanna = person("Hanna Värd", "MEMBER");
        String id = facilitator.post("/api/cafes", body("title", "Framtidscafé", "theme", "Klimatneutral stad",
                "tables", List.of(Map.of("question", "Vad behöver staden?", "hostId", hanna.id())))).id();
        String path = "/api/cafes/" + id;
        String table = awaitSettled(facilitator, id).get("tables").get(0).get("id").asText();
        facilitator.post(path + "/rounds", body("seconds", 600));
        String note = api(hanna).post(path + "/notes", body("text", "Trygga cykelstråk")).id();
        facilitator.post(path + "/rounds/end", null);
        api(hanna).post(path + "/tables/" + table + "/summary", body("text", "Trygghet först"));
        facilitator.post(path + "/harvest", null);
        facilitator.post(path + "/harvest/insights", body("text", "Staden behöver trygga stråk", "noteIds", List.of(note)));
        facilitator.post(path + "/close", null);
        awaitSettled(facilitator, id);

        String markdown = facilitator.send("GET", "/api/sessions/" + id + "/summary", null, MARKDOWN_SV).text();
        assertThat(markdown).startsWith("# Framtidscafé").contains("Café · Hela programmet", "Klimatneutral stad",
                "## Bord och anteckningar", "### Vad behöver staden?", "värd: Hanna Värd", "sammanfattning: 1: Trygghet först",
                "- Trygga cykelstråk (av: Hanna Värd; runda: 1)", "## Skörd",
                "- Staden behöver trygga stråk (anteckningar: Trygga cykelstråk)").doesNotContain("inte avslutat");
        assertThat(facilitator.send("GET", "/api/sessions/" + id + "/summary", null, Map.of("Accept", "text/markdown"))
                .text()).contains("## Tables and notes", "## Harvest");
    }
}
