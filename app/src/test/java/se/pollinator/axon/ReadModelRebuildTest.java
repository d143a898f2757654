package se.pollinator.axon;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** An admin rebuilds a read model from the first event, and it comes back the same. */
class ReadModelRebuildTest extends AppTest {

    @Test
    void theBoardsReadModelIsRebuiltFromTheEventStoreToTheSameBoards() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = session(anna);
        String retro = newRetro(facilitator, "privateReflection", false);
        for (int i = 0; i < 30; i++) {
            facilitator.post("/api/retros/" + retro + "/cards", body("column", "STOP", "text", "card " + i));
        }
        facilitator.post("/api/retros/" + retro + "/phase", body("phase", "GROUP"));
        await().atMost(Duration.ofSeconds(10)).until(() -> facilitator.get("/api/sessions/" + retro + "/board")
                .body().get("seq").asLong() == eventCount(retro) - 1);
        JsonNode before = facilitator.get("/api/sessions/" + retro + "/board").body();

        assertThat(api(anna).post("/api/admin/read-models/boards/rebuild", null).status()).isEqualTo(403);
        assertThat(admin.post("/api/admin/read-models/nothing/rebuild", null).status()).isEqualTo(404);
        ApiClient.Response started = admin.post("/api/admin/read-models/boards/rebuild", null);
        assertThat(started.status()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            assertThat(readModel("boards").get("caughtUp").asBoolean()).isTrue();
            assertThat(facilitator.get("/api/sessions/" + retro + "/board").body()).isEqualTo(before);
        });
    }

    @Test
    void rebuildingThePlansKeepsWhatCitesEachSessionItem() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        ApiClient facilitator = session(anna);
        String retro = newRetro(facilitator);
        for (String phase : new String[]{"GROUP", "VOTE", "DISCUSS"}) {
            facilitator.post("/api/retros/" + retro + "/phase", body("phase", phase));
        }
        String decision = facilitator.post("/api/retros/" + retro + "/decisions", body("text", "Lotsar överallt")).id();
        assertThat(admin.post("/api/plans/plan-lund/goals", body("title", "Lotsar", "rationale", "Retron beslöt det",
                "source", java.util.Map.of("sessionId", retro, "itemId", decision))).status()).isEqualTo(201);
        JsonNode before = facilitator.get("/api/sessions/" + retro + "/citations").body();
        assertThat(before).hasSize(1);
        assertThat(before.get(0).get("itemId").asText()).isEqualTo(decision);

        assertThat(admin.post("/api/admin/read-models/plans/rebuild", null).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            assertThat(readModel("plans").get("caughtUp").asBoolean()).isTrue();
            assertThat(facilitator.get("/api/sessions/" + retro + "/citations").body()).isEqualTo(before);
        });
    }

    private JsonNode readModel(String group) {
        for (JsonNode model : admin.get("/api/admin/read-models").body()) {
            if (group.equals(model.get("group").asText())) {
                return model;
            }
        }
        throw new AssertionError("no read model " + group);
    }
}
