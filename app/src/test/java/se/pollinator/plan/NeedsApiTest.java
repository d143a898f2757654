package se.pollinator.plan;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** A municipality project's needs analysis and maturity self-assessments, over HTTP and STOMP on PostgreSQL. */
class NeedsApiTest extends AppTest {

    private static Map<String, Object> scores(int score) {
        Map<String, Object> scores = new LinkedHashMap<>();
        for (MaturityDimension dimension : MaturityDimension.values()) {
            scores.put(dimension.name(), Map.of("score", score, "comment", "Bedömt " + score));
        }
        return scores;
    }

    @Test
    void theProjectsPeopleReviseSectionsAndRepeatTheirSelfAssessmentWhichIsKeptEachTime() {
        Login lena = outsider("Lena Holm", "MEMBER");
        admin.post("/api/programme/municipalities/JARFALLA/members", body("personId", lena.id()));
        ApiClient member = api(lena);

        try (StompWatcher watcher = stomp(lena)) {
            watcher.watch("/topic/needs/needs-jarfalla");
            await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(member.send("PUT", "/api/programme/municipalities/JARFALLA/needs/KEY_ACTORS",
                    body("text", "Kommunen, Region Stockholm, KTH"), Map.of()).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> watcher.messages("/topic/needs/needs-jarfalla").stream()
                    .anyMatch(message -> "SectionRevised".equals(message.get("type"))));
            Map<String, Object> revised = watcher.messages("/topic/needs/needs-jarfalla").stream()
                    .filter(message -> "SectionRevised".equals(message.get("type"))).findFirst().orElseThrow();
            assertThat(revised).containsEntry("kind", "needs").containsKeys("seq", "upserts");
            assertThat(revised.get("upserts").toString()).as("the sections as they are now, typed")
                    .contains("sections", "id=KEY_ACTORS", "Kommunen, Region Stockholm, KTH");
        }
        assertThat(member.post("/api/programme/municipalities/JARFALLA/maturity", body("scores", scores(2))).status())
                .isEqualTo(201);
        assertThat(member.post("/api/programme/municipalities/JARFALLA/maturity", body("scores", scores(3))).status())
                .isEqualTo(201);

        JsonNode needs = member.get("/api/programme/municipalities/JARFALLA/needs").body();
        JsonNode actors = needs.get("sections").get(0);
        assertThat(actors.get("section").asText()).isEqualTo("KEY_ACTORS");
        assertThat(actors.get("text").asText()).isEqualTo("Kommunen, Region Stockholm, KTH");
        assertThat(needs.get("people").get(actors.get("byId").asText()).asText()).isEqualTo("Lena Holm");
        assertThat(needs.get("assessments")).hasSize(2);
        assertThat(needs.get("assessments").get(0).get("scores").get("LEADERSHIP").get("score").asInt()).isEqualTo(2);
        assertThat(needs.get("assessments").get(1).get("scores").get("LEADERSHIP").get("score").asInt()).isEqualTo(3);
    }

    @Test
    void badScoresAndOtherProjectsAreRefusedAndWriteNothing() {
        Login lena = outsider("Lena Holm", "MEMBER");
        admin.post("/api/programme/municipalities/UPPSALA/members", body("personId", lena.id()));
        ApiClient member = api(lena);
        Map<String, Object> tooHigh = scores(3);
        tooHigh.put("CONTEXT", Map.of("score", 7));
        assertThat(refusedWithoutWriting("needs-uppsala", 400, () -> member.post(
                "/api/programme/municipalities/UPPSALA/maturity", body("scores", tooHigh))).body().get("code").asText())
                .isEqualTo("maturity.score-range");
        Map<String, Object> missing = scores(3);
        missing.remove("IMPROVEMENT");
        refusedWithoutWriting("needs-uppsala", 400, () -> member.post("/api/programme/municipalities/UPPSALA/maturity",
                body("scores", missing)));
        refusedWithoutWriting("needs-uppsala", 400, () -> member.send("PUT",
                "/api/programme/municipalities/UPPSALA/needs/NO_SUCH_SECTION", body("text", "x"), Map.of()));
        refusedWithoutWriting("needs-lund", 403, () -> member.send("PUT",
                "/api/programme/municipalities/LUND/needs/NEEDS", body("text", "Intrång"), Map.of()));
        assertThat(member.get("/api/programme/municipalities/LUND/needs").status()).isEqualTo(403);
        try (StompWatcher watcher = stomp(lena)) {
            watcher.watch("/topic/needs/needs-lund");
            await().atMost(Duration.ofSeconds(10)).until(() -> watcher.errors().toString().contains("may not subscribe"));
        }
    }

    @Test
    void evaluatorsReadEveryNeedsAnalysisAndChangeNoneNorTheProgramme() {
        ApiClient evaluator = api(person("Eva Lund", "EVALUATOR"));
        assertThat(evaluator.get("/api/programme/municipalities/MALMO/needs").status()).isEqualTo(200);
        assertThat(refusedWithoutWriting("needs-malmo", 403, () -> evaluator.send("PUT",
                "/api/programme/municipalities/MALMO/needs/NEEDS", body("text", "Utvärderarens text"), Map.of()))
                .body().get("code").asText()).isEqualTo("plan.read-only");
        refusedWithoutWriting("needs-malmo", 403, () -> evaluator.post("/api/programme/municipalities/MALMO/maturity",
                body("scores", scores(3))));
        refusedWithoutWriting(se.pollinator.programme.ProgrammeSeed.PROGRAMME_ID, 403, () -> evaluator.post(
                "/api/programme/municipalities", body("nameSv", "Utvärderarstad")));
        try (StompWatcher watcher = stomp(person("Eva Berg", "EVALUATOR"))) {
            watcher.watch("/topic/needs/needs-malmo");
            watcher.watch("/topic/plans/plan-malmo");
            await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(watcher.errors()).isEmpty();
        }
    }

    @Test
    void aPilotReadsEveryPlanAsPartOfTheConsortiumAndChangesTheirOwnProjectsPlan() {
        Login pia = person("Pia Lots", "MEMBER");
        admin.send("PUT", "/api/programme/municipalities/JARFALLA/pilot", body("personId", pia.id()), Map.of());
        ApiClient pilot = api(pia);
        assertThat(pilot.get("/api/plans/plan-uppsala").status()).isEqualTo(200);
        assertThat(pilot.send("PUT", "/api/programme/municipalities/JARFALLA/needs/NETWORKS",
                body("text", "Stockholmsregionens nätverk"), Map.of()).status()).isEqualTo(200);
        refusedWithoutWriting("needs-uppsala", 403, () -> pilot.send("PUT",
                "/api/programme/municipalities/UPPSALA/needs/NETWORKS", body("text", "Inte mitt projekt"), Map.of()));
    }
}
