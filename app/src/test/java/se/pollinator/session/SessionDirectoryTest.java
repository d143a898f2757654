package se.pollinator.session;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** The session kernel: one directory of every kind of session, and one live envelope. */
class SessionDirectoryTest extends AppTest {

    private static JsonNode find(JsonNode sessions, String id) {
        for (JsonNode session : sessions) {
            if (session.get("id").asText().equals(id)) {
                return session;
            }
        }
        return null;
    }

    @Test
    void theDirectoryListsTheSessionsAPersonCanSeeWithKindPlaceTimeAndState() {
        Login anna = person("Anna Lind", "FACILITATOR", "MEMBER");
        ApiClient facilitator = api(anna);
        String retro = newRetro(facilitator, "title", "Vinterns retro", "municipality", "LUND",
                "scheduledAt", "2027-01-20T09:00:00Z");

        JsonNode listed = find(facilitator.get("/api/sessions").body(), retro);
        assertThat(listed.get("kind").asText()).isEqualTo("RETRO");
        assertThat(listed.get("title").asText()).isEqualTo("Vinterns retro");
        assertThat(listed.get("module").asInt()).isEqualTo(2);
        assertThat(listed.get("municipality").asText()).isEqualTo("LUND");
        assertThat(listed.get("scheduledAt").asText()).isEqualTo("2027-01-20T09:00:00Z");
        assertThat(listed.get("state").asText()).isEqualTo("REFLECT");
        assertThat(listed.get("closed").asBoolean()).isFalse();
        assertThat(listed.get("facilitatorName").asText()).isEqualTo("Anna Lind");

        assertThat(find(facilitator.get("/api/sessions?kind=THINK_TANK").body(), retro)).isNull();
        assertThat(find(api(person("Olle Ut", "MEMBER")).get("/api/sessions").body(), retro)).isNull();
        assertThat(find(api(person("Eva Lund", "EVALUATOR")).get("/api/sessions").body(), retro)).isNotNull();
        assertThat(facilitator.get("/api/sessions?kind=POTLUCK").status()).isEqualTo(400);
        assertThat(facilitator.get("/api/sessions/" + retro + "/board").body().get("kind").asText()).isEqualTo("RETRO");
        assertThat(facilitator.get("/api/sessions/" + retro + "/board?asOf=0").body().get("kind").asText())
                .isEqualTo("RETRO");
    }

    @Test
    void everyLiveMessageCarriesTheEnvelopeOfItsSession() {
        Login anna = person("Anna Lind", "FACILITATOR", "MEMBER");
        String retro = newRetro(api(anna));
        try (StompWatcher watcher = stomp(anna)) {
            watchBoard(watcher, retro, anna.id());
            api(anna).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Fika"));
            await().atMost(Duration.ofSeconds(10)).until(() -> watcher.messages("/topic/sessions/" + retro).stream()
                    .anyMatch(message -> "CardAdded".equals(message.get("type"))));
            assertThat(watcher.messages("/topic/sessions/" + retro)).allSatisfy(message -> assertThat(message)
                    .containsEntry("sessionId", retro).containsEntry("kind", "RETRO").containsKeys("seq", "type"));
        }
    }
}
