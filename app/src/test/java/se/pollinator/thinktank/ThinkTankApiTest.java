package se.pollinator.thinktank;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** Think tanks over HTTP and real STOMP on PostgreSQL, from questions to a recommendation that changes a plan. */
class ThinkTankApiTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private record Setup(String id, String question, ApiClient facilitator, ApiClient expert, ApiClient member,
                         Login memberLogin) {
    }

    private Setup thinkTank(String municipality) {
        Login fia = person("Fia Facilitator", "FACILITATOR", "MEMBER");
        Login erik = person("Erik Expert", "MEMBER");
        Login maja = person("Maja Medlem", "MEMBER");
        admin.post("/api/programme/modules/3/members", body("personId", maja.id()));
        ApiClient facilitator = api(fia);
        ApiClient.Response created = facilitator.post("/api/thinktanks", body("title", "Kvartalets tankesmedja",
                "module", 3, "municipalities", List.of(municipality), "questions",
                List.of("Hur sprider vi lärandet?", "Vad hindrar oss?"), "experts", List.of(erik.id())));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        String id = created.id();
        ApiClient expert = api(erik);
        ApiClient member = api(maja);
        await().atMost(WAIT).until(() -> expert.get("/api/sessions/" + id + "/board").status() == 200);
        assertThat(member.get("/api/sessions/" + id + "/board").status()).as("not invited, not joined").isEqualTo(403);
        assertThat(expert.post("/api/thinktanks/" + id + "/participants", null).status()).isEqualTo(200);
        assertThat(member.post("/api/thinktanks/" + id + "/participants", null).status()).isEqualTo(200);
        String question = awaitSettled(facilitator, id).get("questions").get(0).get("id").asText();
        return new Setup(id, question, facilitator, expert, member, maja);
    }

    @Test
    void aThinkTankGoesFromQuestionsToAPublishedRecommendationThatSourcesAPlanChange() {
        Setup tt = thinkTank("LUND");
        String path = "/api/thinktanks/" + tt.id();
        tt.facilitator().post(path + "/phase", body("phase", "EXPLORE"));
        String pilots;
        try (StompWatcher watcher = stomp(tt.memberLogin())) {
            watchBoard(watcher, tt.id(), tt.memberLogin().id());
            pilots = tt.member().post(path + "/questions/" + tt.question() + "/insights",
                    body("text", "Lotsar sprider bäst")).id();
            await().atMost(WAIT).until(() -> watcher.messages("/topic/sessions/" + tt.id()).stream()
                    .anyMatch(message -> "InsightPosted".equals(message.get("type"))));
            Map<String, Object> posted = watcher.messages("/topic/sessions/" + tt.id()).stream()
                    .filter(message -> "InsightPosted".equals(message.get("type"))).findFirst().orElseThrow();
            assertThat(posted).containsEntry("kind", "THINK_TANK").containsEntry("sessionId", tt.id())
                    .containsKeys("seq", "header", "upserts");
            assertThat(posted.get("upserts").toString()).contains("insights", "Lotsar sprider bäst");
        }
        String courses = tt.expert().post(path + "/questions/" + tt.question() + "/insights",
                body("text", "Korta kurser", "evidence", "https://example.se/rapport")).id();
        assertThat(tt.expert().post(path + "/insights/" + pilots + "/support", null).status()).isEqualTo(200);
        assertThat(tt.member().post(path + "/insights/" + pilots + "/support", null).status()).isEqualTo(200);
        assertThat(tt.facilitator().post(path + "/insights/" + pilots + "/comments", body("text", "Håller med"))
                .status()).isEqualTo(201);
        assertThat(tt.member().post(path + "/clusters", body("name", "Spridning", "insightIds", List.of(pilots, courses)))
                .status()).isEqualTo(201);
        tt.facilitator().post(path + "/phase", body("phase", "RECOMMEND"));
        ApiClient.Response recommended = tt.expert().post(path + "/recommendations", body("text",
                "Inför lotsar i alla förvaltningar", "addressedTo", Map.of("kind", "MUNICIPALITY", "id", "LUND"),
                "basedOn", List.of(pilots, courses)));
        assertThat(recommended.status()).as(String.valueOf(recommended.body())).isEqualTo(201);

        JsonNode board = awaitSettled(tt.facilitator(), tt.id());
        assertThat(board.get("kind").asText()).isEqualTo("THINK_TANK");
        JsonNode insights = board.get("insights");
        assertThat(insights).hasSize(2);
        assertThat(insights.get(0).get("questionId").asText()).isEqualTo(tt.question());
        assertThat(insights.get(0).get("support").asInt()).isEqualTo(2);
        assertThat(insights.get(0).get("comments").get(0).get("text").asText()).isEqualTo("Håller med");
        assertThat(insights.get(1).get("evidence").asText()).isEqualTo("https://example.se/rapport");
        JsonNode recommendation = board.get("recommendations").get(0);
        assertThat(recommendation.get("basedOn")).hasSize(2);
        assertThat(recommendation.get("basis").get(0).get("support").asInt()).isEqualTo(2);
        assertThat(board.get("people").get(recommendation.get("authorId").asText()).asText()).isEqualTo("Erik Expert");

        Map<String, Object> source = Map.of("sessionId", tt.id(), "itemId", recommended.id());
        refusedWithoutWriting("plan-lund", 404, () -> tt.facilitator().post("/api/plans/plan-lund/goals",
                body("title", "Lotsar", "rationale", "Tankesmedjan", "source", source)));
        tt.facilitator().post(path + "/phase", body("phase", "CLOSED"));
        awaitSettled(tt.facilitator(), tt.id());
        ApiClient.Response goal = tt.facilitator().post("/api/plans/plan-lund/goals", body("title", "Lotsar i alla "
                + "förvaltningar", "rationale", "Tankesmedjans rekommendation", "source", source));
        assertThat(goal.status()).as(String.valueOf(goal.body())).isEqualTo(201);
        JsonNode change = null;
        for (JsonNode candidate : tt.facilitator().get("/api/plans/plan-lund").body().get("goals")) {
            if (candidate.get("id").asText().equals(goal.id())) {
                change = candidate.get("changes").get(0);
            }
        }
        assertThat(change.get("source").get("kind").asText()).isEqualTo("RECOMMENDATION");
        assertThat(change.get("source").get("label").asText()).isEqualTo("Inför lotsar i alla förvaltningar");
        assertThat(change.get("source").get("sessionTitle").asText()).isEqualTo("Kvartalets tankesmedja");

        // The other direction: the recommendation is cited by that goal's change.
        JsonNode citations = tt.member().get("/api/sessions/" + tt.id() + "/citations").body();
        assertThat(citations).hasSize(1);
        assertThat(citations.get(0).get("itemId").asText()).isEqualTo(recommended.id());
        assertThat(citations.get(0).get("goalId").asText()).isEqualTo(goal.id());
        assertThat(citations.get(0).get("goalTitle").asText()).isEqualTo("Lotsar i alla förvaltningar");
        assertThat(citations.get(0).get("municipality").asText()).isEqualTo("LUND");
        assertThat(citations.get(0).get("change").asText()).isEqualTo("ADDED");
        assertThat(citations.get(0).get("rationale").asText()).isEqualTo("Tankesmedjans rekommendation");
        assertThat(api(outsider("Utan Insyn", "MEMBER")).get("/api/sessions/" + tt.id() + "/citations").status())
                .as("whoever may not see the session may not see what cites it").isEqualTo(403);

        JsonNode listed = null;
        for (JsonNode session : tt.member().get("/api/sessions").body()) {
            if (session.get("id").asText().equals(tt.id())) {
                listed = session;
            }
        }
        assertThat(listed.get("kind").asText()).isEqualTo("THINK_TANK");
        assertThat(listed.get("state").asText()).isEqualTo("CLOSED");
        assertThat(tt.facilitator().get("/api/sessions/" + tt.id() + "/board?asOf=1").body().get("phase").asText())
                .isEqualTo("PREPARE");
    }

    @Test
    void wrongPhasesUnknownInsightsStrangersAndAClosedThinkTankAreRefusedAndWriteNothing() {
        Setup tt = thinkTank("MALMO");
        String path = "/api/thinktanks/" + tt.id();
        tt.facilitator().post(path + "/phase", body("phase", "EXPLORE"));
        String insight = tt.member().post(path + "/questions/" + tt.question() + "/insights", body("text", "Tid")).id();
        Map<String, Object> recommendation = body("text", "För tidigt", "addressedTo", Map.of("kind", "MODULE",
                "id", "3"), "basedOn", List.of(insight));
        assertThat(refusedWithoutWriting(tt.id(), 409, () -> tt.expert().post(path + "/recommendations",
                recommendation)).body().get("code").asText()).isEqualTo("phase.wrong");
        ApiClient stranger = api(outsider("Olle Ut", "MEMBER"));
        refusedWithoutWriting(tt.id(), 403, () -> stranger.post(path + "/questions/" + tt.question() + "/insights",
                body("text", "Utifrån")));
        refusedWithoutWriting(tt.id(), 403, () -> api(person("Eva Lund", "EVALUATOR")).post(path + "/participants",
                null));
        assertThat(stranger.get("/api/sessions/" + tt.id() + "/board").status()).isEqualTo(403);

        tt.facilitator().post(path + "/phase", body("phase", "RECOMMEND"));
        refusedWithoutWriting(tt.id(), 404, () -> tt.expert().post(path + "/recommendations", body("text", "Grundlös",
                "addressedTo", Map.of("kind", "MODULE", "id", "3"), "basedOn", List.of("no-such-insight"))));
        refusedWithoutWriting(tt.id(), 400, () -> tt.expert().post(path + "/recommendations", body("text", "Till vem?",
                "addressedTo", Map.of("kind", "MUNICIPALITY", "id", "ATLANTIS"), "basedOn", List.of(insight))));
        tt.facilitator().post(path + "/phase", body("phase", "CLOSED"));
        assertThat(refusedWithoutWriting(tt.id(), 409, () -> tt.member().post(path + "/insights/" + insight
                + "/support", null)).body().get("code").asText()).isEqualTo("thinktank.closed");
        refusedWithoutWriting("no-such-think-tank", 404, () -> tt.facilitator().post(
                "/api/thinktanks/no-such-think-tank/phase", body("phase", "EXPLORE")));
    }
}
